import {incomeShareModuleDefinition} from "./incomeShare.js";
import {loanModuleDefinition} from "./loan.js";
import {pollsModuleDefinition} from "./polls.js";
import {stakingModuleDefinition} from "./staking.js";
import {timeEscrowModuleDefinition} from "./timeEscrow.js";

/**
 * Every kind of module the factory clones beside a token, by kind: the deployment key of its implementation, its
 * generated ABI and its `data` encoder. Everything that lists modules reads this: the decoded protocol errors
 * (`protocolErrorsAbi`), the registry test against `deployments`. A new module is its file in `src/modules/` (its
 * definition and builder), its line here and in {@link ProtocolModules}, and its actions in `src/actions/<module>/`.
 *
 * @example
 * const data = protocolModules.staking.encode({stakingToken: pair, rewardToken: zeroAddress, duration: 60 * 86_400, startAtLaunch: false})
 * const implementation = getDeployment(31337)[protocolModules.staking.implementation]
 */
export const protocolModules: ProtocolModules = {
  incomeShare: incomeShareModuleDefinition,
  timeEscrow: timeEscrowModuleDefinition,
  staking: stakingModuleDefinition,
  polls: pollsModuleDefinition,
  loan: loanModuleDefinition,
};

/** {@link protocolModules}' type, spelled out so the declaration file names each definition instead of repeating its ABI. */
export type ProtocolModules = {
  readonly incomeShare: typeof incomeShareModuleDefinition;
  readonly timeEscrow: typeof timeEscrowModuleDefinition;
  readonly staking: typeof stakingModuleDefinition;
  readonly polls: typeof pollsModuleDefinition;
  readonly loan: typeof loanModuleDefinition;
};

/** A kind of module: `"incomeShare"`, `"timeEscrow"`, `"staking"`, `"polls"`, `"loan"`. */
export type ProtocolModuleKind = keyof typeof protocolModules;
