import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {launchTarget} from "../../contracts.js";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import type {LaunchModule} from "../../modules/types.js";
import {ensureAllowance} from "../../utils/allowance.js";
import {factoryAt} from "../../utils/boundContract.js";
import {readProtocolContract, senderOf, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {resolveImplementation} from "../../utils/predictModuleAddress.js";
import {assertAbiValue, assertAddress, assertAmount} from "../../utils/validate.js";

export type LaunchModuleParameters = WriteParameters & {
  /** A token launched through the factory by the sender. */
  token: Address;
  /** The module: {@link stakingModule}, {@link pollsModule}, {@link timeEscrowModule}, ... Its `tokenAmount` comes from the sender's balance. */
  module: LaunchModule;
  /** Approve the factory for exactly `module.tokenAmount` first (and wait for it) if the allowance is short. Default: false. */
  approve?: boolean | undefined;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
};
export type LaunchModuleReturnType = {
  hash: Hash;
  /** The new module's address: the factory's prediction for the token's next index, read just before sending. */
  module: Address;
  /** Its index among the token's modules. */
  index: bigint;
};
export type LaunchModuleErrorType = WriteActionErrorType;

/**
 * Adds a module to a token launched earlier (`factory.launchModule`), e.g. a staking campaign once the LP pair exists,
 * or polls. Only the account that launched the token may (`PersonalTokenFactory_NotCreator`); `module.tokenAmount`
 * personal tokens move from it to the module, so approve the factory first or pass `approve: true`.
 *
 * @example
 * const {hash, module: campaign} = await launchModule(creator, {
 *   token, approve: true,
 *   module: stakingModule({tokenAmount: parseEther("100000"), config: {stakingToken: pair, duration: 60 * 86_400, startAtLaunch: true}}),
 * })
 */
export async function launchModule<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {token, module, approve = false, factory: factoryOverride, account}: LaunchModuleParameters,
): Promise<LaunchModuleReturnType> {
  assertAddress(token, "token");
  if (typeof module !== "object" || module === null) {
    throw new InvalidParameterError({field: "module", reason: "must be a module such as stakingModule(...)"});
  }
  assertAmount(module.tokenAmount, "module.tokenAmount");
  assertAbiValue({type: "bytes"}, module.data, "module.data");
  const chainId = client.chain?.id;
  const implementation = resolveImplementation(chainId, module.implementation);
  const factory = factoryAt(chainId, factoryOverride);
  const sender = senderOf(client as Client, account, "launchModule");
  const c = client as Client<Transport, Chain | undefined, Account | undefined>;
  if (approve && module.tokenAmount > 0n) {
    await ensureAllowance(c, {token, spender: factory.address, amount: module.tokenAmount, sender}, "launchModule");
  }
  const index = await readProtocolContract(c, {...factory, functionName: "moduleCountOf", args: [token]});
  const predicted = await readProtocolContract(c, {
    ...factory,
    functionName: "predictModuleAddress",
    args: [token, implementation, index],
  });
  const hash = await writeProtocolContract(
    client,
    {
      ...factory,
      target: launchTarget, // its initializer runs the module's: every protocol error can come back
      functionName: "launchModule",
      args: [token, {implementation, tokenAmount: module.tokenAmount, data: module.data}],
      account,
    },
    "launchModule",
  );
  return {hash, module: predicted, index};
}
