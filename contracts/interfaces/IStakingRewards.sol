// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalTokenModule} from "./IPersonalTokenModule.sol";

/// @title IStakingRewards
/// @notice A liquidity-mining campaign: stakers lock a staking token (e.g. the ALEX-WETH Uniswap V2 LP share, or the
/// personal token itself) and earn a reward token (by default the personal token), streamed at a constant rate over a
/// period that only the creator can fund, extend or restart.
///
/// Lifecycle: the factory clones the campaign beside the token (at launch, funded from the supply) or later
/// ({IPersonalTokenFactory-launchModule}, funded from the creator's balance). The creator starts or tops up a period
/// with {notifyRewardAmount}; stakers {stake} (also for someone else, or with an EIP-2612 permit), {withdraw} without
/// claiming, {getReward} without withdrawing, {exit} (both), or {emergencyWithdraw} (take the stake, forfeit rewards).
///
/// One reward token per campaign, so every action is O(1); concurrent incentives on the same staking token are
/// several campaigns.
/// @dev Synthetix `StakingRewards` lineage, with each of its known pitfalls fixed:
/// - Rewards streamed while nothing is staked are not lost: they become `unallocated`, which the next
///   {notifyRewardAmount} schedules again and the creator may also take back ({recoverERC20}).
/// - The rate is scaled by {PRECISION} (units per second × 1e18) and the reward per staked unit by
///   {ACCUMULATOR_PRECISION} (1e36); every division remainder (the rate's, the accumulator's, the idle stream's, each
///   account's accrual) is carried, never dropped, so rounding does not grow with the number of updates or
///   settlements, whoever triggers them: a staker's rewards fall short of its exact share by less than one
///   reward-token unit (its sub-unit remainder, which it keeps until its stake ends and then returns to the pool)
///   plus its share of what the pool still carries (below `totalStaked / 1e36` units), whatever the two tokens'
///   decimals.
/// - Funding is the reward tokens the campaign actually received above what it already holds for stakers (`reserve`,
///   and the staked balance when the staking token is the reward token), never the raw balance.
/// - Only the creator can notify or extend, so nobody can stretch a period with dust.
/// - Recovering stray tokens never touches staked tokens or the reward reserve.
/// - Stakes are credited with what arrived (fee-on-transfer tokens).
/// - Withdrawing never touches the reward token, so a frozen or blocklisted reward token cannot lock stakes.
interface IStakingRewards is IPersonalTokenModule {
    /// @notice Campaign settings, fixed at launch (`data` of {IPersonalTokenModule-initializeModule}).
    /// @param stakingToken What stakers lock. Never called at launch, so it may be a predicted, not yet deployed
    /// Uniswap V2 pair. Must not be a rebasing token.
    /// @param rewardToken What stakers earn; address(0) means the personal token. Tokens minted to the campaign at
    /// launch (`tokenAmount`) require the personal token here.
    /// @param duration Length of every reward period, in seconds (1 .. {MAX_DURATION}).
    /// @param startAtLaunch Whether the tokens the campaign holds from launch start streaming at once; otherwise they
    /// are `unallocated` until the creator calls {notifyRewardAmount} (e.g. once the LP pair exists).
    struct Config {
        address stakingToken;
        address rewardToken;
        uint32 duration;
        bool startAtLaunch;
    }

    /// @notice Emitted when `payer` stakes `amount` (what arrived) for `account`.
    event Staked(address indexed payer, address indexed account, uint256 amount);
    /// @notice Emitted when `account` withdraws `amount` of its stake.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice Emitted when `account` is paid `reward`.
    event RewardPaid(address indexed account, uint256 reward);
    /// @notice Emitted when `account` takes its whole stake back and forfeits `forfeited` rewards (now unallocated).
    event EmergencyWithdrawn(address indexed account, uint256 amount, uint256 forfeited);
    /// @notice Emitted when a reward period starts or is extended.
    /// @param credited Reward tokens newly credited to the campaign by this call (pulled, or sent beforehand).
    /// @param rewardRate The new rate, reward-token units per second scaled by {PRECISION}.
    /// @param periodFinish When the new period ends.
    event RewardAdded(uint256 credited, uint256 rewardRate, uint256 periodFinish);
    /// @notice Emitted when the creator takes back tokens the campaign does not owe anyone.
    event Recovered(address indexed asset, address indexed to, uint256 amount);

