// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StakingRewards} from "../../contracts/StakingRewards.sol";
import {IStakingRewards} from "../../contracts/interfaces/IStakingRewards.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {FreezableToken} from "../utils/mocks/FreezableToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

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
        assertEq(c.unallocated(), 10 days * (REWARD * PRECISION / PERIOD) / PRECISION);
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
        MockERC20 reward = new MockERC20("Low", "LOW", decimals);
        StakingRewards c = _launchCampaign(_config(address(lp), address(reward), 7 days, false), 0);
        reward.mint(creator, funding);
        vm.startPrank(creator);
        reward.approve(address(c), funding);
        c.notifyRewardAmount(funding);
        vm.stopPrank();

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
        uint256 paid;
        for (uint256 i; i < 3; ++i) {
            vm.prank(stakers[i]);
            c.exit();
            ++settlements;
            paid += reward.balanceOf(stakers[i]);
        }
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
}
