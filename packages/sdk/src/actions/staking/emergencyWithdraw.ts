import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type EmergencyWithdrawParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
};
export type EmergencyWithdrawReturnType = Hash;
export type EmergencyWithdrawErrorType = WriteActionErrorType;

/**
 * Takes the whole stake back without touching the reward token; unpaid rewards are forfeited to the campaign's
 * `unallocated` (the creator can stream them again). For when the reward token misbehaves; otherwise use {@link exitStaking}.
 *
 * @example
 * const hash = await emergencyWithdraw(walletClient, {campaign}) // the stake back, rewards forfeited
 */
export async function emergencyWithdraw<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {campaign, account}: EmergencyWithdrawParameters,
): Promise<EmergencyWithdrawReturnType> {
  assertAddress(campaign, "campaign");
  return writeProtocolContract(
    client,
    {address: campaign, abi: stakingRewardsAbi, functionName: "emergencyWithdraw", account},
    "emergencyWithdraw",
  );
}
