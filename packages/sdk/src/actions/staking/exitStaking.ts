import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CampaignParameters, defineCampaignAction} from "./campaignContract.js";

export type ExitStakingParameters = CampaignParameters;
export type ExitStakingReturnType = Hash;
export type ExitStakingErrorType = WriteActionErrorType;

/**
 * Withdraws the whole stake and claims every reward in one transaction (`exit`); without a stake or rewards it does nothing.
 *
 * @example
 * const hash = await exitStaking(walletClient, {campaign}) // withdraw everything and claim
 */
export const exitStaking = /* @__PURE__ */ defineCampaignAction("exitStaking", "exit");
