// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../../contracts/PersonalToken.sol";
import {ITimeEscrow} from "../../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../../contracts/modules/TimeEscrow.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives one {TimeEscrow} (two offers: one paid to the creator, one burning; an arbiter) through every step of
/// the request lifecycle with bounded, never-reverting actions, and keeps an independent ledger (each request's
/// expected status, schedule and settlement, holder balances, what the creator was paid and what was burned) for the
/// invariant suite to compare with on-chain state.
/// @dev Every action first checks its preconditions against the ledger (never against the escrow's own views) and
/// skips, counting the skip, when they do not hold: a revert means the escrow refused a call the lifecycle allows.
/// Requests are picked by scanning the ledger from a random id for one in a fitting state. Time only moves forward,
/// through {warp}, which may land exactly on (or one second either side of) a deadline of a random open request or on
/// the next capacity-period boundary.
contract TimeEscrowHandler is BaseHandler {
    /// @notice Longest plain time jump.
    uint256 public constant MAX_WARP = 10 days;
    /// @notice Furthest ahead the handler schedules an accepted request.
    uint256 public constant MAX_SCHEDULE_AHEAD = 30 days;
    /// @dev Only one cancel or decline in this many goes ahead, so requests live long enough to reach the later steps.
    uint256 private constant TAKE_BACK_ODDS = 3;
    uint256 private constant ARBITER_SILENCE_ODDS = 2;

    /// @notice One request as the ledger sees it.
    struct Ghost {
        address holder;
        uint64 offerId;
        uint32 units;
        ITimeEscrow.Status status;
        bool burn;
        uint64 requestedAt;
        uint64 scheduledAt;
        uint64 deliveredAt;
        uint64 disputedAt;
        uint256 amount;
        uint256 paid;
        uint256 burned;
        uint256 refunded;
    }

    TimeEscrow public immutable escrow;
    PersonalToken public immutable token;
    address public immutable creator;
    address public immutable arbiter;
    /// @notice Supply minted at launch.
    uint256 public immutable launchedSupply;
    /// @notice The creator's balance when the handler took over.
    uint256 public immutable creatorStartBalance;
    /// @notice Escrow launch timestamp: capacity periods count from here.
    uint64 public immutable launchedAt;
    uint64 public immutable confirmationWindow;
    uint64 public immutable deliveryGrace;
    uint64 public immutable arbitrationTimeout;
    uint64 public immutable capacityPeriod;

    ITimeEscrow.Offer[] internal _offers;
    Ghost[] internal _ghosts;

    // Ghost ledger.
    uint256 public ghostLocked;
    uint256 public ghostPaid;
    uint256 public ghostBurned;
    uint256 public ghostRefunded;
    /// @notice Tokens sent to the escrow by plain transfer and not yet recovered.
    uint256 public ghostSurplus;
    /// @notice Surplus sent to the creator by `recoverSurplus`.
    uint256 public ghostRecovered;
    mapping(address holder => uint256) public ghostHolderBalance;
    mapping(uint256 offerId => mapping(uint256 period => uint256 units)) public ghostUnitsUsed;

    /// @param holders_ Holders, already funded; their balances seed the ledger.
    constructor(TimeEscrow escrow_, address creator_, uint256 launchedSupply_, address[] memory holders_) {
        escrow = escrow_;
        token = PersonalToken(escrow_.token());
        creator = creator_;
        launchedSupply = launchedSupply_;
        creatorStartBalance = token.balanceOf(creator_);
        ITimeEscrow.Config memory c = escrow_.config();
        arbiter = c.arbiter;
        confirmationWindow = c.confirmationWindow;
        deliveryGrace = c.deliveryGrace;
        arbitrationTimeout = c.arbitrationTimeout;
        capacityPeriod = c.capacityPeriod;
        launchedAt = uint64(block.timestamp);
        require(c.arbiter != address(0), "TimeEscrowHandler: escrow without arbiter");
        for (uint256 i; i < escrow_.offerCount(); ++i) {
            _offers.push(escrow_.offer(i));
        }
        _setActors(holders_);
        for (uint256 i; i < holders_.length; ++i) {
            ghostHolderBalance[holders_[i]] = token.balanceOf(holders_[i]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice A holder locks tokens for up to the units left this period and that it can pay for.
    function request(uint256 holderSeed, uint256 offerSeed, uint256 units) external {
        address holder = _actor(holderSeed);
        uint256 offerId = offerSeed % _offers.length;
        ITimeEscrow.Offer storage o = _offers[offerId];
        uint256 period = currentPeriod();
        uint256 available = o.capacity - ghostUnitsUsed[offerId][period];
        uint256 affordable = ghostHolderBalance[holder] / o.pricePerUnit;
        uint256 maxUnits = available < affordable ? available : affordable;
        if (maxUnits == 0) {
            ++calls[available == 0 ? "requestCapacityUsedUp" : "requestUnaffordable"];
            return;
        }
        units = _bound(units, 1, maxUnits);
        uint256 amount = o.pricePerUnit * units;

        vm.startPrank(holder);
        token.approve(address(escrow), amount);
        // forge-lint: disable-next-line(unsafe-typecast) bounded by the offer's uint32 capacity
        uint256 id = escrow.request(offerId, uint32(units), keccak256(abi.encode(holderSeed)));
        vm.stopPrank();
        assertEq(id, _ghosts.length, "request: id");

        _ghosts.push(
            Ghost({
                holder: holder,
                // forge-lint: disable-next-line(unsafe-typecast) two offers
                offerId: uint64(offerId),
                // forge-lint: disable-next-line(unsafe-typecast) bounded by the offer's uint32 capacity
                units: uint32(units),
                status: ITimeEscrow.Status.Requested,
                burn: o.burn,
                requestedAt: uint64(block.timestamp),
                scheduledAt: 0,
                deliveredAt: 0,
                disputedAt: 0,
                amount: amount,
                paid: 0,
                burned: 0,
                refunded: 0
            })
        );
        ghostUnitsUsed[offerId][period] += units;
        ghostLocked += amount;
        ghostHolderBalance[holder] -= amount;
        ++calls["request"];
    }

    /// @notice The holder takes back a request not yet accepted (one call in `TAKE_BACK_ODDS`).
    function cancel(uint256 seed) external {
        _takeBack(seed, false);
    }

    /// @notice The creator declines a request not yet accepted (one call in `TAKE_BACK_ODDS`).
    function decline(uint256 seed) external {
        _takeBack(seed, true);
    }

    /// @notice The creator accepts a request and schedules it now (half the time) or up to 30 days ahead.
    function accept(uint256 seed, uint256 ahead) external {
        (bool found, uint256 id) = _find(seed, _isRequested);
        if (_skip(!found, "acceptSkipped")) return;
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most 30 days
        uint64 scheduledAt = uint64(block.timestamp + (ahead % 2 == 0 ? 0 : _bound(ahead, 0, MAX_SCHEDULE_AHEAD)));
        vm.prank(creator);
        escrow.accept(id, scheduledAt);
        Ghost storage g = _ghosts[id];
        g.status = ITimeEscrow.Status.Accepted;
        g.scheduledAt = scheduledAt;
        ++calls["accept"];
    }

    /// @notice The creator marks an accepted request delivered, from its scheduled time until its delivery deadline.
    function markDelivered(uint256 seed) external {
        (bool found, uint256 id) = _find(seed, _canMarkDelivered);
        if (_skip(!found, "markDeliveredSkipped")) return;
        vm.prank(creator);
        escrow.markDelivered(id);
        Ghost storage g = _ghosts[id];
        g.status = ITimeEscrow.Status.Delivered;
        g.deliveredAt = uint64(block.timestamp);
        ++calls["markDelivered"];
    }

    /// @notice The holder confirms an accepted or delivered request from its scheduled time.
    function confirm(uint256 seed) external {
        _payCreator(seed, false);
    }

    /// @notice The creator releases a delivered request once the confirmation window has passed.
    function release(uint256 seed) external {
        _payCreator(seed, true);
    }

    /// @notice The holder reclaims an accepted request past its delivery deadline or a dispute left unresolved.
    function reclaim(uint256 seed) external {
        (bool found, uint256 id) = _find(seed, _canReclaim);
        if (_skip(!found, "reclaimSkipped")) return;
        Ghost storage g = _ghosts[id];
        bool disputed = g.status == ITimeEscrow.Status.Disputed;
        vm.prank(g.holder);
        escrow.reclaim(id);
        _refund(g, ITimeEscrow.Status.Refunded);
        ++calls[disputed ? "reclaimDispute" : "reclaimUndelivered"];
    }

    /// @notice The holder disputes a delivery within the confirmation window.
    function dispute(uint256 seed) external {
        (bool found, uint256 id) = _find(seed, _canDispute);
        if (_skip(!found, "disputeSkipped")) return;
        Ghost storage g = _ghosts[id];
        vm.prank(g.holder);
        escrow.dispute(id);
        g.status = ITimeEscrow.Status.Disputed;
        g.disputedAt = uint64(block.timestamp);
        ++calls["dispute"];
    }

    /// @notice The arbiter splits a dispute at random (all to one side a third of the time each); silent one call in
    /// `ARBITER_SILENCE_ODDS`, so disputes also reach the arbitration timeout. A dispute past its timeout is the
    /// holder's to reclaim: the arbiter's late call must be refused with `TimeEscrow_ArbitrationClosed`, moving nothing.
    function resolve(uint256 seed, uint256 toCreator) external {
        if (_skip(seed % ARBITER_SILENCE_ODDS == 0, "resolveHeld")) return;
        (bool found, uint256 id) = _find(seed, _isDisputed);
        if (_skip(!found, "resolveSkipped")) return;
        Ghost storage g = _ghosts[id];
        uint256 amount = g.amount;
        uint256 mode = toCreator % 3;
        toCreator = mode == 0 ? 0 : mode == 1 ? amount : _bound(toCreator, 0, amount);
        uint64 closedAt = g.disputedAt + arbitrationTimeout;
        if (block.timestamp >= closedAt) {
            vm.prank(arbiter);
            (bool ok, bytes memory err) = address(escrow).call(abi.encodeCall(escrow.resolve, (id, toCreator)));
            assertFalse(ok, "arbiter resolved after the timeout");
            assertEq(
                err, abi.encodeWithSelector(ITimeEscrow.TimeEscrow_ArbitrationClosed.selector, id, closedAt), "error"
            );
            ++calls["resolveRefusedLate"];
            return;
        }
        vm.prank(arbiter);
        escrow.resolve(id, toCreator);
        ghostLocked -= amount;
        if (toCreator != 0) _settleToCreator(g, toCreator);
        uint256 toHolder = amount - toCreator;
        g.refunded += toHolder;
        ghostRefunded += toHolder;
        ghostHolderBalance[g.holder] += toHolder;
        g.status = ITimeEscrow.Status.Resolved;
        ++calls["resolve"];
    }

    /// @notice Tries to settle a final request a second time, each way and from the party allowed to do it: every call
    /// must be refused with `TimeEscrow_WrongStatus` and move nothing (the invariants then see nothing moved).
    function settleAgain(uint256 seed, uint256 how) external {
        (bool found, uint256 id) = _find(seed, _isFinal);
        if (_skip(!found, "settleAgainSkipped")) return;
        Ghost storage g = _ghosts[id];
        uint256 kind = how % 8;
        address caller = kind == 7 ? arbiter : (kind == 0 || kind == 4 || kind == 5 || kind == 6) ? g.holder : creator;
        bytes memory data;
        if (kind == 0) data = abi.encodeCall(escrow.cancel, (id));
        else if (kind == 1) data = abi.encodeCall(escrow.decline, (id));
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp
        else if (kind == 2) data = abi.encodeCall(escrow.accept, (id, uint64(block.timestamp)));
        else if (kind == 3) data = abi.encodeCall(escrow.release, (id));
        else if (kind == 4) data = abi.encodeCall(escrow.confirm, (id));
        else if (kind == 5) data = abi.encodeCall(escrow.reclaim, (id));
        else if (kind == 6) data = abi.encodeCall(escrow.dispute, (id));
        else data = abi.encodeCall(escrow.resolve, (id, how % (g.amount + 1)));
        vm.prank(caller);
        (bool ok, bytes memory err) = address(escrow).call(data);
        assertFalse(ok, "final request settled again");
        assertEq(err, abi.encodeWithSelector(ITimeEscrow.TimeEscrow_WrongStatus.selector, id, g.status), "error");
        ++calls["settleAgainRefused"];
    }

    /// @notice A holder sends tokens to the escrow by plain transfer (a mistake): locked by no request.
    function donate(uint256 holderSeed, uint256 amount) external {
        address holder = _actor(holderSeed);
        amount = _bound(amount, 0, ghostHolderBalance[holder] / 10);
        if (_skip(amount == 0, "donateSkipped")) return;
        vm.prank(holder);
        assertTrue(token.transfer(address(escrow), amount));
        ghostHolderBalance[holder] -= amount;
        ghostSurplus += amount;
        ++calls["donate"];
    }

    /// @notice Anyone sends the surplus to the creator; refused, moving nothing, when there is none.
    function recoverSurplus() external {
        if (ghostSurplus == 0) {
            vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NoSurplus.selector, address(token)));
            escrow.recoverSurplus(address(token));
            ++calls["recoverSurplusRefused"];
            return;
        }
        assertEq(escrow.recoverSurplus(address(token)), ghostSurplus, "recovered");
        ghostRecovered += ghostSurplus;
        ghostSurplus = 0;
        ++calls["recoverSurplus"];
    }

    /// @notice Moves time forward: a plain jump, or exactly onto a deadline still ahead of a random open request (or
    /// the next capacity period) give or take one second; a plain jump when no deadline lies ahead.
    function warp(uint256 seconds_, uint256 seed, uint256 mode) external {
        uint256 kind = mode % 4;
        uint256 target;
        if (kind == 3) {
            target = launchedAt + (currentPeriod() + 1) * capacityPeriod;
        } else if (kind != 0) {
            (bool found, uint256 id) = _find(seed, _hasDeadlineAhead);
            if (found) target = _deadlineAhead(_ghosts[id], seconds_);
        }
        if (target != 0) target = target + (mode / 4) % 3 - 1; // -1, 0 or +1 second
        if (target <= block.timestamp) {
            _warpBy(seconds_, 1, MAX_WARP);
            return;
        }
        vm.warp(target);
        ++calls[kind == 3 ? "warpToPeriodEdge" : "warpToDeadline"];
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function offerCount() external view returns (uint256) {
        return _offers.length;
    }

    /// @notice The offer as published at launch (never changed afterwards).
    function offer(uint256 offerId) external view returns (ITimeEscrow.Offer memory) {
        return _offers[offerId];
    }

    function ghostCount() external view returns (uint256) {
        return _ghosts.length;
    }

    function ghost(uint256 id) external view returns (Ghost memory) {
        return _ghosts[id];
    }

    /// @notice The capacity period `timestamp` falls in, counted from the launch.
    function periodOf(uint256 timestamp) public view returns (uint256) {
        return (timestamp - launchedAt) / capacityPeriod;
    }

    function currentPeriod() public view returns (uint256) {
        return periodOf(block.timestamp);
    }

    /// @notice When the creator may no longer mark `g` delivered and the holder may reclaim it.
    function deliveryDeadline(Ghost memory g) public view returns (uint256) {
        return uint256(g.scheduledAt) + uint256(g.units) * _offers[g.offerId].unitLength + deliveryGrace;
    }

    function isOpen(ITimeEscrow.Status s) public pure returns (bool) {
        return s == ITimeEscrow.Status.Requested || s == ITimeEscrow.Status.Accepted
            || s == ITimeEscrow.Status.Delivered || s == ITimeEscrow.Status.Disputed;
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    /// @dev A request not yet accepted goes back to its holder (one call in `TAKE_BACK_ODDS`): cancelled by the holder,
    /// or declined by the creator.
    function _takeBack(uint256 seed, bool declined) internal {
        string memory action = declined ? "decline" : "cancel";
        if (_skip(seed % TAKE_BACK_ODDS != 0, string.concat(action, "Held"))) return;
        (bool found, uint256 id) = _find(seed / TAKE_BACK_ODDS, _isRequested);
        if (_skip(!found, string.concat(action, "Skipped"))) return;
        Ghost storage g = _ghosts[id];
        vm.prank(declined ? creator : g.holder);
        if (declined) escrow.decline(id);
        else escrow.cancel(id);
        _freeCapacity(g);
        _refund(g, declined ? ITimeEscrow.Status.Declined : ITimeEscrow.Status.Cancelled);
        ++calls[action];
    }

    /// @dev The creator is paid a request's whole amount: confirmed by the holder, or released by the creator.
    function _payCreator(uint256 seed, bool released) internal {
        string memory action = released ? "release" : "confirm";
        (bool found, uint256 id) = _find(seed, released ? _canRelease : _canConfirm);
        if (_skip(!found, string.concat(action, "Skipped"))) return;
        Ghost storage g = _ghosts[id];
        vm.prank(released ? creator : g.holder);
        if (released) escrow.release(id);
        else escrow.confirm(id);
        _pay(g, g.amount);
        g.status = ITimeEscrow.Status.Released;
        ++calls[action];
    }

    /// @dev The first request from `seed % count` on (wrapping around) that `fits`.
    function _find(uint256 seed, function(Ghost storage) internal view returns (bool) fits)
        internal
        view
        returns (bool, uint256)
    {
        uint256 n = _ghosts.length;
        if (n == 0) return (false, 0);
        uint256 start = seed % n;
        for (uint256 i; i < n; ++i) {
            uint256 id = (start + i) % n;
            if (fits(_ghosts[id])) return (true, id);
        }
        return (false, 0);
    }

    function _isRequested(Ghost storage g) internal view returns (bool) {
        return g.status == ITimeEscrow.Status.Requested;
    }

    function _isFinal(Ghost storage g) internal view returns (bool) {
        return !isOpen(g.status);
    }

    function _isDisputed(Ghost storage g) internal view returns (bool) {
        return g.status == ITimeEscrow.Status.Disputed;
    }

    function _canMarkDelivered(Ghost storage g) internal view returns (bool) {
        return g.status == ITimeEscrow.Status.Accepted && block.timestamp >= g.scheduledAt
            && block.timestamp < deliveryDeadline(g);
    }

    function _canConfirm(Ghost storage g) internal view returns (bool) {
        return (g.status == ITimeEscrow.Status.Accepted || g.status == ITimeEscrow.Status.Delivered)
            && block.timestamp >= g.scheduledAt;
    }

    function _canRelease(Ghost storage g) internal view returns (bool) {
        return
            g.status == ITimeEscrow.Status.Delivered && block.timestamp >= uint256(g.deliveredAt) + confirmationWindow;
    }

    function _canDispute(Ghost storage g) internal view returns (bool) {
        return g.status == ITimeEscrow.Status.Delivered && block.timestamp < uint256(g.deliveredAt) + confirmationWindow;
    }

    function _canReclaim(Ghost storage g) internal view returns (bool) {
        if (g.status == ITimeEscrow.Status.Accepted) return block.timestamp >= deliveryDeadline(g);
        if (g.status == ITimeEscrow.Status.Disputed) {
            return block.timestamp >= uint256(g.disputedAt) + arbitrationTimeout;
        }
        return false;
    }

    function _hasDeadlineAhead(Ghost storage g) internal view returns (bool) {
        if (g.status == ITimeEscrow.Status.Accepted) return deliveryDeadline(g) >= block.timestamp;
        if (g.status == ITimeEscrow.Status.Delivered) {
            return uint256(g.deliveredAt) + confirmationWindow >= block.timestamp;
        }
        if (g.status == ITimeEscrow.Status.Disputed) {
            return uint256(g.disputedAt) + arbitrationTimeout >= block.timestamp;
        }
        return false;
    }

    /// @dev A deadline of an open request not yet passed: the scheduled time (if still ahead, half the time) or the
    /// delivery deadline of an accepted one, the end of the confirmation window of a delivered one, the arbitration
    /// timeout of a disputed one.
    function _deadlineAhead(Ghost storage g, uint256 pick) internal view returns (uint256) {
        if (g.status == ITimeEscrow.Status.Accepted) {
            return pick % 2 == 0 && g.scheduledAt >= block.timestamp ? g.scheduledAt : deliveryDeadline(g);
        }
        if (g.status == ITimeEscrow.Status.Delivered) return uint256(g.deliveredAt) + confirmationWindow;
        return uint256(g.disputedAt) + arbitrationTimeout;
    }

    function _freeCapacity(Ghost storage g) internal {
        ghostUnitsUsed[g.offerId][periodOf(g.requestedAt)] -= g.units;
    }

    function _refund(Ghost storage g, ITimeEscrow.Status status) internal {
        uint256 amount = g.amount;
        ghostLocked -= amount;
        ghostRefunded += amount;
        ghostHolderBalance[g.holder] += amount;
        g.refunded += amount;
        g.status = status;
    }

    function _pay(Ghost storage g, uint256 amount) internal {
        ghostLocked -= amount;
        _settleToCreator(g, amount);
    }

    function _settleToCreator(Ghost storage g, uint256 amount) internal {
        if (g.burn) {
            g.burned += amount;
            ghostBurned += amount;
        } else {
            g.paid += amount;
            ghostPaid += amount;
        }
    }
}
