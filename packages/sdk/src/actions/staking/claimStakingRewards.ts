import type {Address, Hash} from "viem";
import {stakingTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ClaimStakingRewardsParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
};
export type ClaimStakingRewardsReturnType = Hash;
export type ClaimStakingRewardsErrorType = WriteActionErrorType;

/**
 * Claims the rewards the sender has earned so far (`getReward`), keeping the stake. Read them first with {@link getStakingPosition}.
 *
 * @example
 * const hash = await claimStakingRewards(walletClient, {campaign})
 */
export const claimStakingRewards = /* @__PURE__ */ defineWriteAction<ClaimStakingRewardsParameters>()({
  name: "claimStakingRewards",
  address: "campaign",
  target: stakingTarget,
  abi: stakingRewardsAbi,
  functionName: "getReward",
  args: () => [] as const,
});
