import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ExitStakingParameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
};
export type ExitStakingReturnType = Hash;
export type ExitStakingErrorType = WriteActionErrorType;

/**
 * Withdraws the whole stake and claims every reward in one transaction (`exit`); without a stake or rewards it does nothing.
 *
 * @example
 * const hash = await exitStaking(walletClient, {campaign}) // withdraw everything and claim
 */
export async function exitStaking<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {campaign, account}: ExitStakingParameters,
): Promise<ExitStakingReturnType> {
  assertAddress(campaign, "campaign");
  return writeProtocolContract(
    client,
    {address: campaign, abi: stakingRewardsAbi, functionName: "exit", account},
    "exitStaking",
  );
}
