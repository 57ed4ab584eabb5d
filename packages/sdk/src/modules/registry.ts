import {incomeShareModuleDefinition} from "./incomeShare.js";
import {pollsModuleDefinition} from "./polls.js";
import {stakingModuleDefinition} from "./staking.js";
import {timeEscrowModuleDefinition} from "./timeEscrow.js";
import type {ModuleDefinition} from "./types.js";

/**
 * Every kind of module the factory clones beside a token, by kind: the deployment key of its implementation, its
 * generated ABI and its `data` encoder. Everything that lists modules reads this: the decoded protocol errors
 * (`protocolErrorsAbi`), the registry test against `deployments`. A new module is its file in `src/modules/` (its
 * definition and builder), one line here, and its actions in `src/actions/<module>/`.
 *
 * @example
 * const data = protocolModules.staking.encode({stakingToken: pair, rewardToken: zeroAddress, duration: 60 * 86_400, startAtLaunch: false})
 * const implementation = getDeployment(31337)[protocolModules.staking.implementation]
 */
export const protocolModules = {
  incomeShare: incomeShareModuleDefinition,
  timeEscrow: timeEscrowModuleDefinition,
  staking: stakingModuleDefinition,
  polls: pollsModuleDefinition,
} as const satisfies Record<string, ModuleDefinition>;

/** A kind of module: `"incomeShare"`, `"timeEscrow"`, `"staking"`, `"polls"`. */
export type ProtocolModuleKind = keyof typeof protocolModules;
