import {
  type Address,
  type Chain,
  type Client,
  erc20Abi,
  formatUnits,
  type MulticallErrorType,
  type ReadContractErrorType,
  type Transport,
} from "viem";
import {getBlock, readContract} from "viem/actions";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readFields} from "../../utils/contract.js";
import {campaignContract} from "./campaignContract.js";

export type GetCampaignParameters = {campaign: Address};

export type GetCampaignReturnType = {
  campaign: Address;
  /** The personal token the campaign belongs to. */
  token: Address;
  creator: Address;
  stakingToken: Address;
  rewardToken: Address;
  rewardDecimals: number;
  /** Staking-token units staked in total (`totalSupply()`). */
  totalStaked: bigint;
  /** Reward units per second scaled by 1e18 (`rewardRate()`; `PRECISION`), exact. */
  rewardRate: bigint;
  /** Whole reward-token units streamed per second (rounded down): `rewardRate / 1e18`. */
  rewardPerSecond: bigint;
  /** The per-second rate as a decimal string in reward tokens, e.g. "0.0578703703703703703" (APR input). */
  rewardPerSecondFormatted: string;
  /** When the current period ends (unix seconds; 0 before the first notification). */
  periodFinish: bigint;
  /** Seconds each period lasts. */
  duration: bigint;
  /** Rewards of the current period still to stream (`remainingRewards()`). */
  remainingRewards: bigint;
  /** Rewards streamed so far and not yet claimed (`rewardsOwed()`). */
  rewardsOwed: bigint;
  /** Funding waiting for the creator's next `notifyRewardAmount` (streamed while nothing was staked, forfeited, or launch funding). */
  unallocated: bigint;
  /** Reward tokens the campaign holds for stakers: owed + still to stream + unallocated. */
  rewardReserve: bigint;
  /** The reward a full period streams at the current rate (`getRewardForDuration()`). */
  rewardForDuration: bigint;
  /** Streaming now: the period has not finished at the latest block. */
  active: boolean;
};

export type GetCampaignErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

const RATE_PRECISION = 10n ** 18n;

/**
 * Reads a staking campaign: its tokens, what is staked and the reward rate — everything an APR needs
 * (`rewardPerSecond × 365 days × reward price / (totalStaked × staking-token price)`) — and its funding.
 *
 * @example
 * const {totalStaked, rewardPerSecondFormatted, periodFinish, active} = await getCampaign(publicClient, {campaign})
 */
export async function getCampaign<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {campaign}: GetCampaignParameters,
): Promise<GetCampaignReturnType> {
  const contract = campaignContract.at(campaign);
  // The block first, then every read at it: `active` compares that block's timestamp with the period it read.
  const block = await getBlock(client as Client, {includeTransactions: false});
  const {
    token,
    creator,
    stakingToken,
    rewardToken,
    totalSupply: totalStaked,
    rewardRate,
    periodFinish,
    rewardsDuration: duration,
    remainingRewards,
    rewardsOwed,
    unallocated,
    rewardReserve,
    getRewardForDuration: rewardForDuration,
  } = await readFields(
    client,
    contract,
    [
      "token",
      "creator",
      "stakingToken",
      "rewardToken",
      "totalSupply",
      "rewardRate",
      "periodFinish",
      "rewardsDuration",
      "remainingRewards",
      "rewardsOwed",
      "unallocated",
      "rewardReserve",
      "getRewardForDuration",
    ],
    {blockNumber: block.number},
  );
  // A second call (the reward token's address comes from the first), at the same block.
  const rewardDecimals = await readContract(client as Client, {
    address: rewardToken,
    abi: erc20Abi,
    functionName: "decimals",
    blockNumber: block.number,
  });
  return {
    campaign,
    token,
    creator,
    stakingToken,
    rewardToken,
    rewardDecimals,
    totalStaked,
    rewardRate,
    rewardPerSecond: rewardRate / RATE_PRECISION,
    rewardPerSecondFormatted: formatUnits(rewardRate, rewardDecimals + 18),
    periodFinish,
    duration,
    remainingRewards,
    rewardsOwed,
    unallocated,
    rewardReserve,
    rewardForDuration,
    active: block.timestamp < periodFinish,
  };
}
