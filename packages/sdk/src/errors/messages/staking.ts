import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {tokens} from "./format.js";

/** The staking contract's custom errors in words: what went wrong and what to do. */
export const stakingMessages: MessagesOf<Extract<ProtocolErrorName, `StakingRewards_${string}`>> = {
  StakingRewards_ZeroStakingToken: () =>
    "The staking token is the zero address: name the token stakers lock (e.g. an LP token).",
  StakingRewards_DurationOutOfRange: ([duration, max]) =>
    `The reward duration is ${duration} s: choose between 1 s and ${max} s (10 years).`,
  StakingRewards_FundedRewardNotToken: ([rewardToken, token]) =>
    `The campaign is funded at launch but pays rewards in ${rewardToken}: funding comes in the personal token (${token}), so leave rewardToken unset or fund it later with notifyRewardAmount.`,
  StakingRewards_FundingNotReceived: ([amount, balance]) =>
    `The campaign holds ${tokens(balance)}, not the ${tokens(amount)} it was funded with: launch it through the factory, which funds it first.`,
  StakingRewards_StartWithoutFunding: () =>
    "The campaign has no funding but startAtLaunch is set: give it a tokenAmount, or leave startAtLaunch off and start it later with notifyRewardAmount.",
  StakingRewards_NotCreator: ([caller]) => `${caller} is not the campaign's creator: only the creator can do this.`,
  StakingRewards_ZeroAmount: () => "The amount is zero (or nothing arrived): stake or withdraw a positive amount.",
  StakingRewards_InvalidAccount: ([account]) => `Cannot stake for ${account}: name a real account.`,
  StakingRewards_InsufficientStake: ([staked, requested]) =>
    `Only ${staked} is staked, less than the ${requested} requested: withdraw at most the stake.`,
  StakingRewards_NothingStaked: ([account]) => `${account} has nothing staked in this campaign.`,
  StakingRewards_StakeTooLarge: ([totalStaked, max]) =>
    `The stake would bring the total to ${totalStaked}, above the maximum ${max}: stake less.`,
  StakingRewards_RewardTooLarge: ([reserve, max]) =>
    `The rewards would total ${reserve}, above the maximum ${max} the campaign can hold: notify less.`,
  StakingRewards_ZeroRewardRate: () =>
    "There is nothing to stream (or too little for the duration): send or notify a positive reward amount first.",
  StakingRewards_NothingToRecover: ([asset]) =>
    `The campaign holds no ${asset} beyond stakes and owed or scheduled rewards: nothing to recover.`,
};
