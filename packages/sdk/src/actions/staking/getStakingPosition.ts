import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readNamed} from "../../utils/contract.js";
import {campaignContract} from "./campaignContract.js";

export type GetStakingPositionParameters = {campaign: Address; account: Address};
export type GetStakingPositionReturnType = {
  /** Staking-token units the account has staked. */
  balance: bigint;
  /** Reward-token units earned and not yet claimed, as of the latest block. */
  earned: bigint;
};
export type GetStakingPositionErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * An account's stake in a campaign and the rewards it can claim now.
 *
 * @example
 * const {balance, earned} = await getStakingPosition(publicClient, {campaign, account: alice})
 */
export async function getStakingPosition<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {campaign, account}: GetStakingPositionParameters,
): Promise<GetStakingPositionReturnType> {
  const contract = campaignContract.at(campaign);
  return readNamed(client, contract, {balance: ["balanceOf", [account]], earned: ["earned", [account]]});
}
