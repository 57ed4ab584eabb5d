import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function claimStakingRewards<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {campaign, account}: ClaimStakingRewardsParameters,
): Promise<ClaimStakingRewardsReturnType> {
  assertAddress(campaign, "campaign");
  return writeProtocolContract(
    client,
    {address: campaign, abi: stakingRewardsAbi, functionName: "getReward", account},
    "claimStakingRewards",
  );
}
