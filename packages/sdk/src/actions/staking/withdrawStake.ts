import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function withdrawStake<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {campaign, amount, account}: WithdrawStakeParameters,
): Promise<WithdrawStakeReturnType> {
  assertAddress(campaign, "campaign");
  assertAmount(amount, "amount", {min: 1n});
  return writeProtocolContract(
    client,
    {address: campaign, abi: stakingRewardsAbi, functionName: "withdraw", args: [amount], account},
    "withdrawStake",
  );
}
