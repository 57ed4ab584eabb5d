import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CampaignParameters, defineCampaignAction} from "./campaignContract.js";

export type EmergencyWithdrawParameters = CampaignParameters;
export type EmergencyWithdrawReturnType = Hash;
export type EmergencyWithdrawErrorType = WriteActionErrorType;

/**
 * Takes the whole stake back without touching the reward token; unpaid rewards are forfeited to the campaign's
 * `unallocated` (the creator can stream them again). For when the reward token misbehaves; otherwise use {@link exitStaking}.
 *
 * @example
 * const hash = await emergencyWithdraw(walletClient, {campaign}) // the stake back, rewards forfeited
 */
export const emergencyWithdraw = /* @__PURE__ */ defineCampaignAction("emergencyWithdraw", "emergencyWithdraw");
