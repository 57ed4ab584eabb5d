import type {Address, Hash} from "viem";
import {stakingTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ExitStakingParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
};
export type ExitStakingReturnType = Hash;
export type ExitStakingErrorType = WriteActionErrorType;

/**
 * Withdraws the whole stake and claims every reward in one transaction (`exit`); without a stake or rewards it does nothing.
 *
 * @example
 * const hash = await exitStaking(walletClient, {campaign}) // withdraw everything and claim
 */
export const exitStaking = /* @__PURE__ */ defineWriteAction<ExitStakingParameters>()({
  name: "exitStaking",
  address: "campaign",
  target: stakingTarget,
  abi: stakingRewardsAbi,
  functionName: "exit",
  args: () => [] as const,
});
