import type {Address} from "viem";
import {stakingTarget} from "../../contracts.js";
import {stakingRewardsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the campaign takes: the campaign, and optionally the account that sends. */
export type CampaignParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
};

/**
 * The campaign as its actions call it: `campaignContract.write` defines a write action, `campaignContract.at(address)`
 * binds the address, checked, for reads.
 */
export const campaignContract = /* @__PURE__ */ defineProtocolContract("campaign", stakingRewardsAbi, stakingTarget);

/** An action of the sender's own position that takes nothing but the campaign: `functionName()`. */
export function defineCampaignAction(name: string, functionName: "getReward" | "exit" | "emergencyWithdraw") {
  return campaignContract.write<CampaignParameters>()({name, functionName});
}