    /// @notice Thrown at launch when the staking token is the zero address.
    error StakingRewards_ZeroStakingToken();
    /// @notice Thrown at launch when the reward duration is zero or above `max` seconds.
    error StakingRewards_DurationOutOfRange(uint256 duration, uint256 max);
    /// @notice Thrown at launch when the campaign is funded but does not pay its rewards in the personal token (the
    /// factory funds modules in the personal token only).
    error StakingRewards_FundedRewardNotToken(address rewardToken, address token);
    /// @notice Thrown at launch when the campaign holds fewer tokens (`balance`) than it was told it was funded with.
    error StakingRewards_FundingNotReceived(uint256 tokenAmount, uint256 balance);
    /// @notice Thrown at launch when `startAtLaunch` is set without funding to stream.
    error StakingRewards_StartWithoutFunding();
    /// @notice Thrown when a creator-only function is called by someone else.
    error StakingRewards_NotCreator(address caller);
    /// @notice Thrown when an amount is zero, or a stake credits nothing.
    error StakingRewards_ZeroAmount();
    /// @notice Thrown when staking for the zero address.
    error StakingRewards_InvalidAccount(address account);
    /// @notice Thrown when withdrawing more than is staked.
    error StakingRewards_InsufficientStake(uint256 staked, uint256 requested);
    /// @notice Thrown by {emergencyWithdraw} when the caller has nothing staked.
    error StakingRewards_NothingStaked(address account);
    /// @notice Thrown when the total stake would exceed {MAX_STAKE}.
    error StakingRewards_StakeTooLarge(uint256 totalStaked, uint256 max);
    /// @notice Thrown when the reward reserve would exceed {MAX_AMOUNT}.
    error StakingRewards_RewardTooLarge(uint256 reserve, uint256 max);
    /// @notice Thrown when a notification would stream less than one scaled unit per second (nothing to distribute).
    error StakingRewards_ZeroRewardRate();
    /// @notice Thrown by {recoverERC20} when nothing above what is owed is held in `asset`.
    error StakingRewards_NothingToRecover(address asset);

    /// @notice Stakes `amount` of the staking token from the caller (approve first); credits what arrived.
    /// @dev Emits {Staked}. Requirements: `amount > 0`; the total stake stays within {MAX_STAKE}.
    function stake(uint256 amount) external;

    /// @notice Stakes `amount` from the caller for `account`, who alone can withdraw it and earns its rewards.
    /// @dev Emits {Staked}. Requirements: as {stake}; `account` is not the zero address.
    function stakeFor(address account, uint256 amount) external;

    /// @notice Stakes `amount` with an EIP-2612 permit for this campaign, in one transaction. A permit that fails
    /// (e.g. a front-runner already used it) is ignored, so the stake still goes through if the allowance is in place.
    /// @dev Emits {Staked}. Requirements: as {stake}.
    function stakeWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice Withdraws `amount` of the caller's stake, keeping its rewards to claim later. Never calls the reward
    /// token.
    /// @dev Emits {Withdrawn}. Requirements: `0 < amount <=` the caller's stake.
    function withdraw(uint256 amount) external;

    /// @notice Pays the caller every reward earned so far, keeping the stake.
    /// @dev Emits {RewardPaid} when there is something to pay.
    /// @return reward What was paid (zero pays nothing and does not revert).
    function getReward() external returns (uint256 reward);

    /// @notice Withdraws the caller's whole stake and pays its rewards. From an account with nothing staked and nothing
    /// to claim it returns zeros and changes nothing.
    /// @dev Emits {Withdrawn} and {RewardPaid} for whatever is non-zero.
    /// @return amount The stake withdrawn.
    /// @return reward The reward paid.
    function exit() external returns (uint256 amount, uint256 reward);

    /// @notice Withdraws the caller's whole stake and forfeits its unpaid rewards, which become `unallocated` (the
    /// creator schedules them again or takes them back). Never calls the reward token.
    /// @dev Emits {EmergencyWithdrawn}. Requirements: the caller has a stake.
    /// @return amount The stake withdrawn.
    function emergencyWithdraw() external returns (uint256 amount);

