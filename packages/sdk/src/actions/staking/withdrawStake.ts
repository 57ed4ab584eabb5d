import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAmount} from "../../utils/validate.js";
import {type CampaignParameters, campaignContract} from "./campaignContract.js";

export type WithdrawStakeParameters = CampaignParameters & {
  /** Staking-token units to withdraw (at most the stake). */
  amount: bigint;
};
export type WithdrawStakeReturnType = Hash;
export type WithdrawStakeErrorType = WriteActionErrorType;

/**
 * Takes `amount` of the sender's stake back, leaving the rewards earned so far to claim later. Fails with
 * `StakingRewards_InsufficientStake` above the stake. Never calls the reward token, so a frozen reward cannot lock stakes.
 *
 * @example
 * const hash = await withdrawStake(walletClient, {campaign, amount: parseEther("5")})
 */
export const withdrawStake = /* @__PURE__ */ campaignContract.write<WithdrawStakeParameters>()({
  name: "withdrawStake",
  functionName: "withdraw",
  args: ({amount}) => [amount] as const,
  validate: ({amount}) => assertAmount(amount, "amount", {min: 1n}),
});
