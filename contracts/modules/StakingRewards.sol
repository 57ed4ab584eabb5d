// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {PersonalTokenModule} from "../abstracts/PersonalTokenModule.sol";
import {IStakingRewards} from "../interfaces/IStakingRewards.sol";
import {AssetTransfer} from "../libraries/AssetTransfer.sol";
import {ScaledAccumulator} from "../libraries/ScaledAccumulator.sol";

/// @title StakingRewards
/// @notice See {IStakingRewards}.
/// @dev A clone launched by the factory. Accounting is exact in "scaled units" (reward-token units × 1e36); nothing
/// is ever dropped by a division, only moved to a remainder that is carried:
/// - `reserve` = reward tokens held for the program = owed to stakers + still to stream + `unallocated`, where "owed"
///   includes the sub-unit remainders below. Only tokens above it (and above the stake, when staking == reward
///   token) are surplus, credited by {notifyRewardAmount} or recovered by {recoverERC20}.
/// - The rate is scaled by PRECISION (1e18); a notification's division remainder (`total − rate × duration`, below
///   `duration` units of 1e-18) goes to `carry`. The accumulator `rewardPerTokenStored` is scaled by
///   ACCUMULATOR_PRECISION (1e36) and grows by `(elapsed × rate × 1e18 + carry) / totalStaked`, the remainder staying
///   in `carry`. While nothing is staked the same sum goes to `unallocated` (whole units) and `carry` (the rest), so
///   idle updates, however frequent, drop nothing either.
/// - A staker's accrual `balance × (rewardPerToken − paid) + remainder` is split into whole units (`rewards`) and a
///   sub-unit `remainder` kept in the account, so no settlement rounds anything away, whoever triggers it. When the
///   account's stake ends (withdrawing all of it, {exit}, {emergencyWithdraw}) its remainder returns to `carry`.
/// - So `reserve × 1e36` = Σ (rewards × 1e36 + remainder) + Σ balance × (rewardPerToken − paid) + carry +
///   (periodFinish − lastUpdate) × rate × 1e18 + unallocated × 1e36, exactly.
/// Storage: the pool in two slots (carry + last update; total stake + period end), the accumulator in one, rate +
/// duration in one, each token address beside a counter, each account in two (balance; rewards + remainder) plus its
/// accumulator snapshot. {getReward} does not write the global state at all: it settles the account against the
/// accumulator computed up to now, which the next writing update reproduces.
contract StakingRewards is IStakingRewards, PersonalTokenModule, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using AssetTransfer for IERC20;

    /// @inheritdoc IStakingRewards
    uint256 public constant PRECISION = 1e18;
    /// @inheritdoc IStakingRewards
    uint256 public constant ACCUMULATOR_PRECISION = ScaledAccumulator.SCALE;
    /// @inheritdoc IStakingRewards
    uint32 public constant MAX_DURATION = 10 * 365 days;
    /// @inheritdoc IStakingRewards
    uint256 public constant MAX_AMOUNT = type(uint96).max;
    /// @inheritdoc IStakingRewards
    uint256 public constant MAX_STAKE = type(uint208).max;
    uint256 private constant _RATE_TO_ACCUMULATOR = ACCUMULATOR_PRECISION / PRECISION;

    /// @dev Two slots: everything every stake, withdrawal and update reads or writes besides the accumulator.
    /// `carry` (scaled units not yet in the accumulator or `unallocated`) stays below `max(totalStaked, 1e36)` plus the
    /// remainders returned since the last update: far below 2^224. Timestamps fit in 32 bits until 2106.
    struct Pool {
        uint224 carry;
        uint32 lastUpdate;
        uint208 totalStaked;
        uint32 periodFinish;
    }

    /// @dev One slot: the rate (≤ MAX_AMOUNT × PRECISION, < 2^157) and the period length.
    struct Schedule {
        uint160 rate;
        uint32 duration;
    }

    /// @dev One slot: the staking token and the unallocated rewards.
    struct StakingSide {
        address stakingToken;
        uint96 unallocated;
    }

    /// @dev One slot: the reward token and the reserve held for the program.
    struct RewardSide {
        address rewardToken;
        uint96 reserve;
    }

    /// @dev Two slots per account: its stake; its settled, unpaid rewards in whole units and the sub-unit remainder
    /// of its accrual in scaled units (< 1e36 < 2^120).
    struct Account {
        uint208 balance;
        uint96 rewards;
        uint120 remainder;
    }

    uint256 private _rewardPerTokenStored;
    Pool private _pool;
    Schedule private _schedule;
    StakingSide private _staking;
    RewardSide private _reward;
    mapping(address account => Account) private _accounts;
    mapping(address account => uint256 rewardPerTokenPaid) private _paid;

    /// @notice Sets the campaign up; called by the factory right after cloning (and funding, if `tokenAmount > 0`).
    /// @param data `abi.encode(Config)`.
    function initializeModule(address token_, address creator_, uint256 tokenAmount, bytes calldata data)
        external
        initializer
    {
        Config memory c = abi.decode(data, (Config));
        if (c.stakingToken == address(0)) revert StakingRewards_ZeroStakingToken();
        address reward = c.rewardToken == address(0) ? token_ : c.rewardToken;
        if (c.duration == 0 || c.duration > MAX_DURATION) {
            revert StakingRewards_DurationOutOfRange(c.duration, MAX_DURATION);
        }
        if (tokenAmount != 0) {
            // The factory funds modules in the personal token only.
            if (reward != token_) revert StakingRewards_FundedRewardNotToken(reward, token_);
            if (tokenAmount > MAX_AMOUNT) revert StakingRewards_RewardTooLarge(tokenAmount, MAX_AMOUNT);
            uint256 balance = IERC20(token_).balanceOf(address(this));
            if (balance < tokenAmount) revert StakingRewards_FundingNotReceived(tokenAmount, balance);
        } else if (c.startAtLaunch) {
            revert StakingRewards_StartWithoutFunding();
        }
        _initializeModule(token_, creator_);
        uint96 funded = SafeCast.toUint96(tokenAmount);
        _reward = RewardSide({rewardToken: reward, reserve: funded});
        if (!c.startAtLaunch) {
            _staking = StakingSide({stakingToken: c.stakingToken, unallocated: funded});
            _schedule = Schedule({rate: 0, duration: c.duration});
            return;
        }
        _staking = StakingSide({stakingToken: c.stakingToken, unallocated: 0});
        _startAtLaunch(tokenAmount, c.duration);
    }

    /// @dev Streams the launch funding `amount` over `duration` from now.
    function _startAtLaunch(uint256 amount, uint32 duration) private {
        // Never zero: amount >= 1 and duration <= MAX_DURATION < PRECISION.
        (uint256 rate, uint224 rest) = _rateFor(amount * PRECISION, duration);
        _schedule = Schedule({rate: SafeCast.toUint160(rate), duration: duration});
        uint32 finish = _now() + duration;
        _pool = Pool({carry: rest, lastUpdate: _now(), totalStaked: 0, periodFinish: finish});
        emit RewardAdded(amount, rate, finish);
    }

    // ------------------------------------------------------------------------------------------------ stakers

    /// @inheritdoc IStakingRewards
    function stake(uint256 amount) external nonReentrant {
        _stake(msg.sender, amount);
    }

    /// @inheritdoc IStakingRewards
    function stakeFor(address account, uint256 amount) external nonReentrant {
        if (account == address(0)) revert StakingRewards_InvalidAccount(account);
        _stake(account, amount);
    }

    /// @inheritdoc IStakingRewards
    function stakeWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external nonReentrant {
        // A front-runner who submits the same permit first makes it fail here, but the allowance is then in place.
        try IERC20Permit(_staking.stakingToken).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _stake(msg.sender, amount);
    }

    /// @inheritdoc IStakingRewards
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert StakingRewards_ZeroAmount();
        (uint256 acc, Pool memory p) = _accrue();
        Account memory a = _settle(msg.sender, acc);
        if (amount > a.balance) revert StakingRewards_InsufficientStake(a.balance, amount);
        unchecked {
            a.balance -= SafeCast.toUint208(amount);
            p.totalStaked -= SafeCast.toUint208(amount);
        }
        if (a.balance == 0) _release(a, p);
        _pool = p;
        _accounts[msg.sender] = a;
        emit Withdrawn(msg.sender, amount);
        IERC20(_staking.stakingToken).safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IStakingRewards
    function getReward() external nonReentrant returns (uint256 reward) {
        Account memory a = _settle(msg.sender, _rewardPerToken());
        reward = a.rewards;
        a.rewards = 0;
        // Written even when nothing is paid: the settlement may have moved the remainder.
        _accounts[msg.sender] = a;
        if (reward == 0) return 0;
        _reward.reserve -= _toReserve(reward);
        emit RewardPaid(msg.sender, reward);
        IERC20(_reward.rewardToken).safeTransfer(msg.sender, reward);
    }

    /// @inheritdoc IStakingRewards
    function exit() external nonReentrant returns (uint256 amount, uint256 reward) {
        Account memory a = _accounts[msg.sender];
        amount = a.balance;
        // Nothing staked: nothing to settle, so the pool is left alone (an empty account's exit writes nothing).
        if (amount != 0) {
            (uint256 acc, Pool memory p) = _accrue();
            a = _settle(msg.sender, acc);
            unchecked {
                p.totalStaked -= SafeCast.toUint208(amount);
            }
            _release(a, p);
            _pool = p;
        }
        reward = a.rewards;
        if (amount == 0 && reward == 0) return (0, 0);
        delete _accounts[msg.sender];
        // Every effect before either transfer, so a hook in one sees the whole exit.
        if (reward != 0) _reward.reserve -= _toReserve(reward);
        if (amount != 0) {
            emit Withdrawn(msg.sender, amount);
            IERC20(_staking.stakingToken).safeTransfer(msg.sender, amount);
        }
        if (reward != 0) {
            emit RewardPaid(msg.sender, reward);
            IERC20(_reward.rewardToken).safeTransfer(msg.sender, reward);
        }
    }

    /// @inheritdoc IStakingRewards
    function emergencyWithdraw() external nonReentrant returns (uint256 amount) {
        (uint256 acc, Pool memory p) = _accrue();
        Account memory a = _settle(msg.sender, acc);
        amount = a.balance;
        if (amount == 0) revert StakingRewards_NothingStaked(msg.sender);
        uint256 forfeited = a.rewards;
        unchecked {
            p.totalStaked -= SafeCast.toUint208(amount);
        }
        _release(a, p);
        _pool = p;
        delete _accounts[msg.sender];
        if (forfeited != 0) _staking.unallocated += _toReserve(forfeited);
        emit EmergencyWithdrawn(msg.sender, amount, forfeited);
        IERC20(_staking.stakingToken).safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------------------------------------ creator

    /// @inheritdoc IStakingRewards
    function notifyRewardAmount(uint256 amount) external onlyCreator nonReentrant {
        RewardSide memory r = _reward;
        IERC20 rewardToken_ = IERC20(r.rewardToken);
        // Pulled before any write, so a hook in the transfer sees the state as it was, never half updated.
        if (amount != 0) rewardToken_.safeTransferFrom(msg.sender, address(this), amount);
        (, Pool memory p) = _accrue();
        // Funding is what the campaign holds above what it already owes: never staked tokens, never the reserve.
        uint256 held = r.reserve;
        StakingSide memory st = _staking;
        if (r.rewardToken == st.stakingToken) held += p.totalStaked;
        uint256 balance = rewardToken_.balanceOf(address(this));
        uint256 credited = balance > held ? balance - held : 0;
        uint256 reserve = r.reserve + credited;
        if (reserve > MAX_AMOUNT) revert StakingRewards_RewardTooLarge(reserve, MAX_AMOUNT);

        Schedule memory s = _schedule;
        uint256 finish = p.periodFinish;
        // After `_accrue`, `lastUpdate` is now whenever the period is still running.
        uint256 remaining = block.timestamp < finish ? (finish - block.timestamp) * s.rate : 0;
        (uint256 rate, uint224 rest) = _rateFor(remaining + (credited + st.unallocated) * PRECISION, s.duration);
        if (rate == 0) revert StakingRewards_ZeroRewardRate();
        p.carry += rest;

        _schedule.rate = SafeCast.toUint160(rate);
        p.lastUpdate = _now();
        p.periodFinish = _now() + s.duration;
        _pool = p;
        _reward.reserve = SafeCast.toUint96(reserve);
        if (st.unallocated != 0) _staking.unallocated = 0;
        emit RewardAdded(credited, rate, p.periodFinish);
    }

    /// @inheritdoc IStakingRewards
    function recoverERC20(address asset) external onlyCreator nonReentrant returns (uint256 amount) {
        (, Pool memory p) = _accrue();
        _pool = p;
        StakingSide memory st = _staking;
        RewardSide memory r = _reward;
        uint256 held;
        if (asset == st.stakingToken) held = p.totalStaked;
        bool isReward = asset == r.rewardToken;
        // Unallocated rewards come back to the creator: they are owed to no one and no longer scheduled.
        if (isReward) held += r.reserve - st.unallocated;
        uint256 balance = IERC20(asset).balanceOf(address(this));
        amount = balance > held ? balance - held : 0;
        if (amount == 0) revert StakingRewards_NothingToRecover(asset);
        if (isReward && st.unallocated != 0) {
            _reward.reserve = r.reserve - st.unallocated;
            _staking.unallocated = 0;
        }
        address to = creator;
        emit Recovered(asset, to, amount);
        IERC20(asset).safeTransfer(to, amount);
    }

    // ------------------------------------------------------------------------------------------------ views

    /// @inheritdoc IStakingRewards
    function stakingToken() external view returns (address) {
        return _staking.stakingToken;
    }

    /// @inheritdoc IStakingRewards
    function rewardToken() external view returns (address) {
        return _reward.rewardToken;
    }

    /// @inheritdoc IStakingRewards
    function rewardsDuration() external view returns (uint256) {
        return _schedule.duration;
    }

    /// @inheritdoc IStakingRewards
    function periodFinish() external view returns (uint256) {
        return _pool.periodFinish;
    }

    /// @inheritdoc IStakingRewards
    function rewardRate() external view returns (uint256) {
        return _schedule.rate;
    }

    /// @inheritdoc IStakingRewards
    function remainingRewards() public view returns (uint256) {
        uint256 finish = _pool.periodFinish;
        return block.timestamp < finish ? (finish - block.timestamp) * _schedule.rate / PRECISION : 0;
    }

    /// @inheritdoc IStakingRewards
    function lastTimeRewardApplicable() external view returns (uint256) {
        return _min(block.timestamp, _pool.periodFinish);
    }

    /// @inheritdoc IStakingRewards
    function rewardPerToken() external view returns (uint256) {
        return _rewardPerToken();
    }

    /// @inheritdoc IStakingRewards
    function earned(address account) external view returns (uint256) {
        return _settled(account, _rewardPerToken()).rewards;
    }

    /// @inheritdoc IStakingRewards
    function balanceOf(address account) external view returns (uint256) {
        return _accounts[account].balance;
    }

    /// @inheritdoc IStakingRewards
    function totalSupply() external view returns (uint256) {
        return _pool.totalStaked;
    }

    /// @inheritdoc IStakingRewards
    function rewardReserve() external view returns (uint256) {
        return _reward.reserve;
    }

    /// @inheritdoc IStakingRewards
    function unallocated() public view returns (uint256) {
        Pool memory p = _pool;
        (,, uint256 idle) = _advance(_rewardPerTokenStored, p, _min(block.timestamp, p.periodFinish));
        return _staking.unallocated + idle;
    }

    /// @inheritdoc IStakingRewards
    function rewardsOwed() external view returns (uint256) {
        return _reward.reserve - remainingRewards() - unallocated();
    }

    /// @inheritdoc IStakingRewards
    function getRewardForDuration() external view returns (uint256) {
        Schedule memory s = _schedule;
        return uint256(s.rate) * s.duration / PRECISION;
    }

    // ------------------------------------------------------------------------------------------------ internals

    /// @dev Streams rewards up to now (and whatever `carry` holds beyond a remainder) into the accumulator or
    /// `unallocated`, and returns the accumulator and the pool with `carry` and `lastUpdate` advanced; the caller
    /// writes the pool back after its own changes.
    function _accrue() private returns (uint256 acc, Pool memory p) {
        p = _pool;
        acc = _rewardPerTokenStored;
        uint256 applicable = _min(block.timestamp, p.periodFinish);
        if (applicable <= p.lastUpdate && p.carry < _divisor(p.totalStaked)) return (acc, p);
        (uint256 next, uint256 carry, uint256 idle) = _advance(acc, p, applicable);
        if (next != acc) {
            _rewardPerTokenStored = next;
            acc = next;
        }
        if (idle != 0) _staking.unallocated += _toReserve(idle);
        p.carry = SafeCast.toUint224(carry);
        if (applicable > p.lastUpdate) p.lastUpdate = SafeCast.toUint32(applicable);
    }

    /// @dev The accumulator, carry and newly unallocated rewards after streaming from `p.lastUpdate` to `applicable`
    /// (`applicable >= p.lastUpdate` always: both only move to now or to the period's end) and folding in `carry`.
    function _advance(uint256 acc, Pool memory p, uint256 applicable)
        private
        view
        returns (uint256 next, uint256 carry, uint256 idle)
    {
        uint256 streamed = p.carry;
        // At most 2^32 s × 2^157 × 2^60 + 2^224: no overflow.
        if (applicable > p.lastUpdate) streamed += (applicable - p.lastUpdate) * _schedule.rate * _RATE_TO_ACCUMULATOR;
        uint256 staked = p.totalStaked;
        // Nobody to pay: whole units go to `unallocated`, the remainder stays carried.
        if (staked == 0) {
            (idle, carry) = ScaledAccumulator.toUnits(streamed);
            return (acc, carry, idle);
        }
        uint256 perShare;
        (perShare, carry) = ScaledAccumulator.spread(streamed, staked);
        unchecked {
            // Differences stay exact modulo 2^256; it would take ~2^40 full reserves streamed to one unit to wrap.
            next = acc + perShare;
        }
    }

    /// @dev The rate streaming `total` (scaled by PRECISION) over `duration`, and the division's remainder in scaled
    /// units, which goes to `carry` to be streamed at the next update instead of being dropped.
    function _rateFor(uint256 total, uint256 duration) private pure returns (uint256 rate, uint224 rest) {
        rate = total / duration;
        rest = SafeCast.toUint224((total - rate * duration) * _RATE_TO_ACCUMULATOR);
    }

    /// @dev What `carry` is divided by: the total stake, or 1e36 (one unit) while nothing is staked.
    function _divisor(uint256 staked) private pure returns (uint256) {
        return staked == 0 ? ACCUMULATOR_PRECISION : staked;
    }

    /// @dev The accumulator as of now, without writing anything.
    function _rewardPerToken() private view returns (uint256 acc) {
        Pool memory p = _pool;
        (acc,,) = _advance(_rewardPerTokenStored, p, _min(block.timestamp, p.periodFinish));
    }

    /// @dev `account` with its rewards settled up to `acc`.
    function _settled(address account, uint256 acc) private view returns (Account memory a) {
        a = _accounts[account];
        if (a.balance == 0) return a;
        _credit(a, acc, _paid[account]);
    }

    /// @dev Settles `account` up to `acc` and records the snapshot; the caller writes the account back.
    function _settle(address account, uint256 acc) private returns (Account memory a) {
        a = _accounts[account];
        if (a.balance != 0) {
            uint256 paid = _paid[account];
            if (paid == acc) return a;
            _credit(a, acc, paid);
        } else if (acc == 0) {
            // Nothing has ever been streamed to stakers: the snapshot is already zero.
            return a;
        }
        _paid[account] = acc;
    }

    /// @dev Adds `a`'s accrual from `paid` to `acc` to its rewards, whole units in `rewards`, the rest in `remainder`.
    function _credit(Account memory a, uint256 acc, uint256 paid) private pure {
        uint256 scaled;
        unchecked {
            // Wrapping differences are exact; the product is what the account earned, at most the reserve × 1e36.
            scaled = uint256(a.balance) * (acc - paid) + a.remainder;
        }
        (uint256 units, uint256 remainder) = ScaledAccumulator.toUnits(scaled);
        a.rewards += _toReserve(units);
        a.remainder = SafeCast.toUint120(remainder);
    }

    /// @dev `a`'s stake has ended: its sub-unit remainder goes back to the pool, to be streamed again.
    function _release(Account memory a, Pool memory p) private pure {
        p.carry += a.remainder;
        a.remainder = 0;
    }

    function _stake(address account, uint256 amount) private {
        if (amount == 0) revert StakingRewards_ZeroAmount();
        IERC20 stakingToken_ = IERC20(_staking.stakingToken);
        // Pulled before any write (under `nonReentrant`), so a hook in the transfer sees the state as it was, never
        // half updated; credits what arrived (fee-on-transfer tokens).
        uint256 received = stakingToken_.pull(msg.sender, amount);
        if (received == 0) revert StakingRewards_ZeroAmount();
        (uint256 acc, Pool memory p) = _accrue();
        Account memory a = _settle(account, acc);
        uint256 total = p.totalStaked + received;
        if (total > MAX_STAKE) revert StakingRewards_StakeTooLarge(total, MAX_STAKE);
        p.totalStaked = SafeCast.toUint208(total);
        a.balance += SafeCast.toUint208(received);
        _pool = p;
        _accounts[account] = a;
        emit Staked(msg.sender, account, received);
    }

    /// @dev A reward amount as stored: never above the reserve, so never above MAX_AMOUNT.
    function _toReserve(uint256 amount) private pure returns (uint96) {
        return SafeCast.toUint96(amount);
    }

    function _revertNotCreator(address caller) internal pure override {
        revert StakingRewards_NotCreator(caller);
    }

    function _now() private view returns (uint32) {
        return SafeCast.toUint32(block.timestamp);
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
