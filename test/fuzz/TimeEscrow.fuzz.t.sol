// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrowTestBase} from "../utils/TimeEscrowTestBase.sol";

/// @notice Fuzz tests for {TimeEscrow}: random action sequences keep the ledger exact, and every time boundary
/// behaves as specified for random times around it.
contract TimeEscrowFuzzTest is TimeEscrowTestBase {
    uint256 internal constant STEPS = 40;

    uint256 internal burnOffer;
    uint256 internal burned;
    uint256 internal successes;

    function setUp() public override {
        super.setUp();
        burnOffer = _publishBurnOffer();
    }

    /*//////////////////////////////////////////////////////////////
                            RANDOM SEQUENCES
    //////////////////////////////////////////////////////////////*/

    function testFuzz_RandomActions_KeepLedger(uint256 seed) public {
        for (uint256 step; step < STEPS; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            vm.warp(block.timestamp + (r >> 128) % 3 days);
            _randomStep(r);
            _assertLedger();
        }
        // Sequences do something: at least the first request always goes through.
        assertGt(successes, 0);
    }

    /// @dev One random step: a request (always, while there is none), or action `r % 10` on a random request by
    /// the party allowed to take it; refusals are expected and skipped.
    function _randomStep(uint256 r) internal {
        uint256 action = r % 10;
        uint256 count = escrow.requestCount();
        if (action == 0 || count == 0) {
            address holder = (r >> 8) % 2 == 0 ? alice : bob;
            uint256 offerId = (r >> 16) % 2 == 0 ? 0 : burnOffer;
            uint32 units = uint32(1 + (r >> 24) % 3);
            vm.prank(holder);
            try escrow.request(offerId, units, NOTE) {
                ++successes;
            } catch {}
            return;
        }
        uint256 id = (r >> 32) % count;
        ITimeEscrow.Request memory req = escrow.getRequest(id);
        Action a = Action(action - 1);
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most 2 days
        uint64 scheduledAt = uint64(block.timestamp + (r >> 64) % 2 days);
        uint256 toCreator = (r >> 64) % (req.amount + 1);
        vm.prank(_actor(a, req.holder));
        (bool ok,) = address(escrow).call(_actionCall(a, id, scheduledAt, toCreator));
        if (!ok) return;
        ++successes;
        if (!req.burn) return;
        if (a == Action.Confirm || a == Action.Release) burned += req.amount;
        else if (a == Action.Resolve) burned += toCreator;
    }

    /// @dev The party allowed to take `action` on alice's request `id` takes it: refused as too early before `opensAt`.
    function _actFrom(Action action, uint256 id, uint64 opensAt) internal {
        if (block.timestamp < opensAt) vm.expectRevert(_tooEarly(id, opensAt));
        _act(action, _actor(action), id);
    }

    function _assertLedger() internal view {
        uint256 open;
        uint256 count = escrow.requestCount();
        for (uint256 i; i < count; ++i) {
            ITimeEscrow.Request memory req = escrow.getRequest(i);
            ITimeEscrow.Status s = req.status;
            if (
                s == ITimeEscrow.Status.Requested || s == ITimeEscrow.Status.Accepted
                    || s == ITimeEscrow.Status.Delivered || s == ITimeEscrow.Status.Disputed
            ) open += req.amount;
        }
        assertEq(escrow.totalLocked(), open, "totalLocked != open amounts");
        assertEq(token.balanceOf(address(escrow)), open, "balance != open amounts");
        assertEq(token.totalSupply() + burned, SUPPLY, "supply not conserved");
        uint256 vested = SUPPLY - 5_000_000 ether;
        assertEq(
            token.balanceOf(alice) + token.balanceOf(bob) + token.balanceOf(creator) + open, vested - burned, "holders"
        );
        assertEq(
            escrow.openRequestIds(0, count).length,
            escrow.openRequestIdsOf(alice).length + escrow.openRequestIdsOf(bob).length
        );
    }

    /*//////////////////////////////////////////////////////////////
                              BOUNDARIES
    //////////////////////////////////////////////////////////////*/

    function testFuzz_Accept_ScheduleBounds(uint256 scheduledAt) public {
        uint256 id = _request(1);
        uint256 nowTs = block.timestamp;
        scheduledAt = bound(scheduledAt, nowTs - 10 days, nowTs + 366 days);
        if (scheduledAt < nowTs || scheduledAt > nowTs + 365 days) {
            vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_InvalidSchedule.selector, scheduledAt));
        }
        vm.prank(creator);
        // forge-lint: disable-next-line(unsafe-typecast) bounded to a year from now
        escrow.accept(id, uint64(scheduledAt));
        if (scheduledAt >= nowTs && scheduledAt <= nowTs + 365 days) {
            assertEq(escrow.getRequest(id).scheduledAt, scheduledAt);
        }
    }

    function testFuzz_MarkDelivered_Window(uint32 units, uint256 ahead, uint256 at) public {
        units = uint32(bound(units, 1, CAPACITY));
        uint256 id = _request(units);
        uint64 scheduledAt = uint64(block.timestamp + bound(ahead, 0, 365 days));
        vm.prank(creator);
        escrow.accept(id, scheduledAt);
        uint64 deadline = scheduledAt + units * HOUR + DELIVERY_GRACE;
        at = bound(at, block.timestamp, deadline + 3 days);
        vm.warp(at);
        if (at >= deadline) vm.expectRevert(_tooLate(id, deadline));
        _actFrom(Action.MarkDelivered, id, scheduledAt);
        bool ok = at >= scheduledAt && at < deadline;
        _assertStatus(id, ok ? ITimeEscrow.Status.Delivered : ITimeEscrow.Status.Accepted);
    }

    function testFuzz_ReclaimAccepted_FromDeadline(uint32 units, uint256 at) public {
        units = uint32(bound(units, 1, CAPACITY));
        uint256 id = _request(units);
        uint64 scheduledAt = _accept(id);
        uint64 deadline = _deliveryDeadline(scheduledAt, units);
        at = bound(at, block.timestamp, deadline + 3 days);
        vm.warp(at);
        _actFrom(Action.Reclaim, id, deadline);
        _assertLocked(at < deadline ? units * HOUR_PRICE : 0);
    }

    function testFuzz_Confirm_FromScheduledTime(uint256 at) public {
        uint256 id = _request(1);
        uint64 scheduledAt = _accept(id);
        at = bound(at, block.timestamp, scheduledAt + 30 days);
        vm.warp(at);
        _actFrom(Action.Confirm, id, scheduledAt);
        _assertStatus(id, at < scheduledAt ? ITimeEscrow.Status.Accepted : ITimeEscrow.Status.Released);
    }

    /// @dev Exactly one of dispute (holder) and release (creator) is possible at any time after delivery.
    function testFuzz_DisputeOrRelease_SplitAtWindowEnd(uint256 dt) public {
        uint256 id = _request(1);
        uint64 deliveredAt = _deliver(id);
        uint64 closesAt = deliveredAt + CONFIRMATION_WINDOW;
        dt = bound(dt, 0, 2 * CONFIRMATION_WINDOW);
        vm.warp(deliveredAt + dt);
        bool inWindow = block.timestamp < closesAt;

        uint256 snapshot = vm.snapshotState();
        if (!inWindow) vm.expectRevert(_tooLate(id, closesAt));
        _act(Action.Dispute, alice, id);
        _assertStatus(id, inWindow ? ITimeEscrow.Status.Disputed : ITimeEscrow.Status.Delivered);

        vm.revertToState(snapshot);
        _actFrom(Action.Release, id, closesAt);
        _assertStatus(id, inWindow ? ITimeEscrow.Status.Delivered : ITimeEscrow.Status.Released);
    }

    function testFuzz_ReclaimDisputed_FromTimeout(uint256 dt) public {
        uint256 id = _request(2);
        uint64 disputedAt = _dispute(id);
        uint64 opensAt = disputedAt + ARBITRATION_TIMEOUT;
        dt = bound(dt, 0, 2 * ARBITRATION_TIMEOUT);
        vm.warp(disputedAt + dt);
        _actFrom(Action.Reclaim, id, opensAt);
        _assertStatus(id, block.timestamp < opensAt ? ITimeEscrow.Status.Disputed : ITimeEscrow.Status.Refunded);
    }

    function testFuzz_Resolve_AnySplit(uint32 units, uint256 toCreator, bool burnIt) public {
        units = uint32(bound(units, 1, CAPACITY));
        uint256 id = _request(alice, burnIt ? burnOffer : 0, units);
        _dispute(id);
        uint256 amount = units * HOUR_PRICE;
        toCreator = bound(toCreator, 0, amount + 1000 ether);
        uint256 creatorBefore = token.balanceOf(creator);
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 supplyBefore = token.totalSupply();
        if (toCreator > amount) {
            vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_InvalidSplit.selector, toCreator, amount));
        }
        vm.prank(arbiter);
        escrow.resolve(id, toCreator);
        if (toCreator > amount) {
            _assertLocked(amount);
            return;
        }
        _assertLocked(0);
        assertEq(token.balanceOf(alice), aliceBefore + amount - toCreator);
        assertEq(token.balanceOf(creator), creatorBefore + (burnIt ? 0 : toCreator));
        assertEq(token.totalSupply(), supplyBefore - (burnIt ? toCreator : 0));
    }

    function testFuzz_Capacity_PerPeriod(uint32 first, uint32 second, uint256 dt) public {
        first = uint32(bound(first, 1, CAPACITY));
        second = uint32(bound(second, 1, 2 * CAPACITY));
        dt = bound(dt, 0, 3 * CAPACITY_PERIOD);
        _request(first);
        vm.warp(block.timestamp + dt);
        bool samePeriod = block.timestamp < launchedAt + CAPACITY_PERIOD;
        uint256 available = samePeriod ? CAPACITY - first : CAPACITY;
        assertEq(escrow.availableUnits(0), available);
        if (second > available) {
            vm.expectRevert(
                abi.encodeWithSelector(ITimeEscrow.TimeEscrow_CapacityExceeded.selector, 0, available, second)
            );
        }
        vm.prank(bob);
        escrow.request(0, second, NOTE);
        if (second <= available) assertEq(escrow.availableUnits(0), available - second);
    }
}