    /// @notice Starts a reward period of `rewardsDuration` from now, or restarts a running one with its remaining
    /// rewards: pulls `amount` of the reward token from the creator (approve first; 0 pulls nothing), then credits
    /// every reward token the campaign holds above its reserve (so tokens sent beforehand count too, and a
    /// fee-on-transfer reward token counts what arrived), adds `unallocated`, and streams the total until
    /// `now + rewardsDuration`.
    /// @dev Emits {RewardAdded}. Requirements: the caller is the creator; the new rate is non-zero; the reserve stays
    /// within {MAX_AMOUNT}.
    function notifyRewardAmount(uint256 amount) external;

    /// @notice Sends the creator every unit of `asset` the campaign holds beyond what it owes: for the staking token,
    /// the balance above the total stake; for the reward token, the balance above what is earned and still to be
    /// streamed (so `unallocated` rewards come back too); both when they are the same token; any other token entirely.
    /// @dev Emits {Recovered}. Requirements: the caller is the creator; there is something to recover.
    /// @return amount What was sent.
    function recoverERC20(address asset) external returns (uint256 amount);

    /// @notice Scale of {rewardRate}: 1e18.
    function PRECISION() external view returns (uint256);

    /// @notice Scale of {rewardPerToken}: 1e36.
    function ACCUMULATOR_PRECISION() external view returns (uint256);

    /// @notice Longest reward period: 10 years.
    function MAX_DURATION() external view returns (uint32);

    /// @notice Largest reward reserve: `type(uint96).max` (about 7.9e28 units, 79 billion tokens of 18 decimals).
    function MAX_AMOUNT() external view returns (uint256);

    /// @notice Largest total stake: `type(uint208).max` (about 4.1e62 units), the personal token's supply cap, so a
    /// personal token can always be staked in full.
    function MAX_STAKE() external view returns (uint256);

    /// @notice What stakers lock.
    function stakingToken() external view returns (address);

    /// @notice What stakers earn.
    function rewardToken() external view returns (address);

    /// @notice Length of every reward period, in seconds.
    function rewardsDuration() external view returns (uint256);

    /// @notice End of the current (or last) reward period; 0 before the first.
    function periodFinish() external view returns (uint256);

    /// @notice Reward-token units streamed per second, scaled by {PRECISION}.
    function rewardRate() external view returns (uint256);

    /// @notice Rewards still to be streamed in the current period.
    function remainingRewards() external view returns (uint256);

    /// @notice The last second rewards have been streamed for: now, or the period's end if it is over.
    function lastTimeRewardApplicable() external view returns (uint256);

    /// @notice Cumulative reward per staked unit, scaled by {ACCUMULATOR_PRECISION}.
    function rewardPerToken() external view returns (uint256);

    /// @notice Rewards `account` can claim now.
    function earned(address account) external view returns (uint256);

    /// @notice `account`'s stake.
    function balanceOf(address account) external view returns (uint256);

    /// @notice The total stake (what the campaign holds for stakers).
    function totalSupply() external view returns (uint256);

    /// @notice Reward tokens the campaign holds for its program: earned and not yet paid, still to be streamed, and
    /// unallocated. Only what it holds above this (and above the stake, for the same token) is surplus.
    function rewardReserve() external view returns (uint256);

    /// @notice Rewards streamed while nothing was staked, forfeited by emergency withdrawals, or left undistributable
    /// at a period's end: scheduled again by the next {notifyRewardAmount}, or recoverable by the creator.
    function unallocated() external view returns (uint256);

    /// @notice Rewards earned by stakers and not yet paid (`rewardReserve - remainingRewards - unallocated`): the sum of
    /// every {earned} plus the carried sub-unit remainders (below one unit per staker, plus `totalStaked / 1e36`, plus
    /// one for {remainingRewards}' rounding), however many settlements there were.
    function rewardsOwed() external view returns (uint256);

    /// @notice Rewards a full period streams at the current rate.
    function getRewardForDuration() external view returns (uint256);
}
