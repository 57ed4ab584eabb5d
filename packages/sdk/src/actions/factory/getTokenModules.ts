import type {
  Address,
  BlockNumber,
  BlockTag,
  Chain,
  Client,
  GetLogsErrorType,
  MulticallErrorType,
  Transport,
} from "viem";
import {getCode, getContractEvents} from "viem/actions";
import {tokenTarget} from "../../contracts.js";
import {getDeployment, implementationKinds} from "../../deployments.js";
import type {ContractRevertedErrorType} from "../../errors/contract.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import {WrongContractError, type WrongContractErrorType} from "../../errors/wrongContract.js";
import type {ProtocolModuleKind} from "../../modules/registry.js";
import {factoryAt} from "../../utils/boundContract.js";
import {multicallProtocolContracts} from "../../utils/contract.js";
import {identifyContract} from "../../utils/identifyContract.js";
import {predictModuleAddress} from "../../utils/predictModuleAddress.js";
import {assertAddress} from "../../utils/validate.js";

export type GetTokenModulesParameters = {
  token: Address;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
  /**
   * Where to start looking for `ModuleLaunched` logs, needed only for modules whose implementation is not the
   * protocol's (those cannot be found by address). Default: the earliest block; a public RPC may want a later one.
   */
  fromBlock?: BlockNumber | BlockTag | undefined;
};

/** One module of a token. */
export type TokenModule = {
  /** What it is; undefined for an implementation that is not one of the protocol's. */
  kind: ProtocolModuleKind | undefined;
  address: Address;
  /** The implementation it is a clone of. */
  implementation: Address;
  /** Its position among the token's modules (launch modules first, then later ones). */
  index: bigint;
  /**
   * Whether the implementation is one of the protocol's own on this chain. A creator may launch any implementation
   * beside a token: treat a module with `false` as unknown code, not as the kind its interface suggests.
   */
  isProtocolImplementation: boolean;
};
export type GetTokenModulesReturnType = TokenModule[];
export type GetTokenModulesErrorType =
  | ValidationErrorType
  | WrongContractErrorType
  | ContractRevertedErrorType
  | MulticallErrorType
  | GetLogsErrorType;

/**
 * Every module the factory launched beside `token`, in index order, with its kind, address and implementation: what
 * a dApp holding only a token address needs to find its sale, escrow, campaigns and polls. Each protocol module is
 * found by its CREATE2 address (one `eth_getCode` per candidate, no logs); a module of another implementation is
 * read from the factory's `ModuleLaunched` log and flagged `isProtocolImplementation: false`. Throws
 * {@link WrongContractError} when `token` is not a personal token launched by the factory.
 *
 * @example
 * const modules = await getTokenModules(publicClient, {token})
 * const sale = modules.find((m) => m.kind === "incomeShare" && m.isProtocolImplementation)?.address
 */
export async function getTokenModules<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {token, factory: factoryOverride, fromBlock = "earliest"}: GetTokenModulesParameters,
): Promise<GetTokenModulesReturnType> {
  assertAddress(token, "token");
  const chainId = client.chain?.id;
  const contract = factoryAt(chainId, factoryOverride);
  const factory = contract.address;
  const [launched, count] = await multicallProtocolContracts(client, [
    {...contract, functionName: "isLaunched", args: [token]},
    {...contract, functionName: "moduleCountOf", args: [token]},
  ]);
  if (!launched) {
    const actual = await identifyContract(client, {address: token, factory});
    throw new WrongContractError({
      address: token,
      expected: tokenTarget.kind,
      actual: actual.kind === "token" ? {kind: "contract"} : actual,
      chainId,
    });
  }
  const deployment = getDeployment(chainId);
  const candidates = (Object.entries(implementationKinds) as [keyof typeof implementationKinds, string][])
    .filter(([, kind]) => kind !== "token" && kind !== "vesting")
    .map(([key, kind]) => ({kind: kind as ProtocolModuleKind, implementation: deployment[key]}));
  const found = await Promise.all(
    Array.from({length: Number(count)}, async (_, i) => {
      const index = BigInt(i);
      const probes = await Promise.all(
        candidates.map(async ({kind, implementation}) => {
          const address = predictModuleAddress({token, implementation, index, factory});
          const code = await getCode(client, {address});
          return code && code !== "0x"
            ? {kind, address, implementation, index, isProtocolImplementation: true}
            : undefined;
        }),
      );
      return probes.find((probe) => probe !== undefined) ?? index;
    }),
  );
  const missing = found.filter((entry): entry is bigint => typeof entry === "bigint");
  if (missing.length === 0) return found as TokenModule[];
  // Modules of other implementations: their addresses cannot be predicted without the implementation, so read the logs.
  const logs = await getContractEvents(client, {
    ...contract,
    eventName: "ModuleLaunched",
    args: {token},
    fromBlock,
    strict: true,
  });
  return found.map((entry) => {
    if (typeof entry !== "bigint") return entry;
    const log = logs.find((l) => l.args.index === entry);
    if (!log)
      throw new Error(`module ${entry} of ${token} has no ModuleLaunched log from ${fromBlock}: pass fromBlock`);
    return {
      kind: undefined,
      address: log.args.module,
      implementation: log.args.implementation,
      index: entry,
      isProtocolImplementation: false,
    };
  });
}
