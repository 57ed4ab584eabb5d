// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IStakingRewards} from "../../contracts/interfaces/IStakingRewards.sol";
import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {FreezableToken} from "../utils/mocks/FreezableToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {ReentrantToken} from "../utils/mocks/ReentrantToken.sol";
import {StakingViewProbe} from "../utils/mocks/StakingViewProbe.sol";

/// @notice One named regression test per known pitfall of the Synthetix `StakingRewards` lineage, each showing the
/// failure mode is gone.
contract StakingRewardsRegressionTest is StakingBaseTest {
    uint256 internal constant AMOUNT = 100 ether;
    uint256 internal start;

    function setUp() public override {
        super.setUp();
        start = block.timestamp;
    }

    /// @notice Synthetix: rewards streamed while `totalSupply == 0` are lost forever. Here they are `unallocated`, and
    /// the next notification streams them again: a staker who arrives late still gets the whole funding.
    function test_Regression_RewardsWhileNothingStakedRollForward() public {
        StakingRewards c = _launchDefaultCampaign();
        vm.warp(start + 10 days);
        uint256 rate = REWARD * PRECISION / PERIOD;
        uint256 launchRest = (REWARD * PRECISION - rate * PERIOD) * PRECISION; // the rate's remainder, carried
        assertEq(c.unallocated(), (10 days * rate * PRECISION + launchRest) / 1e36);
        _fundAndStake(c, alice, AMOUNT);
        vm.warp(start + PERIOD);
        uint256 idle = c.unallocated();
        assertApproxEqAbs(idle, REWARD / 3, 1);
        vm.prank(creator);
        c.notifyRewardAmount(0); // schedules the idle third again, nothing new
        assertEq(c.unallocated(), 0);
        vm.warp(block.timestamp + PERIOD);
        vm.prank(alice);
        (, uint256 reward) = c.exit();
        assertApproxEqAbs(reward, REWARD, 3, "the late staker gets the whole funding");
    }

    /// @notice The other way out: the creator takes the idle rewards back instead of streaming them again.
    function test_Regression_RewardsWhileNothingStakedRecoverable() public {
        StakingRewards c = _launchDefaultCampaign();
        vm.warp(start + PERIOD + 1);
        uint256 before = alex.balanceOf(creator);
        vm.prank(creator);
        uint256 recovered = c.recoverERC20(address(alex));
        assertApproxEqAbs(recovered, REWARD, 1);
        assertEq(alex.balanceOf(creator), before + recovered);
    }

    /// @notice Synthetix: `rewardRate = reward / duration` truncates, so 999 units over 1,000 seconds stream nothing
    /// (and, for low-decimal tokens, large fractions are lost). Here the rate keeps 18 more decimals.
    function test_Regression_RateNotTruncated() public {
        MockERC20 usdc = new MockERC20("USD Coin", "USDC", 6);
        StakingRewards c = _launchCampaign(_config(address(lp), address(usdc), 1000, false), 0);
        usdc.mint(creator, 999);
        _fundAndStake(c, alice, AMOUNT);
        vm.startPrank(creator);
        usdc.approve(address(c), 999);
        c.notifyRewardAmount(999);
        vm.stopPrank();
        assertEq(999 / uint256(1000), 0, "the unscaled rate would be zero");
        assertEq(c.rewardRate(), 999 * PRECISION / 1000);
        vm.warp(block.timestamp + 1000);
        vm.prank(alice);
        assertEq(c.getReward(), 999, "every unit");
    }

    /// @notice Synthetix checks `rewardRate <= balanceOf(this) / duration`: with the staking token as reward token the
    /// staked tokens pass that check, so a notification can promise stakers' own deposits as rewards. Here funding is
    /// what is held above the stake and the reserve: nothing.
    function test_Regression_FundingCheckedAgainstOwed_SameToken() public {
        StakingRewards c = _launchCampaign(_config(address(alex), address(0), PERIOD, true), REWARD);
        vm.startPrank(alice);
        alex.approve(address(c), 1_000_000 ether);
        c.stake(1_000_000 ether);
        vm.stopPrank();
        vm.warp(start + PERIOD);
        assertEq(alex.balanceOf(address(c)), REWARD + 1_000_000 ether);
        vm.expectRevert(IStakingRewards.StakingRewards_ZeroRewardRate.selector);
        vm.prank(creator);
        c.notifyRewardAmount(0);

        vm.prank(alice);
        (uint256 amount, uint256 reward) = c.exit();
        assertEq(amount, 1_000_000 ether, "the whole stake comes back");
        assertApproxEqAbs(reward, REWARD, 1, "and the whole funding");
        assertLe(alex.balanceOf(address(c)), 1);
    }

    /// @notice The same check against rewards earned but not yet claimed: after a period ends, unclaimed rewards are
    /// not funding for the next one (Synthetix's balance check would count them again).
    function test_Regression_FundingCheckedAgainstOwed_UnclaimedRewards() public {
        StakingRewards c = _launchDefaultCampaign();
        _fundAndStake(c, alice, AMOUNT);
        vm.warp(start + PERIOD);
        assertApproxEqAbs(c.rewardsOwed(), REWARD, 1);
        vm.expectRevert(IStakingRewards.StakingRewards_ZeroRewardRate.selector);
        vm.prank(creator);
        c.notifyRewardAmount(0);
        _notify(c, 1000 ether);
        assertEq(c.rewardRate(), 1000 ether * PRECISION / PERIOD, "only the new tokens are streamed");
    }

    /// @notice Synthetix lets the rewards distributor (or, in forks, anyone) notify; a dust notification restarts the
    /// period at the old remainder spread over a full duration, diluting the rate. Only the creator can notify here.
    function test_Regression_OnlyCreatorCanNotify() public {
        StakingRewards c = _launchDefaultCampaign();
        vm.warp(start + 20 days);
        uint256 rate = c.rewardRate();
        uint256 finish = c.periodFinish();
        vm.startPrank(bob);
        alex.approve(address(c), 1);
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NotCreator.selector, bob));
        c.notifyRewardAmount(1);
        vm.stopPrank();
        vm.prank(alice);
        assertTrue(alex.transfer(address(c), 1)); // a dust donation changes nothing either
        assertEq(c.rewardRate(), rate);
        assertEq(c.periodFinish(), finish);
    }

    /// @notice `recoverERC20` in the same-token campaign: it takes the donation and the unallocated rewards, never a
    /// staked token nor a reward earned or still to be streamed; afterwards every staker is paid in full.
    function test_Regression_RecoverNeverTouchesStakedOrOwed() public {
        StakingRewards c = _launchCampaign(_config(address(alex), address(0), PERIOD, true), REWARD);
        vm.warp(start + 3 days); // three idle days
        vm.startPrank(alice);
        alex.approve(address(c), 500_000 ether);
        c.stake(500_000 ether);
        assertTrue(alex.transfer(address(c), 42 ether));
        vm.stopPrank();
        vm.warp(start + 10 days);
        uint256 idle = c.unallocated();
        vm.prank(creator);
        assertEq(c.recoverERC20(address(alex)), 42 ether + idle);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NothingToRecover.selector, address(alex)));
        c.recoverERC20(address(alex));

        vm.warp(start + PERIOD);
        vm.prank(alice);
        (uint256 amount, uint256 reward) = c.exit();
        assertEq(amount, 500_000 ether);
        assertApproxEqAbs(reward, REWARD - idle, 2);
        assertLe(alex.balanceOf(address(c)), 2);
    }

    /// @notice Synthetix credits `amount`; a fee-on-transfer token delivers less, so the last staker out cannot
    /// withdraw. Here the stake is what arrived.
    function test_Regression_FeeOnTransferStakeCreditsReceived() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100); // 1%
        StakingRewards c = _launchCampaign(_config(address(fot), address(0), PERIOD, true), REWARD);
        address[2] memory stakers = [alice, bob];
        for (uint256 i; i < 2; ++i) {
            fot.mint(stakers[i], AMOUNT);
            vm.startPrank(stakers[i]);
            fot.approve(address(c), AMOUNT);
            c.stake(AMOUNT);
            vm.stopPrank();
            assertEq(c.balanceOf(stakers[i]), AMOUNT * 99 / 100);
        }
        assertEq(c.totalSupply(), fot.balanceOf(address(c)));
        for (uint256 i; i < 2; ++i) {
            vm.prank(stakers[i]);
            c.withdraw(AMOUNT * 99 / 100);
        }
        assertEq(fot.balanceOf(address(c)), 0);
        assertEq(c.totalSupply(), 0);
    }

    /// @notice With 6- and 2-decimal reward tokens and 18-decimal stakes of very different sizes, everything streamed
    /// is paid out except less than one unit per settlement (stake, withdraw, claim, exit) plus one per notification;
    /// nothing is lost to the accumulator's division.
    function test_Regression_LowDecimalRewardRoundingBound() public {
        _checkRoundingBound(6, 1000 * 1e6);
        _checkRoundingBound(2, 1000 * 1e2);
        _checkRoundingBound(2, 7);
    }

    function _checkRoundingBound(uint8 decimals, uint256 funding) internal {
        vm.warp(start);
        (StakingRewards c, MockERC20 reward) = _lowDecimalCampaign(decimals, funding, 7 days);

        address[3] memory stakers = [alice, bob, makeAddr("carol")];
        uint256[3] memory amounts = [uint256(1), 333 ether + 7, 1_000_000 ether];
        uint256 settlements;
        for (uint256 i; i < 3; ++i) {
            _fundAndStake(c, stakers[i], amounts[i]);
            ++settlements;
        }
        for (uint256 step = 1; step <= 20; ++step) {
            vm.warp(start + step * 7 hours + 13);
            address who = stakers[step % 3];
            vm.prank(who);
            c.getReward();
            ++settlements;
        }
        vm.warp(start + 7 days);
        uint256 paid = _exitAll(c, reward, stakers);
        settlements += 3;
        uint256 lost = funding - paid;
        assertLe(lost, settlements + 1, "at most one unit per settlement plus one per notification");
        assertEq(reward.balanceOf(address(c)), lost, "what was not paid is still in the campaign");
        assertEq(c.rewardReserve(), lost);
    }

    /// @notice A frozen (blocklisted) reward token must never lock stakes: withdraw and emergencyWithdraw never call
    /// it, and the rewards wait until it is unfrozen.
    function test_Regression_FrozenRewardTokenNeverLocksStake() public {
        FreezableToken frozen = new FreezableToken();
        StakingRewards c = _launchCampaign(_config(address(lp), address(frozen), PERIOD, false), 0);
        frozen.mint(address(c), REWARD);
        vm.prank(creator);
        c.notifyRewardAmount(0);
        _fundAndStake(c, alice, AMOUNT);
        _fundAndStake(c, bob, AMOUNT);
        vm.warp(start + 10 days);
        frozen.setBlocked(address(c), true);

        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(FreezableToken.FreezableToken_Blocked.selector, address(c)));
        c.getReward();

        uint256 earned = c.earned(alice);
        vm.prank(alice);
        c.withdraw(AMOUNT);
        assertEq(lp.balanceOf(alice), AMOUNT, "withdrawn while the reward token is frozen");
        assertEq(c.earned(alice), earned, "rewards kept");

        vm.prank(bob);
        assertEq(c.emergencyWithdraw(), AMOUNT);
        assertEq(lp.balanceOf(bob), AMOUNT);

        frozen.setBlocked(address(c), false);
        vm.prank(alice);
        assertEq(c.getReward(), earned, "paid once unfrozen");
    }

    // ---------------------------------------------------------------- hardening (issue 11)

    /// @notice Idle rewards were floored at every update and the remainder dropped, and anyone can trigger an update
    /// for free: a 0-decimal, 500-unit, 30-day campaign poked hourly by an empty account's `exit()` ended with 0 of 500
    /// unallocated, the 500 stuck (neither recoverable nor notifiable). The idle remainder is carried now.
    function test_Regression_IdleRewardsSurviveFreePokes_ZeroDecimals() public {
        (StakingRewards c, MockERC20 reward) = _lowDecimalCampaign(0, 500, PERIOD);
        address poker = makeAddr("poker");
        for (uint256 t = 1 hours; t <= PERIOD; t += 1 hours) {
            vm.warp(start + t);
            vm.prank(poker);
            c.exit();
        }
        assertEq(c.unallocated(), 500, "all 500 unallocated");
        assertEq(c.rewardsOwed(), 0, "owed to no one");
        vm.prank(creator);
        assertEq(c.recoverERC20(address(reward)), 500, "all 500 recoverable");
        assertEq(reward.balanceOf(address(c)), 0);
        assertEq(c.rewardReserve(), 0);
    }

    /// @notice The same with a 2-decimal token (1,000.00 over 30 days) poked every 12 seconds: six hours stream 833
    /// units, which used to be lost entirely; now the poked campaign holds exactly what an untouched twin holds.
    function test_Regression_IdleRewardsSurviveFreePokes_TwoDecimals() public {
        (StakingRewards c,) = _lowDecimalCampaign(2, 100_000, PERIOD);
        (StakingRewards twin,) = _lowDecimalCampaign(2, 100_000, PERIOD);
        address poker = makeAddr("poker");
        for (uint256 t = 12; t <= 6 hours; t += 12) {
            vm.warp(start + t);
            vm.prank(poker);
            c.exit();
        }
        assertEq(twin.unallocated(), 833);
        assertEq(c.unallocated(), twin.unallocated(), "the pokes destroyed nothing");
        // And the next staker still gets the rest of the period.
        _fundAndStake(c, alice, AMOUNT);
        vm.warp(start + PERIOD);
        vm.prank(alice);
        (, uint256 paid) = c.exit();
        assertApproxEqAbs(paid + c.unallocated(), 100_000, 1);
    }

    /// @notice An account with nothing staked and nothing owed can call `exit()`; it writes nothing at all.
    function test_Regression_EmptyExitChangesNothing() public {
        (StakingRewards c,) = _lowDecimalCampaign(0, 500, PERIOD);
        _fundAndStake(c, alice, AMOUNT);
        vm.warp(start + 1 hours);
        vm.record();
        vm.prank(makeAddr("poker"));
        (uint256 amount, uint256 reward) = c.exit();
        (, bytes32[] memory writes) = vm.accesses(address(c));
        assertEq(amount, 0);
        assertEq(reward, 0);
        assertEq(writes.length, 0, "an empty exit wrote storage");
    }

    /// @notice A third party could grind a passive staker's rewards away: `stakeFor(victim, 1 wei)` every hour settled
    /// the victim and floored each settlement, so with a 0-decimal reward the victim ended with 0 of 500, all stuck.
    /// Each account's accrual now keeps its sub-unit remainder: the victim gets what an untouched twin gets, within
    /// one unit, and the last unit is not stuck either.
    function test_Regression_StakeForGrindingCannotTakePassiveRewards() public {
        (StakingRewards c, MockERC20 reward) = _lowDecimalCampaign(0, 500, PERIOD);
        (StakingRewards twin,) = _lowDecimalCampaign(0, 500, PERIOD);
        _fundAndStake(c, alice, AMOUNT);
        _fundAndStake(twin, alice, AMOUNT);
        address griefer = makeAddr("griefer");
        lp.mint(griefer, PERIOD / 1 hours);
        vm.prank(griefer);
        lp.approve(address(c), type(uint256).max);
        for (uint256 t = 1 hours; t <= PERIOD; t += 1 hours) {
            vm.warp(start + t);
            vm.prank(griefer);
            c.stakeFor(alice, 1);
        }
        vm.startPrank(alice);
        (, uint256 ground) = c.exit();
        (, uint256 untouched) = twin.exit();
        vm.stopPrank();
        assertGe(untouched, 499);
        assertApproxEqAbs(ground, untouched, 1, "the victim keeps its rewards");
        // Nothing stuck: whatever was not paid is unallocated and comes back to the creator.
        assertEq(c.rewardsOwed(), 0, "owed to no one");
        assertEq(c.unallocated(), 500 - ground);
        if (ground < 500) {
            vm.prank(creator);
            assertEq(c.recoverERC20(address(reward)), 500 - ground);
        }
        assertEq(reward.balanceOf(address(c)), 0);
    }

    /// @notice Read-only reentrancy: `stake` wrote the accumulator before pulling a hook-bearing staking token and the
    /// pool after, so during the transfer `earned` (and `rewardPerToken`) counted the elapsed stream twice. Views read
    /// from inside the hook now equal those read just before the call.
    function test_Regression_ViewsConsistentDuringStakeTransferHook() public {
        ReentrantToken hook = new ReentrantToken();
        StakingRewards c = _launchCampaign(_config(address(hook), address(0), PERIOD, true), REWARD);
        StakingViewProbe probe = new StakingViewProbe();
        address[2] memory stakers = [alice, bob];
        for (uint256 i; i < 2; ++i) {
            hook.mint(stakers[i], 2 * AMOUNT);
            vm.startPrank(stakers[i]);
            hook.approve(address(c), 2 * AMOUNT);
            c.stake(AMOUNT);
            vm.stopPrank();
        }
        vm.warp(start + 1 days);
        StakingViewProbe.Views memory before = probe.read(c, bob);
        assertGt(before.earned, 0);
        hook.arm(address(probe), abi.encodeCall(StakingViewProbe.record, (c, bob)));
        vm.prank(alice);
        c.stake(AMOUNT);
        assertTrue(hook.reentrySucceeded());
        _assertSeenAsBefore(probe, before);
        assertEq(probe.seen().rewardsOwed, before.rewardsOwed, "rewardsOwed mid-transfer");
        assertEq(c.earned(bob), before.earned, "and after");
    }

    /// @notice The same during `notifyRewardAmount` pulling a hook-bearing reward token: the accumulator was written
    /// before the pull and the pool after.
    function test_Regression_ViewsConsistentDuringNotifyTransferHook() public {
        ReentrantToken hook = new ReentrantToken();
        StakingRewards c = _launchCampaign(_config(address(lp), address(hook), PERIOD, false), 0);
        StakingViewProbe probe = new StakingViewProbe();
        hook.mint(creator, 2 * REWARD);
        vm.startPrank(creator);
        hook.approve(address(c), 2 * REWARD);
        c.notifyRewardAmount(REWARD);
        vm.stopPrank();
        _fundAndStake(c, alice, AMOUNT);
        vm.warp(start + 1 days);
        StakingViewProbe.Views memory before = probe.read(c, alice);
        hook.arm(address(probe), abi.encodeCall(StakingViewProbe.record, (c, alice)));
        vm.prank(creator);
        c.notifyRewardAmount(REWARD);
        assertTrue(hook.reentrySucceeded());
        _assertSeenAsBefore(probe, before);
        assertEq(c.earned(alice), before.earned, "and after");
    }

    /// @notice The stake was capped at 2^96 while a personal token's supply may reach 2^208 - 1: one large stake
    /// blocked every other staker. The stake cap is now the personal token's supply cap: a max-supply personal token
    /// can be staked by several stakers, each paid pro rata (within the documented bound for stakes above 1e36 units)
    /// and nothing stuck.
    function test_Regression_MaxSupplyPersonalTokenStakedBySeveral() public {
        uint256 supply = type(uint208).max;
        (PersonalToken big,) = _launch(_plainParams(supply));
        uint256 funding = type(uint96).max;
        StakingRewards c = _launchCampaignFor(big, _config(address(big), address(0), PERIOD, true), funding);
        address[3] memory stakers = [alice, bob, makeAddr("carol")];
        uint256 each = (supply - funding) / 3;
        for (uint256 i; i < 3; ++i) {
            vm.prank(creator);
            assertTrue(big.transfer(stakers[i], each));
            vm.startPrank(stakers[i]);
            big.approve(address(c), each);
            c.stake(each);
            vm.stopPrank();
        }
        assertEq(c.totalSupply(), 3 * each);
        vm.warp(start + PERIOD);
        uint256 bound = c.totalSupply() / 1e36 + 1;
        uint256 paid;
        for (uint256 i; i < 3; ++i) {
            vm.prank(stakers[i]);
            (uint256 amount, uint256 reward) = c.exit();
            assertEq(amount, each);
            assertApproxEqAbs(reward, funding / 3, bound, "pro rata");
            paid += reward;
        }
        assertEq(c.rewardsOwed(), 0, "owed to no one");
        assertEq(c.rewardReserve(), funding - paid);
        assertEq(c.unallocated(), funding - paid, "the rest comes back to the creator");
    }

    /// @dev What `probe` saw mid-transfer (earned and reward per token) is what it read `before`.
    function _assertSeenAsBefore(StakingViewProbe probe, StakingViewProbe.Views memory before) internal view {
        StakingViewProbe.Views memory mid = probe.seen();
        assertEq(mid.earned, before.earned, "earned mid-transfer");
        assertEq(mid.rewardPerToken, before.rewardPerToken, "rewardPerToken mid-transfer");
    }
}
