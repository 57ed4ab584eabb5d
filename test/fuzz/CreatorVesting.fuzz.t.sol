// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {ICreatorVesting} from "../../contracts/interfaces/ICreatorVesting.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzz tests for {CreatorVesting}: the schedule's shape and releases at random times.
contract CreatorVestingFuzzTest is BaseTest {
    /// @dev Liquid tokens alice gets at launch, used for donations.
    uint256 internal constant LIQUID = 1_000_000 ether;
    uint256 internal constant MAX_VESTED = type(uint208).max - LIQUID;
    uint256 internal constant RELEASE_ATTEMPTS = 8;

    PersonalToken internal token;
    CreatorVesting internal vesting;
    uint256 internal amount;
    uint64 internal start;
    uint64 internal cliff;
    uint64 internal duration;

    /// @dev Launches a token with `amount_` vested to `creator` on a random valid schedule and `LIQUID` to alice.
    function _launchRandom(uint256 amount_, uint64 cliff_, uint64 duration_) internal {
        amount = bound(amount_, 1, MAX_VESTED);
        duration = uint64(bound(duration_, 1, factory.MAX_VESTING_DURATION()));
        cliff = uint64(bound(cliff_, 0, duration));

        Allocation[] memory allocations = new Allocation[](1);
        allocations[0] = Allocation({recipient: alice, amount: LIQUID});
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(amount + LIQUID);
        p.allocations = allocations;
        p.vesting = IPersonalTokenFactory.VestingParams({amount: amount, cliff: cliff, duration: duration});

        start = uint64(block.timestamp);
        (token, vesting) = _launch(p);
        assertEq(vesting.start(), start);
        assertEq(vesting.cliffEnd(), start + cliff);
        assertEq(vesting.end(), start + duration);
    }

    /// @dev What the schedule vests of `total` by `t`: nothing before the cliff, all from the end, linear from the start
    /// in between.
    function _scheduled(uint256 total, uint64 t) internal view returns (uint256) {
        if (t < start + cliff) return 0;
        if (t >= start + duration) return total;
        return total * (t - start) / duration;
    }

    /*//////////////////////////////////////////////////////////////
                              SCHEDULE
    //////////////////////////////////////////////////////////////*/

    function testFuzz_VestedAmount_MonotonicAndBounded(
        uint256 amount_,
        uint64 cliff_,
        uint64 duration_,
        uint64 t1,
        uint64 t2
    ) public {
        _launchRandom(amount_, cliff_, duration_);
        // Look from before the start to well past the end.
        uint64 horizon = start + 2 * duration;
        t1 = uint64(bound(t1, 0, horizon));
        t2 = uint64(bound(t2, t1, horizon));

        uint256 v1 = vesting.vestedAmount(t1);
        uint256 v2 = vesting.vestedAmount(t2);
        assertLe(v1, v2);
        assertLe(v2, amount);
    }

    function testFuzz_VestedAmount_MatchesSchedule(uint256 amount_, uint64 cliff_, uint64 duration_, uint64 t) public {
        _launchRandom(amount_, cliff_, duration_);
        uint64 cliffEnd = start + cliff;
        uint64 end = start + duration;
        t = uint64(bound(t, 0, end + duration));

        uint256 vested = vesting.vestedAmount(t);
        assertEq(vested, _scheduled(amount, t));
        if (t >= cliffEnd && t < end) assertLt(vested, amount);
    }

    function testFuzz_VestedAmount_ZeroBeforeCliff(uint256 amount_, uint64 cliff_, uint64 duration_, uint64 t) public {
        _launchRandom(amount_, cliff_, duration_);
        uint64 cliffEnd = start + cliff;
        t = uint64(bound(t, 0, cliffEnd - 1));
        assertEq(vesting.vestedAmount(t), 0);

        vm.warp(t);
        assertEq(vesting.releasable(), 0);
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
    }

    function testFuzz_VestedAmount_FullFromEnd(uint256 amount_, uint64 cliff_, uint64 duration_, uint64 t) public {
        _launchRandom(amount_, cliff_, duration_);
        uint64 end = start + duration;
        t = uint64(bound(t, end, type(uint64).max));
        assertEq(vesting.vestedAmount(t), amount);
        assertLt(vesting.vestedAmount(end - 1), amount);
    }

    /*//////////////////////////////////////////////////////////////
                               RELEASES
    //////////////////////////////////////////////////////////////*/

    function testFuzz_Release_AtRandomTimesSumsToTotal(
        uint256 amount_,
        uint64 cliff_,
        uint64 duration_,
        uint256[RELEASE_ATTEMPTS] memory steps,
        uint256 callerSeed
    ) public {
        _launchRandom(amount_, cliff_, duration_);
        uint64 end = start + duration;
        uint256 creatorBefore = token.balanceOf(creator);
        uint256 paid;
        uint64 time = start;

        for (uint256 i; i < RELEASE_ATTEMPTS; ++i) {
            // Each step moves time forward by up to a quarter of the schedule (often by zero).
            time += uint64(bound(steps[i], 0, duration / 4 + 1));
            vm.warp(time);
            uint256 expected = vesting.vestedAmount(time) - paid;
            assertEq(vesting.releasable(), expected);

            address caller = address(uint160(uint256(keccak256(abi.encode(callerSeed, i)))));
            if (expected == 0) {
                vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
                vm.prank(caller);
                vesting.release();
            } else {
                vm.prank(caller);
                assertEq(vesting.release(), expected);
                paid += expected;
            }
            assertLe(paid, amount);
            assertEq(vesting.released(), paid);
            assertEq(token.balanceOf(creator), creatorBefore + paid);
            assertEq(token.balanceOf(address(vesting)), amount - paid);
        }

        // Whatever is left is released at the end, and nothing after that.
        if (time < end) vm.warp(end);
        if (paid < amount) {
            assertEq(vesting.release(), amount - paid);
        }
        assertEq(vesting.released(), amount);
        assertEq(token.balanceOf(creator), creatorBefore + amount);
        assertEq(token.balanceOf(address(vesting)), 0);
        vm.expectRevert(abi.encodeWithSelector(ICreatorVesting.CreatorVesting_NothingToRelease.selector));
        vesting.release();
    }

    function testFuzz_Donation_VestsOnTheSameSchedule(
        uint256 amount_,
        uint64 cliff_,
        uint64 duration_,
        uint256 donation,
        uint64 releaseAt,
        uint64 t
    ) public {
        _launchRandom(amount_, cliff_, duration_);
        uint64 end = start + duration;
        donation = bound(donation, 1, LIQUID);

        // Release once at a random time, then a donation arrives.
        releaseAt = uint64(bound(releaseAt, start, end));
        vm.warp(releaseAt);
        uint256 paid = vesting.releasable();
        if (paid != 0) vesting.release();
        vm.prank(alice);
        assertTrue(token.transfer(address(vesting), donation));

        uint256 total = amount + donation;
        t = uint64(bound(t, releaseAt, end + duration));
        uint256 vested = vesting.vestedAmount(t);
        assertEq(vested, _scheduled(total, t));
        assertGe(vested, paid);

        vm.warp(end);
        vesting.release();
        assertEq(vesting.released(), total);
        assertEq(token.balanceOf(address(vesting)), 0);
    }
}
