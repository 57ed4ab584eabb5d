// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {TokenInvariantBase} from "../utils/TokenInvariantBase.sol";
import {TokenHandler} from "./handlers/TokenHandler.sol";

/// @notice The creator's vesting wallet under random releases, donations, transfers, burns and time jumps: it never
/// pays out more than it was given, nor earlier than the schedule allows.
/// @dev The schedule is shorter than BaseTest's (30-day cliff, 180 days) so that a run of 50 calls with time jumps
/// of up to 60 days crosses the cliff, the linear part and the end.
contract CreatorVestingInvariantTest is TokenInvariantBase {
    uint64 internal constant SHORT_CLIFF = 30 days;
    uint64 internal constant SHORT_DURATION = 180 days;

    function setUp() public override {
        super.setUp();
        IPersonalTokenFactory.LaunchParams memory params = _defaultParams();
        params.vesting.cliff = SHORT_CLIFF;
        params.vesting.duration = SHORT_DURATION;

        string[] memory actorNames = new string[](3);
        (actorNames[0], actorNames[1], actorNames[2]) = ("creator", "alice", "bob");
        // The vesting side of {TokenHandler} only, so that time jumps are one call in five.
        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = TokenHandler.release.selector;
        selectors[1] = TokenHandler.donate.selector;
        selectors[2] = TokenHandler.warp.selector;
        selectors[3] = TokenHandler.transfer.selector;
        selectors[4] = TokenHandler.burn.selector;
        _launchWithHandler(params, actorNames, selectors);
    }

    /// @notice Every token the wallet was given is either still held or was released, and releases are exactly the
    /// ones the handler made.
    function invariant_ReleasedPlusHeldIsAllocatedPlusDonated() public view {
        assertEq(vesting.released(), handler.ghostReleased(), "released != ghost released");
        assertEq(
            vesting.released() + token.balanceOf(address(vesting)),
            handler.vestingAllocation() + handler.ghostDonated(),
            "released + held != allocated + donated"
        );
        assertEq(
            token.balanceOf(creator),
            handler.ghostBalance(creator),
            "beneficiary balance != ledger (releases misrouted)"
        );
    }

    /// @notice Released never exceeds what has vested, neither by the wallet's own view nor by the launch schedule:
    /// zero before the cliff, `total * (now - start) / (end - start)` between cliff and end, `total` from the end on.
    function invariant_ReleasedNeverExceedsVested() public view {
        uint64 time = uint64(block.timestamp);
        uint256 released = vesting.released();
        assertLe(released, vesting.vestedAmount(time), "released > vestedAmount(now)");
        assertLe(released, handler.expectedVested(time), "released > schedule");
        assertLe(released, handler.vestingTotal(), "released > allocated + donated");
        if (time >= handler.vestingCliffEnd() && time < handler.vestingEnd()) {
            uint256 linear = handler.vestingTotal() * (time - handler.vestingStart())
                / (handler.vestingEnd() - handler.vestingStart());
            assertLe(released, linear, "released > linear share");
        }
    }

    /// @notice Before the cliff nothing has vested, nothing is releasable and nothing was released.
    function invariant_NothingReleasedBeforeCliff() public view {
        uint64 time = uint64(block.timestamp);
        if (time >= handler.vestingCliffEnd()) return;
        assertEq(vesting.released(), 0, "released before cliff");
        assertEq(vesting.releasable(), 0, "releasable before cliff");
        assertEq(vesting.vestedAmount(time), 0, "vested before cliff");
    }

    /// @notice What has vested and what is releasable follow the schedule exactly (no release is withheld), and from
    /// the end on everything held is releasable.
    function invariant_ReleasableFollowsSchedule() public view {
        uint64 time = uint64(block.timestamp);
        uint256 expectedVested = handler.expectedVested(time);
        assertEq(vesting.vestedAmount(time), expectedVested, "vestedAmount != schedule");
        assertEq(vesting.releasable(), expectedVested - handler.ghostReleased(), "releasable != schedule - released");
        if (time >= handler.vestingEnd()) {
            assertEq(vesting.releasable(), token.balanceOf(address(vesting)), "not everything releasable after end");
        }
    }

    /// @notice Nobody can change the token, beneficiary or dates after launch.
    function invariant_ScheduleNeverChanges() public view {
        assertEq(vesting.token(), address(token), "token changed");
        assertEq(vesting.beneficiary(), creator, "beneficiary changed");
        assertEq(vesting.start(), handler.vestingStart(), "start changed");
        assertEq(vesting.cliffEnd(), handler.vestingCliffEnd(), "cliffEnd changed");
        assertEq(vesting.end(), handler.vestingEnd(), "end changed");
    }

    function afterInvariant() public view {
        _logCalls(handler, "release releaseRefused donate warp");
        console.log("releasesBeforeEnd", handler.releasesBeforeEnd(), "releasesAfterEnd", handler.releasesAfterEnd());
        console.log("elapsed", block.timestamp - handler.vestingStart());
    }
}
