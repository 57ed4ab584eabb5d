import type {Account, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {ensureAllowance} from "../../utils/allowance.js";
import {readProtocolContract, senderOf, writeProtocolContract} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {type CampaignParameters, campaignContract} from "./campaignContract.js";

export type NotifyRewardAmountParameters = CampaignParameters & {
  /**
   * Reward-token units the campaign pulls from the creator (approve it first, or pass `approve: true`). 0 pulls nothing
   * and streams what the campaign already holds above its reserve (launch funding waiting as `unallocated`, tokens sent to it).
   */
  amount: bigint;
  /** Approve exactly `amount` of the reward token first (and wait for it) if the allowance is short. Default: false. */
  approve?: boolean | undefined;
};
export type NotifyRewardAmountReturnType = Hash;
export type NotifyRewardAmountErrorType = WriteActionErrorType;

/**
 * The creator (re)starts the stream: the campaign pulls `amount`, credits everything it holds above what it owes, adds
 * `unallocated` and the running period's remainder, and streams it all over a new `duration` from now. Fails with
 * `StakingRewards_NotCreator` for anyone else and `StakingRewards_ZeroRewardRate` when there is nothing to stream.
 *
 * @example
 * const hash = await notifyRewardAmount(walletClient, {campaign, amount: parseEther("100000"), approve: true})
 */
export async function notifyRewardAmount<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {campaign, amount, approve = false, account}: NotifyRewardAmountParameters,
): Promise<NotifyRewardAmountReturnType> {
  const contract = campaignContract.at(campaign);
  assertAmount(amount, "amount", {bits: 96});
  const sender = senderOf(client as Client, account, "notifyRewardAmount");
  const c = client as Client<Transport, Chain | undefined, Account | undefined>;
  if (approve && amount > 0n) {
    const token = await readProtocolContract(c, {...contract, functionName: "rewardToken"});
    await ensureAllowance(c, {token, spender: campaign, amount, sender}, "notifyRewardAmount");
  }
  return writeProtocolContract(
    client,
    {...contract, functionName: "notifyRewardAmount", args: [amount], account},
    "notifyRewardAmount",
  );
}
