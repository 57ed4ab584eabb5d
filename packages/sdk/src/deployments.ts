import type {Address} from "viem";
import {UnknownChainError} from "./errors/validation.js";
import {deployments} from "./generated.js";

export {deployments};

/** A chain id the protocol is deployed on (keys of deployments/<chainId>.json). */
export type DeploymentChainId = keyof typeof deployments;

/** The protocol's addresses on one chain, as script/Deploy.s.sol recorded them. */
export type Deployment = (typeof deployments)[DeploymentChainId];

/** A deployment registry key naming a module implementation, e.g. `"timeEscrowImplementation"`. */
export type ModuleImplementationKey = Exclude<
  Extract<keyof Deployment, `${string}Implementation`>,
  "tokenImplementation" | "vestingImplementation"
>;

/**
 * The protocol's addresses on `chainId`; throws {@link UnknownChainError} for a chain without a deployment.
 *
 * @example
 * const {factory, stakingRewardsImplementation} = getDeployment(31337)
 */
export function getDeployment(chainId: number | undefined): Deployment {
  const deployment = chainId === undefined ? undefined : (deployments as Record<number, Deployment>)[chainId];
  if (!deployment) {
    throw new UnknownChainError({chainId, knownChainIds: Object.keys(deployments).map(Number)});
  }
  return deployment;
}

/** The factory address: `override` if given, else the registry's for `chainId`. */
export function resolveFactory(chainId: number | undefined, override: Address | undefined): Address {
  return override ?? getDeployment(chainId).factory;
}
