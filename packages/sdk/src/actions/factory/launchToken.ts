import type {Account, Address, Chain, Client, Hash, Hex, Transport} from "viem";
import {keccak256, stringToHex} from "viem";
import {launchTarget} from "../../contracts.js";
import {getDeployment, resolveFactory} from "../../deployments.js";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalTokenFactoryAbi} from "../../generated.js";
import type {LaunchModule} from "../../modules/types.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";

export type LaunchTokenParameters = WriteParameters & {
  /** ERC-20 name, e.g. "Alex Masmej". */
  name: string;
  /** ERC-20 symbol, e.g. "ALEX". */
  symbol: string;
  /** ERC-7572 profile URI (optional; the creator can change it later). */
  contractURI?: string | undefined;
  /** The fixed supply in base units (18 decimals): allocations + vesting + module amounts must add up to it. */
  totalSupply: bigint;
  /** Tokens minted at launch, freely transferable. */
  allocations?: readonly {recipient: Address; amount: bigint}[] | undefined;
  /** The creator's locked share: nothing before `cliff` seconds after launch, linear until `duration`. */
  vesting?: {amount: bigint; cliff: bigint; duration: bigint} | undefined;
  /** Fixes the token address with the creator's address; defaults to {@link defaultSalt}(symbol). */
  salt?: Hex | undefined;
  /** Modules launched beside the token: {@link incomeShareModule}, {@link timeEscrowModule}, ... */
  modules?: readonly LaunchModule[] | undefined;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
};

/** The launch transaction's hash; read the addresses with {@link getLaunchFromReceipt} or {@link predictLaunchAddresses}. */
export type LaunchTokenReturnType = Hash;

export type LaunchTokenErrorType = WriteActionErrorType;

/**
 * The salt a launch uses when none is given: `keccak256(symbol)`, so one creator launches one token per symbol.
 *
 * @example
 * const {token} = predictLaunchAddresses({chainId: 8453, creator, salt: defaultSalt("ALEX")})
 */
export function defaultSalt(symbol: string): Hex {
  return keccak256(stringToHex(symbol));
}

/**
 * Launches a personal token in one transaction: the token, the creator's vesting wallet and any modules (income-share
 * sale, time escrow), all at addresses known in advance. Simulates first: a bad launch fails with a
 * {@link ContractRevertedError} (e.g. `PersonalTokenFactory_AllocationMismatch`) before any gas is spent.
 *
 * @example
 * const hash = await launchToken(walletClient, {
 *   name: "Alex Masmej", symbol: "ALEX", totalSupply: parseEther("10000000"),
 *   allocations: [{recipient: alex, amount: parseEther("10000000")}],
 * })
 */
export async function launchToken<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: LaunchTokenParameters,
): Promise<LaunchTokenReturnType> {
  const {name, symbol, contractURI = "", totalSupply, allocations = [], modules = [], account} = parameters;
  if (typeof name !== "string" || name.trim() === "") {
    throw new InvalidParameterError({field: "name", reason: "must be a non-empty string"});
  }
  if (typeof symbol !== "string" || symbol.trim() === "") {
    throw new InvalidParameterError({field: "symbol", reason: "must be a non-empty string"});
  }
  const chainId = client.chain?.id;
  const factory = resolveFactory(chainId, parameters.factory);
  const launchParams = {
    name,
    symbol,
    contractURI,
    totalSupply,
    allocations: allocations.map(({recipient, amount}) => ({recipient, amount})),
    vesting: parameters.vesting ?? {amount: 0n, cliff: 0n, duration: 0n},
    salt: parameters.salt ?? defaultSalt(symbol),
  };
  if (modules.length === 0) {
    return writeProtocolContract(
      client,
      {
        address: factory,
        abi: personalTokenFactoryAbi,
        target: launchTarget,
        functionName: "launch",
        args: [launchParams],
        account,
      },
      "launchToken",
    );
  }
  const moduleParams = modules.map(({implementation, tokenAmount, data}) => ({
    implementation: implementation.startsWith("0x")
      ? (implementation as Address)
      : getDeployment(chainId)[implementation as Exclude<typeof implementation, Address>],
    tokenAmount,
    data,
  }));
  return writeProtocolContract(
    client,
    {
      address: factory,
      abi: personalTokenFactoryAbi,
      target: launchTarget,
      functionName: "launchWithModules",
      args: [launchParams, moduleParams],
      account,
    },
    "launchToken",
  );
}
