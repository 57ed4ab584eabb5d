import type {Address, Hash} from "viem";
import {stakingTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type EmergencyWithdrawParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
};
export type EmergencyWithdrawReturnType = Hash;
export type EmergencyWithdrawErrorType = WriteActionErrorType;

/**
 * Takes the whole stake back without touching the reward token; unpaid rewards are forfeited to the campaign's
 * `unallocated` (the creator can stream them again). For when the reward token misbehaves; otherwise use {@link exitStaking}.
 *
 * @example
 * const hash = await emergencyWithdraw(walletClient, {campaign}) // the stake back, rewards forfeited
 */
export const emergencyWithdraw = /* @__PURE__ */ defineWriteAction<EmergencyWithdrawParameters>()({
  name: "emergencyWithdraw",
  address: "campaign",
  target: stakingTarget,
  abi: stakingRewardsAbi,
  functionName: "emergencyWithdraw",
  args: () => [] as const,
});
