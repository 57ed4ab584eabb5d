// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IStakingRewards} from "../../contracts/interfaces/IStakingRewards.sol";
import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {ReentrantToken} from "../utils/mocks/ReentrantToken.sol";

/// @notice Unit tests for {StakingRewards}: every function's success path and every error, on the default campaign
/// (stake the LP stand-in, earn ALEX: 300,000 over 30 days from launch, added after launch via `launchModule`).
contract StakingRewardsTest is StakingBaseTest {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint256 internal constant AMOUNT = 100 ether;

    StakingRewards internal campaign;
    uint256 internal start;

    function setUp() public override {
        super.setUp();
        start = block.timestamp;
        campaign = _launchDefaultCampaign();
    }

    function _rate() internal pure returns (uint256) {
        return REWARD * PRECISION / PERIOD;
    }

    /// @dev The default launch's rate remainder in scaled units (reward units × 1e36), carried into the first update.
    function _launchRest() internal pure returns (uint256) {
        return (REWARD * PRECISION - _rate() * PERIOD) * 1e18;
    }

    /// @dev What the first `seconds_` of the default stream pay in scaled units (with the launch remainder).
    function _scaledStream(uint256 seconds_) internal pure returns (uint256) {
        return seconds_ * _rate() * 1e18 + _launchRest();
    }

    /// @dev What the first `seconds_` of the default stream pay, floored.
    function _streamed(uint256 seconds_) internal pure returns (uint256) {
        return _scaledStream(seconds_) / 1e36;
    }

    function _clone() internal returns (StakingRewards) {
        return StakingRewards(Clones.clone(address(stakingImpl)));
    }

    // ---------------------------------------------------------------- initialization

    function test_Initialize_StartsThePeriodAtLaunch() public view {
        assertEq(campaign.token(), address(alex));
        assertEq(campaign.creator(), creator);
        assertEq(campaign.stakingToken(), address(lp));
        assertEq(campaign.rewardToken(), address(alex), "zero reward token means the personal token");
        assertEq(campaign.rewardsDuration(), PERIOD);
        assertEq(campaign.rewardRate(), _rate());
        assertEq(campaign.periodFinish(), start + PERIOD);
        assertEq(campaign.lastTimeRewardApplicable(), start);
        assertEq(campaign.rewardReserve(), REWARD);
        assertEq(campaign.unallocated(), 0);
        assertEq(campaign.remainingRewards(), REWARD - 1, "at most one unit below the funding");
        assertEq(campaign.getRewardForDuration(), REWARD - 1);
        assertEq(campaign.rewardsOwed(), 1);
        assertEq(campaign.totalSupply(), 0);
        assertEq(alex.balanceOf(address(campaign)), REWARD);
        assertEq(factory.moduleTokenOf(address(campaign)), address(alex));
    }

    function test_Initialize_WithoutStart_KeepsFundingUnallocated() public {
        StakingRewards c = _launchCampaign(_config(address(lp), address(0), PERIOD, false), REWARD);
        assertEq(c.rewardRate(), 0);
        assertEq(c.periodFinish(), 0);
        assertEq(c.unallocated(), REWARD);
        assertEq(c.rewardReserve(), REWARD);
        assertEq(c.remainingRewards(), 0);
        assertEq(c.lastTimeRewardApplicable(), 0);

        vm.warp(block.timestamp + 1 days);
        vm.prank(creator);
        c.notifyRewardAmount(0);
        assertEq(c.unallocated(), 0);
        assertEq(c.rewardRate(), _rate());
        assertEq(c.periodFinish(), block.timestamp + PERIOD);
    }

    function test_Initialize_OtherRewardTokenUnfunded() public {
        MockERC20 usdc = new MockERC20("USD Coin", "USDC", 6);
        StakingRewards c = _launchCampaign(_config(address(alex), address(usdc), 7 days, false), 0);
        assertEq(c.rewardToken(), address(usdc));
        assertEq(c.stakingToken(), address(alex));
        assertEq(c.rewardReserve(), 0);
    }

    /// @notice Launched with the token, funded from the supply; the LP pair does not exist yet, so the staking token
    /// is just an address (never called at launch).
    function test_Initialize_AtLaunch_FundedFromSupply() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALEX-2");
        p.allocations[0].amount -= REWARD;
        address predictedPair = makeAddr("ALEX-WETH pair, not deployed yet");
        (address t, address module) = _launchWithModule(
            p,
            IPersonalTokenFactory.ModuleParams({
                implementation: address(stakingImpl),
                tokenAmount: REWARD,
                data: abi.encode(_config(predictedPair, address(0), PERIOD, false))
            })
        );
        StakingRewards c = StakingRewards(module);
        assertEq(c.token(), t);
        assertEq(c.stakingToken(), predictedPair);
        assertEq(c.unallocated(), REWARD);
        assertEq(factory.moduleCountOf(t), 1);
    }

    function test_RevertWhen_InitializedTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        campaign.initializeModule(address(alex), alice, 0, abi.encode(_config(address(lp), address(0), PERIOD, false)));
    }

    function test_RevertWhen_ImplementationInitialized() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        stakingImpl.initializeModule(address(alex), alice, 0, abi.encode(_config(address(lp), address(0), 1, false)));
    }

    function _expectInvalidConfig(IStakingRewards.Config memory c, uint256 tokenAmount, bytes memory err) internal {
        StakingRewards clone = _clone();
        vm.expectRevert(err);
        clone.initializeModule(address(alex), creator, tokenAmount, abi.encode(c));
    }

    function test_RevertWhen_Config_ZeroStakingToken() public {
        _expectInvalidConfig(
            _config(address(0), address(0), PERIOD, false),
            0,
            abi.encodeWithSelector(IStakingRewards.StakingRewards_ZeroStakingToken.selector)
        );
    }

    function test_RevertWhen_Config_ZeroDuration() public {
        _expectInvalidConfig(
            _config(address(lp), address(0), 0, false),
            0,
            abi.encodeWithSelector(IStakingRewards.StakingRewards_DurationOutOfRange.selector, 0, 10 * 365 days)
        );
    }

    function test_RevertWhen_Config_DurationTooLong() public {
        _expectInvalidConfig(
            _config(address(lp), address(0), 10 * 365 days + 1, false),
            0,
            abi.encodeWithSelector(
                IStakingRewards.StakingRewards_DurationOutOfRange.selector, 10 * 365 days + 1, 10 * 365 days
            )
        );
    }

    function test_RevertWhen_Config_FundedButRewardIsAnotherToken() public {
        _expectInvalidConfig(
            _config(address(lp), address(lp), PERIOD, false),
            1,
            abi.encodeWithSelector(
                IStakingRewards.StakingRewards_FundedRewardNotToken.selector, address(lp), address(alex)
            )
        );
    }

    function test_RevertWhen_Config_StartWithoutFunding() public {
        _expectInvalidConfig(
            _config(address(lp), address(0), PERIOD, true),
            0,
            abi.encodeWithSelector(IStakingRewards.StakingRewards_StartWithoutFunding.selector)
        );
    }

    function test_RevertWhen_Config_FundingNotHeld() public {
        _expectInvalidConfig(
            _config(address(lp), address(0), PERIOD, true),
            1,
            abi.encodeWithSelector(IStakingRewards.StakingRewards_FundingNotReceived.selector, 1, 0)
        );
    }

    function test_RevertWhen_Config_FundingTooLarge() public {
        StakingRewards clone = _clone();
        uint256 tooMuch = uint256(type(uint96).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakingRewards.StakingRewards_RewardTooLarge.selector, tooMuch, uint256(type(uint96).max)
            )
        );
        clone.initializeModule(address(alex), creator, tooMuch, abi.encode(_config(address(lp), address(0), 1, true)));
    }

    // ---------------------------------------------------------------- stake

    function test_Stake_CreditsBalanceAndTotal() public {
        _fundAndApprove(campaign, alice, AMOUNT);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.Staked(alice, alice, AMOUNT);
        vm.prank(alice);
        campaign.stake(AMOUNT);
        assertEq(campaign.balanceOf(alice), AMOUNT);
        assertEq(campaign.totalSupply(), AMOUNT);
        assertEq(lp.balanceOf(address(campaign)), AMOUNT);
        assertEq(lp.balanceOf(alice), 0);
    }

    function test_Stake_EarnsTheWholeStreamAlone() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 1 days);
        assertApproxEqAbs(campaign.earned(alice), _streamed(1 days), 1);
        assertEq(campaign.rewardPerToken(), _scaledStream(1 days) / AMOUNT);
    }

    function test_Stake_SecondStakeKeepsEarnedRewards() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 1 days);
        _fundAndStake(campaign, alice, AMOUNT);
        assertApproxEqAbs(campaign.earned(alice), _streamed(1 days), 1);
        vm.warp(start + 2 days);
        assertApproxEqAbs(campaign.earned(alice), _streamed(2 days), 1);
    }

    function test_StakeFor_CreditsTheAccountPaidByTheCaller() public {
        _fundAndApprove(campaign, alice, AMOUNT);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.Staked(alice, bob, AMOUNT);
        vm.prank(alice);
        campaign.stakeFor(bob, AMOUNT);
        assertEq(campaign.balanceOf(bob), AMOUNT);
        assertEq(campaign.balanceOf(alice), 0);
        vm.warp(start + 1 days);
        vm.prank(alice);
        assertEq(campaign.getReward(), 0, "the payer earns nothing");
        vm.prank(bob);
        campaign.exit();
        assertEq(lp.balanceOf(bob), AMOUNT, "only the account withdraws");
        assertApproxEqAbs(alex.balanceOf(bob), _streamed(1 days), 1);
    }

    function test_RevertWhen_StakeForZeroAccount() public {
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_InvalidAccount.selector, address(0)));
        campaign.stakeFor(address(0), AMOUNT);
    }

    function test_RevertWhen_StakeZero() public {
        vm.expectRevert(IStakingRewards.StakingRewards_ZeroAmount.selector);
        campaign.stake(0);
    }

    function test_RevertWhen_StakeCreditsNothing() public {
        FeeOnTransferToken allFee = new FeeOnTransferToken(10_000);
        StakingRewards c = _launchCampaign(_config(address(allFee), address(0), PERIOD, true), REWARD);
        allFee.mint(alice, AMOUNT);
        vm.startPrank(alice);
        allFee.approve(address(c), AMOUNT);
        vm.expectRevert(IStakingRewards.StakingRewards_ZeroAmount.selector);
        c.stake(AMOUNT);
        vm.stopPrank();
    }

    function test_RevertWhen_StakeTooLarge() public {
        uint256 max = type(uint208).max;
        assertEq(campaign.MAX_STAKE(), max, "the personal token's supply cap");
        _fundAndStake(campaign, alice, max);
        lp.mint(bob, 1);
        vm.startPrank(bob);
        lp.approve(address(campaign), 1);
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_StakeTooLarge.selector, max + 1, max));
        campaign.stake(1);
        vm.stopPrank();
    }

    function test_RevertWhen_StakeReentered() public {
        ReentrantToken hook = new ReentrantToken();
        StakingRewards c = _launchCampaign(_config(address(hook), address(0), PERIOD, true), REWARD);
        hook.mint(alice, 2 * AMOUNT);
        vm.startPrank(alice);
        hook.approve(address(c), 2 * AMOUNT);
        hook.arm(address(c), abi.encodeCall(IStakingRewards.stake, (AMOUNT)));
        c.stake(AMOUNT);
        vm.stopPrank();
        assertTrue(hook.reentered());
        assertFalse(hook.reentrySucceeded(), "re-entering stake must revert");
        assertEq(c.balanceOf(alice), AMOUNT);
        assertEq(c.totalSupply(), AMOUNT);
    }

    // ---------------------------------------------------------------- permit (staking the token itself)

    function _permit(StakingRewards c, uint256 key, address owner, uint256 amount, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, address(c), amount, alex.nonces(owner), deadline));
        (v, r, s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", alex.DOMAIN_SEPARATOR(), structHash)));
    }

    /// @dev A campaign staking ALEX itself, and a holder of AMOUNT ALEX who signed a permit for all of it to the
    /// campaign, valid for an hour.
    function _signedPermit()
        internal
        returns (StakingRewards c, address holder, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
    {
        c = _launchCampaign(_config(address(alex), address(0), PERIOD, true), REWARD);
        uint256 key;
        (holder, key) = makeAddrAndKey("permit holder");
        vm.prank(alice);
        assertTrue(alex.transfer(holder, AMOUNT));
        deadline = block.timestamp + 1 hours;
        (v, r, s) = _permit(c, key, holder, AMOUNT, deadline);
    }

    function test_StakeWithPermit_StakesTheTokenInOneCall() public {
        (StakingRewards c, address holder, uint256 deadline, uint8 v, bytes32 r, bytes32 s) = _signedPermit();
        vm.prank(holder);
        c.stakeWithPermit(AMOUNT, deadline, v, r, s);
        assertEq(c.balanceOf(holder), AMOUNT);
        assertEq(alex.nonces(holder), 1);
        assertEq(alex.balanceOf(address(c)), REWARD + AMOUNT);
    }

    function test_StakeWithPermit_StillStakesWhenThePermitWasFrontRun() public {
        (StakingRewards c, address holder, uint256 deadline, uint8 v, bytes32 r, bytes32 s) = _signedPermit();
        alex.permit(holder, address(c), AMOUNT, deadline, v, r, s);
        vm.prank(holder);
        c.stakeWithPermit(AMOUNT, deadline, v, r, s);
        assertEq(c.balanceOf(holder), AMOUNT);
    }

    // ---------------------------------------------------------------- withdraw, claim, exit

    function test_Withdraw_PartialKeepsRewards() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 1 days);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.Withdrawn(alice, AMOUNT / 4);
        vm.prank(alice);
        campaign.withdraw(AMOUNT / 4);
        assertEq(lp.balanceOf(alice), AMOUNT / 4);
        assertEq(campaign.balanceOf(alice), AMOUNT * 3 / 4);
        assertEq(campaign.totalSupply(), AMOUNT * 3 / 4);
        assertApproxEqAbs(campaign.earned(alice), _streamed(1 days), 1, "rewards stay to claim");
        assertEq(alex.balanceOf(alice), 1_000_000 ether, "withdraw pays no reward");
    }

    function test_RevertWhen_WithdrawZero() public {
        vm.expectRevert(IStakingRewards.StakingRewards_ZeroAmount.selector);
        campaign.withdraw(0);
    }

    function test_RevertWhen_WithdrawMoreThanStaked() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.expectRevert(
            abi.encodeWithSelector(IStakingRewards.StakingRewards_InsufficientStake.selector, AMOUNT, AMOUNT + 1)
        );
        vm.prank(alice);
        campaign.withdraw(AMOUNT + 1);
    }

    function test_GetReward_PaysAndKeepsTheStake() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 1 days);
        uint256 before = alex.balanceOf(alice);
        uint256 earned = campaign.earned(alice);
        assertApproxEqAbs(earned, _streamed(1 days), 1);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.RewardPaid(alice, earned);
        vm.prank(alice);
        uint256 paid = campaign.getReward();
        assertEq(paid, earned);
        assertEq(alex.balanceOf(alice), before + paid);
        assertEq(campaign.earned(alice), 0);
        assertEq(campaign.balanceOf(alice), AMOUNT);
        assertEq(campaign.rewardReserve(), REWARD - paid);
        // Claiming again in the same second pays nothing.
        vm.prank(alice);
        assertEq(campaign.getReward(), 0);
    }

    function test_GetReward_NothingEarnedPaysNothing() public {
        vm.recordLogs();
        vm.prank(alice);
        assertEq(campaign.getReward(), 0);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_Exit_WithdrawsAndPays() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 2 days);
        vm.prank(alice);
        (uint256 amount, uint256 reward) = campaign.exit();
        assertEq(amount, AMOUNT);
        assertApproxEqAbs(reward, _streamed(2 days), 1);
        assertEq(lp.balanceOf(alice), AMOUNT);
        assertEq(campaign.balanceOf(alice), 0);
        assertEq(campaign.totalSupply(), 0);
        assertEq(campaign.earned(alice), 0);
    }

    function test_Exit_AfterWithdrawingPaysRewardsOnly() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 1 days);
        vm.prank(alice);
        campaign.withdraw(AMOUNT);
        vm.prank(alice);
        (uint256 amount, uint256 reward) = campaign.exit();
        assertEq(amount, 0);
        assertApproxEqAbs(reward, _streamed(1 days), 1);
    }

    function test_Exit_NothingIsANoOp() public {
        vm.prank(alice);
        (uint256 amount, uint256 reward) = campaign.exit();
        assertEq(amount + reward, 0);
    }

    function test_EmergencyWithdraw_ForfeitsRewardsToUnallocated() public {
        _fundAndStake(campaign, alice, AMOUNT);
        _fundAndStake(campaign, bob, AMOUNT);
        vm.warp(start + 1 days);
        uint256 forfeited = campaign.earned(alice);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.EmergencyWithdrawn(alice, AMOUNT, forfeited);
        vm.prank(alice);
        assertEq(campaign.emergencyWithdraw(), AMOUNT);
        assertEq(lp.balanceOf(alice), AMOUNT);
        assertEq(campaign.earned(alice), 0);
        assertEq(campaign.unallocated(), forfeited);
        assertEq(campaign.totalSupply(), AMOUNT);
        assertEq(alex.balanceOf(address(campaign)), REWARD, "nothing paid");
    }

    function test_RevertWhen_EmergencyWithdrawNothingStaked() public {
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NothingStaked.selector, alice));
        vm.prank(alice);
        campaign.emergencyWithdraw();
    }

    // ---------------------------------------------------------------- notify

    function test_Notify_ExtendsARunningPeriodWithItsRemainder() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + 10 days);
        uint256 remainingScaled = 20 days * _rate();
        uint256 expectedRate = (remainingScaled + 100_000 ether * PRECISION) / PERIOD;
        vm.startPrank(creator);
        alex.approve(address(campaign), 100_000 ether);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.RewardAdded(100_000 ether, expectedRate, block.timestamp + PERIOD);
        campaign.notifyRewardAmount(100_000 ether);
        vm.stopPrank();
        assertEq(campaign.rewardRate(), expectedRate);
        assertEq(campaign.periodFinish(), block.timestamp + PERIOD);
        assertEq(campaign.rewardReserve(), REWARD + 100_000 ether);
        assertApproxEqAbs(campaign.earned(alice), _streamed(10 days), 1, "what was earned stays earned");
    }

    function test_Notify_AfterThePeriodStartsANewOne() public {
        _fundAndStake(campaign, alice, AMOUNT);
        vm.warp(start + PERIOD + 5 days);
        assertEq(campaign.lastTimeRewardApplicable(), start + PERIOD);
        assertEq(campaign.remainingRewards(), 0);
        _notify(campaign, 30_000 ether);
        assertEq(campaign.rewardRate(), 30_000 ether * PRECISION / PERIOD);
        vm.warp(block.timestamp + PERIOD);
        vm.prank(alice);
        assertApproxEqAbs(campaign.getReward(), REWARD + 30_000 ether, 2, "both periods, to the unit");
    }

    function test_Notify_CreditsTokensSentBeforehand() public {
        vm.startPrank(creator);
        assertTrue(alex.transfer(address(campaign), 30_000 ether));
        vm.expectEmit(address(campaign));
        emit IStakingRewards.RewardAdded(
            30_000 ether, (REWARD + 30_000 ether) * PRECISION / PERIOD, block.timestamp + PERIOD
        );
        campaign.notifyRewardAmount(0);
        vm.stopPrank();
        assertEq(campaign.rewardReserve(), REWARD + 30_000 ether);
    }

    function test_RevertWhen_NotifyByNonCreator() public {
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NotCreator.selector, alice));
        vm.prank(alice);
        campaign.notifyRewardAmount(1);
    }

    function test_RevertWhen_NotifyStreamsNothing() public {
        StakingRewards c = _launchCampaign(_config(address(lp), address(0), PERIOD, false), 0);
        vm.expectRevert(IStakingRewards.StakingRewards_ZeroRewardRate.selector);
        vm.prank(creator);
        c.notifyRewardAmount(0);
    }

    function test_RevertWhen_NotifyRewardTooLarge() public {
        MockERC20 big = new MockERC20("Big", "BIG", 18);
        StakingRewards c = _launchCampaign(_config(address(lp), address(big), PERIOD, false), 0);
        uint256 tooMuch = uint256(type(uint96).max) + 1;
        big.mint(address(c), tooMuch);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakingRewards.StakingRewards_RewardTooLarge.selector, tooMuch, uint256(type(uint96).max)
            )
        );
        vm.prank(creator);
        c.notifyRewardAmount(0);
    }

    // ---------------------------------------------------------------- recover

    function test_Recover_AnotherTokenEntirely() public {
        MockERC20 stray = new MockERC20("Stray", "STR", 6);
        stray.mint(address(campaign), 123);
        vm.expectEmit(address(campaign));
        emit IStakingRewards.Recovered(address(stray), creator, 123);
        vm.prank(creator);
        assertEq(campaign.recoverERC20(address(stray)), 123);
        assertEq(stray.balanceOf(creator), 123);
    }

    function test_Recover_StakingTokenOnlyAboveTheStake() public {
        _fundAndStake(campaign, alice, AMOUNT);
        lp.mint(address(campaign), 7 ether);
        vm.prank(creator);
        assertEq(campaign.recoverERC20(address(lp)), 7 ether);
        assertEq(lp.balanceOf(address(campaign)), AMOUNT);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NothingToRecover.selector, address(lp)));
        campaign.recoverERC20(address(lp));
    }

    function test_Recover_RewardTokenOnlySurplusAndUnallocated() public {
        vm.warp(start + 3 days); // three idle days: unallocated
        _fundAndStake(campaign, alice, AMOUNT);
        vm.prank(alice);
        assertTrue(alex.transfer(address(campaign), 5 ether));
        uint256 idle = campaign.unallocated();
        assertEq(idle, _streamed(3 days));
        vm.prank(creator);
        assertEq(campaign.recoverERC20(address(alex)), idle + 5 ether);
        assertEq(campaign.unallocated(), 0);
        assertEq(campaign.rewardReserve(), REWARD - idle);
        vm.warp(start + PERIOD);
        vm.prank(alice);
        assertApproxEqAbs(campaign.getReward(), REWARD - idle, 2, "the rest of the period is still paid in full");
    }

    function test_RevertWhen_RecoverNothing() public {
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NothingToRecover.selector, address(alex)));
        campaign.recoverERC20(address(alex));
    }

    function test_RevertWhen_RecoverByNonCreator() public {
        vm.expectRevert(abi.encodeWithSelector(IStakingRewards.StakingRewards_NotCreator.selector, bob));
        vm.prank(bob);
        campaign.recoverERC20(address(lp));
    }

    // ---------------------------------------------------------------- views and accounting

    function test_Views_ProRataBetweenTwoStakers() public {
        _fundAndStake(campaign, alice, AMOUNT);
        _fundAndStake(campaign, bob, 3 * AMOUNT);
        vm.warp(start + 4 days);
        assertApproxEqAbs(campaign.earned(alice), _streamed(4 days) / 4, 1);
        assertApproxEqAbs(campaign.earned(bob), _streamed(4 days) * 3 / 4, 1);
        assertApproxEqAbs(campaign.rewardsOwed(), campaign.earned(alice) + campaign.earned(bob), 3);
        assertEq(
            campaign.rewardsOwed() + campaign.remainingRewards() + campaign.unallocated(), campaign.rewardReserve()
        );
    }

    /// @notice The stream's division remainder is carried: with an odd total stake, nothing is dropped between
    /// updates; each staker's sub-unit remainder returns to the pool when it exits (the second exit folds the first's
    /// into the accumulator in the same second), and what no staker could be given ends `unallocated`.
    function test_Accounting_RemainderCarriedThenUnallocatedAtTheEnd() public {
        _fundAndStake(campaign, alice, 3);
        for (uint256 i = 1; i <= 30; ++i) {
            vm.warp(start + i * 1 days - 1);
            _fundAndStake(campaign, bob, 1);
        }
        vm.warp(start + PERIOD + 1);
        vm.prank(alice);
        (, uint256 a) = campaign.exit();
        vm.prank(bob);
        (, uint256 b) = campaign.exit();
        uint256 left = campaign.rewardReserve();
        assertEq(a + b + left, REWARD);
        assertLe(left, 2, "less than one unit per staker, however many settlements");
        assertEq(campaign.rewardsOwed(), 0, "owed to no one");
        assertEq(campaign.unallocated(), left, "the rest comes back");
    }

    /// @notice Claims that pay nothing still keep the settled remainder: a staker claiming a 0-decimal reward every
    /// hour (each hour's share is below one unit) is paid what one claim at the end would pay.
    function test_GetReward_ZeroClaimsKeepTheRemainder() public {
        (StakingRewards c, MockERC20 reward) = _lowDecimalCampaign(0, 500, PERIOD);
        (StakingRewards twin, MockERC20 twinReward) = _lowDecimalCampaign(0, 500, PERIOD);
        _fundAndStake(c, alice, AMOUNT);
        _fundAndStake(twin, alice, AMOUNT);
        vm.startPrank(alice);
        for (uint256 t = 1 hours; t <= PERIOD; t += 1 hours) {
            vm.warp(start + t);
            c.getReward();
        }
        twin.getReward();
        vm.stopPrank();
        assertGe(twinReward.balanceOf(alice), 499);
        assertEq(reward.balanceOf(alice), twinReward.balanceOf(alice));
    }

    /// @notice Withdrawing a whole stake returns the account's sub-unit remainder to the pool (it is owed to no one
    /// any more): everything streamed is either paid or unallocated at the end.
    function test_Withdraw_AllReturnsTheRemainderToThePool() public {
        (StakingRewards c, MockERC20 reward) = _lowDecimalCampaign(0, 500, PERIOD);
        _fundAndStake(c, alice, 3);
        _fundAndStake(c, bob, 7);
        vm.warp(start + 10 days + 17);
        vm.startPrank(alice);
        c.withdraw(3);
        c.getReward();
        vm.stopPrank();
        vm.warp(start + PERIOD);
        vm.prank(bob);
        c.exit();
        uint256 paid = reward.balanceOf(alice) + reward.balanceOf(bob);
        assertEq(c.rewardsOwed(), 0, "owed to no one");
        assertEq(paid + c.unallocated(), 500);
    }
}
