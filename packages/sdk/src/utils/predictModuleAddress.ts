import {type Address, concatHex, getContractAddress} from "viem";
import type {ModuleImplementationKey} from "../deployments.js";
import {eip1167InitCode, moduleSalt, offlineDeployment} from "./predictLaunchAddresses.js";
import {assertAddress, assertAmount} from "./validate.js";

export type PredictModuleAddressParameters = {
  /** The chain whose deployment (factory, implementation keys) to use. Ignored for addresses given explicitly. */
  chainId?: number | undefined;
  /** The personal token the module belongs to. */
  token: Address;
  /** The module's implementation: an address or a registry key (`"stakingRewardsImplementation"`). */
  implementation: Address | ModuleImplementationKey;
  /** Its index among the token's modules: launch modules first, then later ones — {@link getModuleCount} before adding one. */
  index: bigint;
  /** Override the registry's factory. */
  factory?: Address | undefined;
};

/**
 * The address module `index` of `token` gets, offline (no RPC): the same CREATE2 computation as the factory's
 * `predictModuleAddress(token, implementation, index)`.
 *
 * @example
 * const campaign = predictModuleAddress({chainId: 31337, token, implementation: "stakingRewardsImplementation", index: await getModuleCount(publicClient, {token})})
 */
export function predictModuleAddress(parameters: PredictModuleAddressParameters): Address {
  const {token, index} = parameters;
  assertAddress(token, "token");
  assertAmount(index, "index");
  if (parameters.factory !== undefined) assertAddress(parameters.factory, "factory");
  const implementation = resolveImplementation(parameters.chainId, parameters.implementation);
  const factory = parameters.factory ?? offlineDeployment(parameters.chainId).factory;
  const salt = moduleSalt(token, index);
  return getContractAddress({
    opcode: "CREATE2",
    from: factory,
    salt,
    bytecode: concatHex([eip1167InitCode(implementation)]),
  });
}

/** An implementation given as an address or a registry key, as an address for `chainId`. */
export function resolveImplementation(
  chainId: number | undefined,
  implementation: Address | ModuleImplementationKey,
): Address {
  const address = implementation.startsWith("0x")
    ? (implementation as Address)
    : offlineDeployment(chainId)[implementation as ModuleImplementationKey];
  assertAddress(address, "implementation");
  return address;
}
