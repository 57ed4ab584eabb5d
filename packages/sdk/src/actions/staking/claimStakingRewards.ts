import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CampaignParameters, defineCampaignAction} from "./campaignContract.js";

export type ClaimStakingRewardsParameters = CampaignParameters;
export type ClaimStakingRewardsReturnType = Hash;
export type ClaimStakingRewardsErrorType = WriteActionErrorType;

/**
 * Claims the rewards the sender has earned so far (`getReward`), keeping the stake. Read them first with {@link getStakingPosition}.
 *
 * @example
 * const hash = await claimStakingRewards(walletClient, {campaign})
 */
export const claimStakingRewards = /* @__PURE__ */ defineCampaignAction("claimStakingRewards", "getReward");
