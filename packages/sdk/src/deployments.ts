import type {Address} from "viem";
import type {ContractKind} from "./contracts.js";
import {UnknownChainError} from "./errors/validation.js";
import {deployments} from "./generated.js";

export {deployments};

/**
 * The chains the SDK and the CLI work on without any address override. script/Deploy.s.sol deploys every contract
 * through the canonical CREATE2 deployer (0x4e59b44847b379578588920cA78FbF26c0B4956C) with a fixed salt, so the
 * protocol has the same addresses on every chain that has the deployer: these, and any other such chain once added
 * here. Whether the code is there yet is checked at run time ({@link assertProtocolDeployed}).
 */
export const protocolChains = {
  1: "Ethereum",
  11155111: "Sepolia",
  8453: "Base",
  84532: "Base Sepolia",
  10: "OP Mainnet",
  42161: "Arbitrum One",
  7777777: "Zora",
  31337: "Anvil",
} as const;

/** A chain id the SDK knows the protocol's addresses on. */
export type DeploymentChainId = keyof typeof protocolChains;

/** The protocol's addresses on one chain, as script/Deploy.s.sol recorded them. */
export type Deployment = (typeof deployments)[keyof typeof deployments];

/** A deployment registry key naming a module implementation, e.g. `"timeEscrowImplementation"`. */
export type ModuleImplementationKey = Exclude<
  Extract<keyof Deployment, `${string}Implementation`>,
  "tokenImplementation" | "vestingImplementation"
>;

/** What a clone of each implementation in the registry is. */
export const implementationKinds: Record<
  Extract<keyof Deployment, `${string}Implementation`>,
  Exclude<ContractKind, "erc20" | "factory">
> = {
  tokenImplementation: "token",
  vestingImplementation: "vesting",
  incomeShareSplitterImplementation: "incomeShare",
  timeEscrowImplementation: "timeEscrow",
  stakingRewardsImplementation: "staking",
  holderPollsImplementation: "polls",
  personalLoanImplementation: "loan",
  credentialsImplementation: "credentials",
};

/**
 * The CREATE2 addresses, the same on every chain: those script/Deploy.s.sol wrote for the local chain (31337), which
 * is deployed exactly as every other.
 */
const canonical = (): Deployment => deployments[31337];

/**
 * The protocol's addresses on `chainId`: the chain's own deployments/<chainId>.json if there is one, else the
 * canonical CREATE2 addresses on a chain of {@link protocolChains}. Throws {@link UnknownChainError} for any other
 * chain. It does not say whether the code is deployed there yet: {@link assertProtocolDeployed} does.
 *
 * @example
 * const {factory, stakingRewardsImplementation} = getDeployment(8453)
 */
export function getDeployment(chainId: number | undefined): Deployment {
  const own = chainId === undefined ? undefined : (deployments as Record<number, Deployment>)[chainId];
  if (own) return own;
  if (chainId !== undefined && chainId in protocolChains) return canonical();
  throw new UnknownChainError({chainId, knownChainIds: Object.keys(protocolChains).map(Number)});
}

/** The factory address: `override` if given, else the registry's for `chainId`. */
export function resolveFactory(chainId: number | undefined, override: Address | undefined): Address {
  return override ?? getDeployment(chainId).factory;
}
