// The deployment registry. Its documented face is deployments.ts, which the package index re-exports; the failure path
// (utils/identify.ts) imports it from here, because a bundler puts whatever a lazily loaded chunk uses of a module the
// index re-exports into the app's first chunk (`pnpm size`).
import type {ContractKind} from "./contracts.js";
import {UnknownChainError} from "./errors/validation.js";
import {deployments} from "./generatedRegistry.js";

export {deployments};

/** {@link protocolChains}: the chains with the CREATE2 deployer the protocol is deployed through. */
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

/** {@link implementationKinds}. */
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

/** {@link getDeployment}. */
export function deploymentOf(chainId: number | undefined): Deployment {
  const own = chainId === undefined ? undefined : (deployments as Record<number, Deployment>)[chainId];
  if (own) return own;
  if (chainId !== undefined && chainId in protocolChains) return canonical();
  throw new UnknownChainError({chainId, knownChainIds: Object.keys(protocolChains).map(Number)});
}
