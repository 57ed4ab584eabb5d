// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StakingRewards} from "../../../contracts/modules/StakingRewards.sol";
import {MockERC20} from "../../utils/mocks/MockERC20.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives one {StakingRewards} campaign (18-decimal staking token, reward token of any decimals) through every
/// action with bounded, never-reverting calls, including a griefer's: `stakeFor` of a few wei to settle someone else,
/// and `exit` from an account with nothing in the campaign, each as often as the fuzzer likes, a few seconds apart.
/// Keeps a ledger: what each actor staked, what was funded, paid, donated and recovered.
/// @dev Preconditions are checked against the ledger, never the campaign's own views: a revert means the campaign
/// refused something it must allow.
contract StakingRewardsHandler is BaseHandler {
    uint256 public constant MAX_STAKE = 1e28; // 10 billion tokens of 18 decimals
    uint256 public constant MAX_WARP = 5 days;
    uint256 public constant MAX_TICK = 10 minutes;
    uint256 public constant MAX_GRIND = 1000; // wei of the staking token per griefing stake

    StakingRewards public immutable campaign;
    MockERC20 public immutable stakingToken;
    MockERC20 public immutable rewardToken;
    address public immutable creator;
    /// @notice An account that never stakes: its `exit()` is a free update anyone can trigger.
    address public immutable poker;
    /// @notice One whole reward token; each notification funds 1 to 100 million of them.
    uint256 public immutable unit;

    // Ledger.
    mapping(address actor => uint256) public ghostStake;
    uint256 public ghostTotalStaked;
    /// @notice Reward tokens credited to the program (launch funding + notifications).
    uint256 public ghostFunded;
    uint256 public ghostPaid;
    /// @notice Unallocated rewards (idle stream, forfeits) the creator took back.
    uint256 public ghostRecoveredRewards;
    uint256 public ghostStakingSurplus;
    uint256 public ghostRewardSurplus;

    constructor(StakingRewards campaign_, address creator_, address[] memory actors_, uint256 launchFunding) {
        campaign = campaign_;
        stakingToken = MockERC20(campaign_.stakingToken());
        rewardToken = MockERC20(campaign_.rewardToken());
        creator = creator_;
        poker = makeAddr("poker");
        unit = 10 ** rewardToken.decimals();
        ghostFunded = launchFunding;
        _setActors(actors_);
    }

    // ---------------------------------------------------------------- stakers

    function stake(uint256 actorSeed, uint256 amount) external {
        address actor = _actor(actorSeed);
        if (_skip(ghostTotalStaked >= MAX_STAKE, "stakeSkipped")) return;
        _stake(actor, actor, _bound(amount, 1, MAX_STAKE - ghostTotalStaked), false, "stake");
    }

    function stakeFor(uint256 payerSeed, uint256 accountSeed, uint256 amount) external {
        address payer = _actor(payerSeed);
        address account = _actor(accountSeed);
        if (_skip(ghostTotalStaked >= MAX_STAKE, "stakeForSkipped")) return;
        _stake(payer, account, _bound(amount, 1, MAX_STAKE - ghostTotalStaked), true, "stakeFor");
    }

    function withdraw(uint256 actorSeed, uint256 amount) external {
        address actor = _actor(actorSeed);
        uint256 staked = ghostStake[actor];
        if (_skip(staked == 0, "withdrawSkipped")) return;
        amount = _bound(amount, 1, staked);
        uint256 rewardBefore = rewardToken.balanceOf(actor);
        vm.prank(actor);
        campaign.withdraw(amount);
        assertEq(rewardToken.balanceOf(actor), rewardBefore, "withdraw paid a reward");
        ghostStake[actor] -= amount;
        ghostTotalStaked -= amount;
        ++calls["withdraw"];
    }

    function getReward(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        uint256 expected = campaign.earned(actor);
        vm.prank(actor);
        uint256 paid = campaign.getReward();
        assertEq(paid, expected, "getReward != earned");
        ghostPaid += paid;
        ++calls["getReward"];
    }

    function exit(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        uint256 expected = campaign.earned(actor);
        vm.prank(actor);
        (uint256 amount, uint256 reward) = campaign.exit();
        assertEq(amount, ghostStake[actor], "exit amount");
        assertEq(reward, expected, "exit reward != earned");
        ghostTotalStaked -= amount;
        ghostStake[actor] = 0;
        ghostPaid += reward;
        ++calls["exit"];
    }

    function emergencyWithdraw(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        uint256 staked = ghostStake[actor];
        if (_skip(staked == 0, "emergencyWithdrawSkipped")) return;
        uint256 rewardBefore = rewardToken.balanceOf(actor);
        vm.prank(actor);
        assertEq(campaign.emergencyWithdraw(), staked);
        assertEq(rewardToken.balanceOf(actor), rewardBefore, "emergency withdraw paid a reward");
        assertEq(campaign.earned(actor), 0, "forfeited");
        ghostTotalStaked -= staked;
        ghostStake[actor] = 0;
        ++calls["emergencyWithdraw"];
    }

    // ---------------------------------------------------------------- creator

    function notify(uint256 amount, bool push) external {
        amount = _bound(amount, unit, 1e8 * unit);
        bool overMax = campaign.rewardReserve() + ghostRewardSurplus + amount > campaign.MAX_AMOUNT();
        if (_skip(overMax, "notifySkipped")) return;
        rewardToken.mint(creator, amount);
        vm.startPrank(creator);
        if (push) {
            assertTrue(rewardToken.transfer(address(campaign), amount));
            campaign.notifyRewardAmount(0);
        } else {
            rewardToken.approve(address(campaign), amount);
            campaign.notifyRewardAmount(amount);
        }
        vm.stopPrank();
        // Donations made earlier are credited too.
        ghostFunded += amount + ghostRewardSurplus;
        ghostRewardSurplus = 0;
        ++calls["notify"];
    }

    function recover(bool rewardSide) external {
        uint256 expected = rewardSide ? ghostRewardSurplus + campaign.unallocated() : ghostStakingSurplus;
        if (_skip(expected == 0, "recoverSkipped")) return;
        address asset = rewardSide ? address(rewardToken) : address(stakingToken);
        vm.prank(creator);
        assertEq(campaign.recoverERC20(asset), expected, "recovered != surplus");
        if (rewardSide) {
            ghostRecoveredRewards += expected - ghostRewardSurplus;
            ghostRewardSurplus = 0;
        } else {
            ghostStakingSurplus = 0;
        }
        ++calls["recover"];
    }

    // ---------------------------------------------------------------- anyone

    function donate(uint256 amount, bool rewardSide) external {
        amount = _bound(amount, 1, 1e24);
        if (rewardSide) {
            rewardToken.mint(address(campaign), amount);
            ghostRewardSurplus += amount;
        } else {
            stakingToken.mint(address(campaign), amount);
            ghostStakingSurplus += amount;
        }
        ++calls["donate"];
    }

    /// @notice A griefer stakes a few wei for `account`, settling it (and updating the pool) at no real cost.
    function grind(uint256 accountSeed, uint256 amount) external {
        address account = _actor(accountSeed);
        if (_skip(ghostTotalStaked + MAX_GRIND > MAX_STAKE, "grindSkipped")) return;
        _stake(poker, account, _bound(amount, 1, MAX_GRIND), true, "grind");
    }

    /// @notice `exit()` from an account with nothing staked and nothing owed: returns zeros, changes nothing.
    function pokeEmpty() external {
        uint256 unallocatedBefore = campaign.unallocated();
        uint256 owedBefore = campaign.rewardsOwed();
        vm.prank(poker);
        (uint256 amount, uint256 reward) = campaign.exit();
        assertEq(amount, 0, "empty exit withdrew");
        assertEq(reward, 0, "empty exit paid");
        assertEq(campaign.unallocated(), unallocatedBefore, "empty exit moved unallocated");
        assertEq(campaign.rewardsOwed(), owedBefore, "empty exit moved owed");
        ++calls["pokeEmpty"];
    }

    /// @notice A few seconds to minutes: many small updates, where flooring used to lose the most.
    function tick(uint256 seconds_) external {
        vm.warp(block.timestamp + _bound(seconds_, 1, MAX_TICK));
        ++calls["tick"];
    }

    function warp(uint256 seconds_) external {
        _warpBy(seconds_, 0, MAX_WARP);
    }

    /// @dev `payer` is given `amount` staking tokens, approves them and stakes them for `account` (with `stakeFor`,
    /// or with `stake` for itself), and the ledger follows; counts `action`.
    function _stake(address payer, address account, uint256 amount, bool viaStakeFor, string memory action) internal {
        stakingToken.mint(payer, amount);
        vm.startPrank(payer);
        stakingToken.approve(address(campaign), amount);
        if (viaStakeFor) campaign.stakeFor(account, amount);
        else campaign.stake(amount);
        vm.stopPrank();
        ghostStake[account] += amount;
        ghostTotalStaked += amount;
        ++calls[action];
    }
}
