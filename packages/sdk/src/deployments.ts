import type {Address} from "viem";
import {
  protocolChains as chains,
  type Deployment,
  deploymentOf,
  implementationKinds as kinds,
  deployments as registry,
} from "./deploymentRegistry.js";
import {assertAddress} from "./utils/validate.js";

export type {Deployment, DeploymentChainId, ModuleImplementationKey} from "./deploymentRegistry.js";

// The registry itself lives in deploymentRegistry.ts; these are its public names (constants that alias it, so an app
// that never names them does not bundle it before a call fails: `pnpm size`).

/** Protocol addresses per chain id, from deployments/<chainId>.json (script/Deploy.s.sol). */
export const deployments: typeof registry = registry;

/**
 * The chains the SDK and the CLI work on without any address override. script/Deploy.s.sol deploys every contract
 * through the canonical CREATE2 deployer (0x4e59b44847b379578588920cA78FbF26c0B4956C) with a fixed salt, so the
 * protocol has the same addresses on every chain that has the deployer: these, and any other such chain once added
 * here. Whether the code is there yet is checked at run time ({@link assertProtocolDeployed}).
 */
export const protocolChains: typeof chains = chains;

/** What a clone of each implementation in the registry is. */
export const implementationKinds: typeof kinds = kinds;

/**
 * The protocol's addresses on `chainId`: the chain's own deployments/<chainId>.json if there is one, else the
 * canonical CREATE2 addresses on a chain of {@link protocolChains}. Throws {@link UnknownChainError} for any other
 * chain. It does not say whether the code is deployed there yet: {@link assertProtocolDeployed} does.
 *
 * @example
 * const {factory, stakingRewardsImplementation} = getDeployment(8453)
 */
export function getDeployment(chainId: number | undefined): Deployment {
  return deploymentOf(chainId);
}

/**
 * The factory address: `override` if given (checked: an invalid one throws `InvalidAddressError` for `factory`),
 * else the registry's for `chainId`.
 */
export function resolveFactory(chainId: number | undefined, override: Address | undefined): Address {
  if (override === undefined) return getDeployment(chainId).factory;
  assertAddress(override, "factory");
  return override;
}
