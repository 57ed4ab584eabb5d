import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {stakingRewardsAbi} from "../../generated.js";
import {readProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type GetStakingPositionParameters = {campaign: Address; account: Address};
export type GetStakingPositionReturnType = {
  /** Staking-token units the account has staked. */
  balance: bigint;
  /** Reward-token units earned and not yet claimed, as of the latest block. */
  earned: bigint;
};
export type GetStakingPositionErrorType = ValidationErrorType | ReadContractErrorType;

/** An account's stake in a campaign and the rewards it can claim now. */
export async function getStakingPosition<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {campaign, account}: GetStakingPositionParameters,
): Promise<GetStakingPositionReturnType> {
  assertAddress(campaign, "campaign");
  assertAddress(account, "account");
  const read = (functionName: "balanceOf" | "earned") =>
    readProtocolContract<bigint>(client, {address: campaign, abi: stakingRewardsAbi, functionName, args: [account]});
  const [balance, earned] = await Promise.all([read("balanceOf"), read("earned")]);
  return {balance, earned};
}
