// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {ICreatorVesting} from "../../contracts/interfaces/ICreatorVesting.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {ReentrantToken} from "../utils/mocks/ReentrantToken.sol";

/// @notice Unit tests for {CreatorVesting}: schedule boundaries, releases, donations and the fixed beneficiary.
contract CreatorVestingTest is BaseTest {
    PersonalToken internal token;
    CreatorVesting internal vesting;

    uint256 internal vestAmount;
    uint64 internal start;
    uint64 internal cliffEnd;
    uint64 internal end;

    function setUp() public override {
        super.setUp();
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        vestAmount = p.vesting.amount;
        start = uint64(block.timestamp);
        cliffEnd = start + p.vesting.cliff;
        end = start + p.vesting.duration;
        (token, vesting) = _launch(p);
    }

    /*//////////////////////////////////////////////////////////////
                             INITIALIZATION
    //////////////////////////////////////////////////////////////*/

    function test_Initialize_SetsSchedule() public view {
        assertEq(vesting.token(), address(token));
        assertEq(vesting.beneficiary(), creator);
        assertEq(vesting.start(), start);
        assertEq(vesting.cliffEnd(), start + CLIFF);
        assertEq(vesting.end(), start + DURATION);
        assertEq(vesting.released(), 0);
        assertEq(vesting.releasable(), 0);
        assertEq(token.balanceOf(address(vesting)), vestAmount);
    }

    function test_RevertWhen_InitializeCalledTwice() public {
        vm.expectRevert(abi.encodeWithSelector(Initializable.InvalidInitialization.selector));
        vm.prank(address(factory));
        vesting.initialize(address(token), alice, 0, 0, 1);

        vm.expectRevert(abi.encodeWithSelector(Initializable.InvalidInitialization.selector));
        vm.prank(creator);
        vesting.initialize(address(token), alice, 0, 0, 1);

        assertEq(vesting.beneficiary(), creator);
        assertEq(vesting.start(), start);
        assertEq(vesting.end(), end);
    }

    function test_RevertWhen_InitializingImplementation() public {
        vm.expectRevert(abi.encodeWithSelector(Initializable.InvalidInitialization.selector));
        vestingImpl.initialize(address(token), alice, 0, 0, 1);
        assertEq(vestingImpl.beneficiary(), address(0));
        assertEq(vestingImpl.token(), address(0));
    }

    /*//////////////////////////////////////////////////////////////
                             VESTED AMOUNT
    //////////////////////////////////////////////////////////////*/

    function test_VestedAmount_ZeroBeforeCliff() public view {
        assertEq(vesting.vestedAmount(0), 0);
        assertEq(vesting.vestedAmount(start - 1), 0);
        assertEq(vesting.vestedAmount(start), 0);
        assertEq(vesting.vestedAmount(start + 1), 0);
        assertEq(vesting.vestedAmount(cliffEnd - 1), 0);
    }

    function test_VestedAmount_JumpsAtCliffEnd() public view {
        uint256 atCliff = vestAmount * (cliffEnd - start) / (end - start);
        assertGt(atCliff, 0);
        assertEq(vesting.vestedAmount(cliffEnd - 1), 0);
        assertEq(vesting.vestedAmount(cliffEnd), atCliff);
    }

    function test_VestedAmount_FullFromEnd() public view {
        uint256 beforeEnd = vestAmount * (end - 1 - start) / (end - start);
        assertLt(beforeEnd, vestAmount);
        assertEq(vesting.vestedAmount(end - 1), beforeEnd);
        assertEq(vesting.vestedAmount(end), vestAmount);
        assertEq(vesting.vestedAmount(end + 1), vestAmount);
        assertEq(vesting.vestedAmount(type(uint64).max), vestAmount);
    }

    function test_VestedAmount_LinearBetweenCliffAndEnd() public view {
        uint64 duration = end - start;
        uint64[4] memory offsets = [duration / 4, duration / 3, duration / 2, (duration * 9) / 10];
        for (uint256 i; i < offsets.length; ++i) {
            uint64 t = start + offsets[i];
            assertGe(t, cliffEnd);
            assertEq(vesting.vestedAmount(t), vestAmount * offsets[i] / duration);
        }
        // Halfway through the schedule exactly half has vested.
        assertEq(vesting.vestedAmount(start + duration / 2), vestAmount / 2);
    }

    function test_Releasable_FollowsBlockTime() public {
        vm.warp(cliffEnd - 1);
        assertEq(vesting.releasable(), 0);
        vm.warp(cliffEnd);
        assertEq(vesting.releasable(), vesting.vestedAmount(cliffEnd));
        vm.warp(end);
        assertEq(vesting.releasable(), vestAmount);
    }

    /*//////////////////////////////////////////////////////////////
                                RELEASE
    //////////////////////////////////////////////////////////////*/

    function test_Release_PaysBeneficiaryAndEmits() public {
        uint64 t = cliffEnd + 30 days;
        vm.warp(t);
        uint256 expected = vestAmount * (t - start) / (end - start);
        uint256 creatorBefore = token.balanceOf(creator);

        vm.expectEmit(address(vesting));
        emit ICreatorVesting.TokensReleased(creator, expected);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(vesting), creator, expected);
        vm.prank(creator);
        uint256 amount = vesting.release();

        assertEq(amount, expected);
        assertEq(vesting.released(), expected);
        assertEq(vesting.releasable(), 0);
        assertEq(token.balanceOf(creator), creatorBefore + expected);
        assertEq(token.balanceOf(address(vesting)), vestAmount - expected);
        // Released tokens still count as vested.
        assertEq(vesting.vestedAmount(t), expected);
    }

    function test_Release_ByAnyonePaysOnlyBeneficiary() public {
        vm.warp(cliffEnd + 1 days);
        uint256 expected = vesting.releasable();
        uint256 creatorBefore = token.balanceOf(creator);
        uint256 bobBefore = token.balanceOf(bob);

        vm.prank(bob);
        uint256 amount = vesting.release();

        assertEq(amount, expected);
        assertEq(token.balanceOf(bob), bobBefore);
        assertEq(token.balanceOf(creator), creatorBefore + expected);
    }

    function test_Release_SecondReleasePaysOnlyTheIncrement() public {
        uint64 t1 = cliffEnd + 10 days;
        vm.warp(t1);
        uint256 first = vesting.release();

        uint64 t2 = t1 + 100 days;
        vm.warp(t2);
        uint256 second = vesting.release();

        uint256 vestedAtT2 = vestAmount * (t2 - start) / (end - start);
        assertEq(first, vestAmount * (t1 - start) / (end - start));
        assertEq(second, vestedAtT2 - first);
        assertEq(vesting.released(), vestedAtT2);
    }

    function test_Release_AtEndPaysEverything() public {
        vm.warp(end);
        uint256 creatorBefore = token.balanceOf(creator);
        uint256 amount = vesting.release();

        assertEq(amount, vestAmount);
        assertEq(vesting.released(), vestAmount);
        assertEq(token.balanceOf(address(vesting)), 0);
        assertEq(token.balanceOf(creator), creatorBefore + vestAmount);
    }

    function test_Release_PartialThenEndPaysTheRest() public {
        vm.warp(cliffEnd);
        uint256 first = vesting.release();
        vm.warp(end + 365 days);
        uint256 second = vesting.release();
        assertEq(first + second, vestAmount);
        assertEq(token.balanceOf(address(vesting)), 0);
    }

    function test_RevertWhen_ReleaseAtLaunch() public {
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
    }

    function test_RevertWhen_ReleaseBeforeCliff() public {
        vm.warp(cliffEnd - 1);
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
        assertEq(token.balanceOf(address(vesting)), vestAmount);
    }

    function test_RevertWhen_ReleaseTwiceInOneBlock() public {
        vm.warp(cliffEnd + 1 days);
        vesting.release();
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
    }

    function test_RevertWhen_EverythingAlreadyReleased() public {
        vm.warp(end);
        vesting.release();
        vm.warp(end + 10 * 365 days);
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
        assertEq(vesting.released(), vestAmount);
    }

    function test_Release_ReentryIsRefused() public {
        ReentrantToken evil = new ReentrantToken();
        CreatorVesting wallet = CreatorVesting(Clones.clone(address(vestingImpl)));
        wallet.initialize(address(evil), creator, uint64(block.timestamp), 0, 1);
        evil.mint(address(wallet), 1 ether);
        evil.arm(address(wallet), abi.encodeCall(ICreatorVesting.release, ()));
        vm.warp(block.timestamp + 1);

        wallet.release();
        // The token's hook re-entered release and was refused; the tokens were paid once.
        assertTrue(evil.reentered());
        assertFalse(evil.reentrySucceeded());
        assertEq(
            evil.reentryResult(), abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        assertEq(evil.balanceOf(creator), 1 ether);
        assertEq(wallet.released(), 1 ether);
    }

    /*//////////////////////////////////////////////////////////////
                               DONATIONS
    //////////////////////////////////////////////////////////////*/

    function test_Donation_VestsOnTheSameSchedule() public {
        uint256 donation = 600_000 ether;
        vm.prank(alice);
        assertTrue(token.transfer(address(vesting), donation));
        uint256 total = vestAmount + donation;

        assertEq(vesting.vestedAmount(cliffEnd - 1), 0);
        assertEq(vesting.vestedAmount(cliffEnd), total * (cliffEnd - start) / (end - start));
        assertEq(vesting.vestedAmount(end - 1), total * (end - 1 - start) / (end - start));
        assertEq(vesting.vestedAmount(end), total);
    }

    function test_Donation_AfterReleaseVestsOnTheSameSchedule() public {
        uint64 t = start + (end - start) / 2;
        vm.warp(t);
        uint256 first = vesting.release();

        uint256 donation = 1_000_000 ether;
        vm.prank(alice);
        assertTrue(token.transfer(address(vesting), donation));
        uint256 total = vestAmount + donation;

        // The donation is vested as if it had been there from the start: half of it is releasable right away.
        assertEq(vesting.vestedAmount(t), total * (t - start) / (end - start));
        assertEq(vesting.releasable(), total * (t - start) / (end - start) - first);

        vm.warp(end);
        uint256 second = vesting.release();
        assertEq(first + second, total);
        assertEq(token.balanceOf(address(vesting)), 0);
    }

    function test_Donation_BeforeCliffStaysLocked() public {
        vm.prank(alice);
        assertTrue(token.transfer(address(vesting), 1 ether));
        vm.warp(cliffEnd - 1);
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
    }

    /*//////////////////////////////////////////////////////////////
                          SCHEDULE EDGE CASES
    //////////////////////////////////////////////////////////////*/

    function test_ZeroCliff_VestsFromTheFirstSecond() public {
        (PersonalToken t, CreatorVesting v) = _launchVesting(keccak256("zero-cliff"), 1000 ether, 0, 1000);
        uint64 s = v.start();
        assertEq(v.cliffEnd(), s);
        assertEq(v.vestedAmount(s), 0);
        assertEq(v.vestedAmount(s + 1), 1 ether);

        vm.warp(s + 1);
        assertEq(v.release(), 1 ether);
        assertEq(t.balanceOf(address(v)), 999 ether);
    }

    function test_CliffEqualToDuration_VestsAllAtOnce() public {
        uint64 duration = 365 days;
        (, CreatorVesting v) = _launchVesting(keccak256("cliff-eq-duration"), 1000 ether, duration, duration);
        uint64 s = v.start();
        assertEq(v.cliffEnd(), v.end());
        assertEq(v.vestedAmount(s + duration - 1), 0);
        assertEq(v.vestedAmount(s + duration), 1000 ether);
    }

    /*//////////////////////////////////////////////////////////////
                          FIXED BENEFICIARY
    //////////////////////////////////////////////////////////////*/

    function test_NoFunctionChangesBeneficiary() public {
        bytes[] memory calls = new bytes[](6);
        calls[0] = abi.encodeWithSignature("setBeneficiary(address)", alice);
        calls[1] = abi.encodeWithSignature("changeBeneficiary(address)", alice);
        calls[2] = abi.encodeWithSignature("updateBeneficiary(address)", alice);
        calls[3] = abi.encodeWithSignature("transferOwnership(address)", alice);
        calls[4] = abi.encodeWithSignature("transferBeneficiary(address)", alice);
        calls[5] = abi.encodeWithSignature("acceptOwnership()");
        for (uint256 i; i < calls.length; ++i) {
            vm.prank(creator);
            (bool ok,) = address(vesting).call(calls[i]);
            assertFalse(ok);
        }
        assertEq(vesting.beneficiary(), creator);
    }

    function test_TokenOwnershipTransferDoesNotMoveBeneficiary() public {
        vm.prank(creator);
        token.transferOwnership(alice);
        vm.prank(alice);
        token.acceptOwnership();

        vm.warp(end);
        uint256 creatorBefore = token.balanceOf(creator);
        uint256 aliceBefore = token.balanceOf(alice);
        vm.prank(alice);
        vesting.release();

        assertEq(vesting.beneficiary(), creator);
        assertEq(token.balanceOf(creator), creatorBefore + vestAmount);
        assertEq(token.balanceOf(alice), aliceBefore);
    }

    function test_RevertWhen_SendingEther() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool ok,) = address(vesting).call{value: 1 ether}("");
        assertFalse(ok);
        assertEq(address(vesting).balance, 0);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Launches a token whose whole supply is vested to `creator`.
    function _launchVesting(bytes32 salt, uint256 amount, uint64 cliff, uint64 duration)
        internal
        returns (PersonalToken t, CreatorVesting v)
    {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(amount);
        p.allocations = new Allocation[](0);
        p.vesting = IPersonalTokenFactory.VestingParams({amount: amount, cliff: cliff, duration: duration});
        p.salt = salt;
        (t, v) = _launch(p);
    }
}
