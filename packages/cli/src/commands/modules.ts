// stake … and poll …: need the SDK's staking and polls actions (branch sdk-modules).
import type {Command} from "commander";

export function registerStake(_cli: Command): void {}
export function registerPoll(_cli: Command): void {}
