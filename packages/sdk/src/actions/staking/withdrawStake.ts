import type {Address, Hash} from "viem";
import {stakingTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type WithdrawStakeParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
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
export const withdrawStake = /* @__PURE__ */ defineWriteAction<WithdrawStakeParameters>()({
  name: "withdrawStake",
  address: "campaign",
  target: stakingTarget,
  abi: stakingRewardsAbi,
  functionName: "withdraw",
  args: ({amount}) => [amount] as const,
  validate: ({amount}) => {
    assertAmount(amount, "amount", {min: 1n});
  },
});
