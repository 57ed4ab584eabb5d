// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {TimeEscrowTestBase} from "../utils/TimeEscrowTestBase.sol";

/// @notice Unit tests for {TimeEscrow}: accept, delivery, confirmation, release, reclaim, disputes and their exact
/// time boundaries.
contract TimeEscrowDeliveryTest is TimeEscrowTestBase {
    uint256 internal constant CREATOR_FUNDS = 4_000_000 ether;
    uint256 internal constant ALICE_FUNDS = 1_000_000 ether - BOB_FUNDS;

    /*//////////////////////////////////////////////////////////////
                                ACCEPT
    //////////////////////////////////////////////////////////////*/

    function test_Accept_SchedulesAndEmits() public {
        uint256 id = _request(2);
        uint64 scheduledAt = uint64(block.timestamp) + 3 days;
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.RequestAccepted(id, scheduledAt);
        vm.prank(creator);
        escrow.accept(id, scheduledAt);
        _assertStatus(id, ITimeEscrow.Status.Accepted);
        assertEq(escrow.getRequest(id).scheduledAt, scheduledAt);
        _assertLocked(2 * HOUR_PRICE);
    }

    function test_Accept_AtNow() public {
        uint256 id = _request(1);
        _act(Action.Accept, creator, id);
        assertEq(escrow.getRequest(id).scheduledAt, block.timestamp);
    }

    function test_Accept_AtMaxScheduleAhead() public {
        uint256 id = _request(1);
        uint64 latest = uint64(block.timestamp) + escrow.MAX_SCHEDULE_AHEAD();
        vm.prank(creator);
        escrow.accept(id, latest);
        assertEq(escrow.getRequest(id).scheduledAt, latest);
    }

    function test_RevertWhen_AcceptInThePast() public {
        uint256 id = _request(1);
        uint64 past = uint64(block.timestamp) - 1;
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_InvalidSchedule.selector, past));
        vm.prank(creator);
        escrow.accept(id, past);
    }

    function test_RevertWhen_AcceptTooFarAhead() public {
        uint256 id = _request(1);
        uint64 tooFar = uint64(block.timestamp) + 365 days + 1;
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_InvalidSchedule.selector, tooFar));
        vm.prank(creator);
        escrow.accept(id, tooFar);
    }

    function test_RevertWhen_AcceptNotCreator() public {
        uint256 id = _request(1);
        _expectRevertOn(Action.Accept, alice, id, _notCreator(alice));
    }

    function test_RevertWhen_AcceptTwice() public {
        uint256 id = _request(1);
        _accept(id);
        _expectWrongStatusOn(Action.Accept, id, ITimeEscrow.Status.Accepted);
    }

    /*//////////////////////////////////////////////////////////////
                            MARK DELIVERED
    //////////////////////////////////////////////////////////////*/

    function test_MarkDelivered_AtScheduledTime() public {
        uint256 id = _request(2);
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.DeliveryMarked(id);
        _act(Action.MarkDelivered, creator, id);
        _assertStatus(id, ITimeEscrow.Status.Delivered);
        assertEq(escrow.getRequest(id).deliveredAt, scheduledAt);
        _assertLocked(2 * HOUR_PRICE);
    }

    function test_RevertWhen_MarkDeliveredBeforeScheduledTime() public {
        uint256 id = _request(2);
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt - 1);
        _expectRevertOn(Action.MarkDelivered, creator, id, _tooEarly(id, scheduledAt));
    }

    function test_MarkDelivered_JustBeforeDeadline() public {
        uint256 id = _request(2);
        uint64 deadline = _deliveryDeadline(_accept(id), 2);
        vm.warp(deadline - 1);
        _act(Action.MarkDelivered, creator, id);
        assertEq(escrow.getRequest(id).deliveredAt, deadline - 1);
    }

    function test_RevertWhen_MarkDeliveredAtDeadline() public {
        uint256 id = _request(2);
        uint64 scheduledAt = _accept(id);
        uint64 deadline = scheduledAt + 2 * HOUR + DELIVERY_GRACE;
        vm.warp(deadline);
        _expectRevertOn(Action.MarkDelivered, creator, id, _tooLate(id, deadline));
    }

    function test_RevertWhen_MarkDeliveredNotCreator() public {
        uint256 id = _request(1);
        vm.warp(_accept(id));
        _expectRevertOn(Action.MarkDelivered, alice, id, _notCreator(alice));
    }

    function test_RevertWhen_MarkDeliveredRequested() public {
        uint256 id = _request(1);
        _expectWrongStatusOn(Action.MarkDelivered, id, ITimeEscrow.Status.Requested);
    }

    function test_RevertWhen_MarkDeliveredTwice() public {
        uint256 id = _request(1);
        _deliver(id);
        _expectWrongStatusOn(Action.MarkDelivered, id, ITimeEscrow.Status.Delivered);
    }

    /*//////////////////////////////////////////////////////////////
                                CONFIRM
    //////////////////////////////////////////////////////////////*/

    function test_Confirm_FromAcceptedAtScheduledTime() public {
        uint256 id = _request(2);
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensReleased(id, creator, 2 * HOUR_PRICE, false);
        _act(Action.Confirm, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Released);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + 2 * HOUR_PRICE);
        assertEq(token.balanceOf(alice), ALICE_FUNDS - 2 * HOUR_PRICE);
        _assertLocked(0);
    }

    function test_Confirm_FromDelivered() public {
        uint256 id = _request(3);
        _deliver(id);
        _act(Action.Confirm, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Released);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + 3 * HOUR_PRICE);
        _assertLocked(0);
    }

    function test_Confirm_AfterConfirmationWindow() public {
        uint256 id = _request(1);
        uint64 deliveredAt = _deliver(id);
        vm.warp(deliveredAt + CONFIRMATION_WINDOW + 1 days);
        _act(Action.Confirm, alice, id);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + HOUR_PRICE);
    }

    function test_RevertWhen_ConfirmBeforeScheduledTime() public {
        uint256 id = _request(1);
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt - 1);
        _expectRevertOn(Action.Confirm, alice, id, _tooEarly(id, scheduledAt));
    }

    function test_RevertWhen_ConfirmRequested() public {
        uint256 id = _request(1);
        _expectWrongStatusOn(Action.Confirm, id, ITimeEscrow.Status.Requested);
    }

    function test_RevertWhen_ConfirmDisputed() public {
        uint256 id = _request(1);
        _dispute(id);
        _expectWrongStatusOn(Action.Confirm, id, ITimeEscrow.Status.Disputed);
    }

    function test_RevertWhen_ConfirmNotHolder() public {
        uint256 id = _request(1);
        _deliver(id);
        _expectRevertOn(Action.Confirm, creator, id, _notHolder(creator));
    }

    /*//////////////////////////////////////////////////////////////
                                RELEASE
    //////////////////////////////////////////////////////////////*/

    function test_Release_AtWindowEnd() public {
        uint256 id = _request(2);
        uint64 deliveredAt = _deliver(id);
        vm.warp(deliveredAt + CONFIRMATION_WINDOW);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensReleased(id, creator, 2 * HOUR_PRICE, false);
        _act(Action.Release, creator, id);
        _assertStatus(id, ITimeEscrow.Status.Released);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + 2 * HOUR_PRICE);
        _assertLocked(0);
    }

    function test_RevertWhen_ReleaseBeforeWindowEnd() public {
        uint256 id = _request(2);
        uint64 deliveredAt = _deliver(id);
        uint64 opensAt = deliveredAt + CONFIRMATION_WINDOW;
        vm.warp(opensAt - 1);
        _expectRevertOn(Action.Release, creator, id, _tooEarly(id, opensAt));
    }

    function test_RevertWhen_ReleaseNotCreator() public {
        uint256 id = _request(1);
        uint64 deliveredAt = _deliver(id);
        vm.warp(deliveredAt + CONFIRMATION_WINDOW);
        _expectRevertOn(Action.Release, alice, id, _notCreator(alice));
    }

    function test_RevertWhen_ReleaseAccepted() public {
        uint256 id = _request(1);
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt + 30 days);
        _expectWrongStatusOn(Action.Release, id, ITimeEscrow.Status.Accepted);
    }

    function test_RevertWhen_ReleaseDisputed() public {
        uint256 id = _request(1);
        _dispute(id);
        vm.warp(block.timestamp + CONFIRMATION_WINDOW);
        _expectWrongStatusOn(Action.Release, id, ITimeEscrow.Status.Disputed);
    }

    /*//////////////////////////////////////////////////////////////
                                RECLAIM
    //////////////////////////////////////////////////////////////*/

    function test_Reclaim_AcceptedAtDeadline() public {
        uint256 id = _request(3);
        uint64 deadline = _deliveryDeadline(_accept(id), 3);
        vm.warp(deadline);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensRefunded(id, alice, 3 * HOUR_PRICE);
        _act(Action.Reclaim, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Refunded);
        assertEq(token.balanceOf(alice), ALICE_FUNDS);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS);
        _assertLocked(0);
    }

    function test_RevertWhen_ReclaimAcceptedBeforeDeadline() public {
        uint256 id = _request(3);
        uint64 deadline = _deliveryDeadline(_accept(id), 3);
        vm.warp(deadline - 1);
        _expectRevertOn(Action.Reclaim, alice, id, _tooEarly(id, deadline));
    }

    function test_Reclaim_DisputedAtTimeout() public {
        uint256 id = _request(2);
        uint64 disputedAt = _dispute(id);
        vm.warp(disputedAt + ARBITRATION_TIMEOUT);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensRefunded(id, alice, 2 * HOUR_PRICE);
        _act(Action.Reclaim, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Refunded);
        assertEq(token.balanceOf(alice), ALICE_FUNDS);
        _assertLocked(0);
    }

    function test_RevertWhen_ReclaimDisputedBeforeTimeout() public {
        uint256 id = _request(2);
        uint64 disputedAt = _dispute(id);
        uint64 opensAt = disputedAt + ARBITRATION_TIMEOUT;
        vm.warp(opensAt - 1);
        _expectRevertOn(Action.Reclaim, alice, id, _tooEarly(id, opensAt));
    }

    function test_RevertWhen_ReclaimRequested() public {
        uint256 id = _request(1);
        _expectWrongStatusOn(Action.Reclaim, id, ITimeEscrow.Status.Requested);
    }

    function test_RevertWhen_ReclaimDelivered() public {
        uint256 id = _request(1);
        _deliver(id);
        vm.warp(block.timestamp + 365 days);
        _expectWrongStatusOn(Action.Reclaim, id, ITimeEscrow.Status.Delivered);
    }

    function test_RevertWhen_ReclaimNotHolder() public {
        uint256 id = _request(1);
        vm.warp(_deliveryDeadline(_accept(id), 1));
        _expectRevertOn(Action.Reclaim, creator, id, _notHolder(creator));
    }

    /*//////////////////////////////////////////////////////////////
                                DISPUTE
    //////////////////////////////////////////////////////////////*/

    function test_Dispute_JustBeforeWindowEnd() public {
        uint256 id = _request(1);
        uint64 deliveredAt = _deliver(id);
        vm.warp(deliveredAt + CONFIRMATION_WINDOW - 1);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.DisputeOpened(id);
        _act(Action.Dispute, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Disputed);
        assertEq(escrow.getRequest(id).disputedAt, deliveredAt + CONFIRMATION_WINDOW - 1);
        _assertLocked(HOUR_PRICE);
    }

    function test_RevertWhen_DisputeAtWindowEnd() public {
        uint256 id = _request(1);
        uint64 deliveredAt = _deliver(id);
        uint64 closesAt = deliveredAt + CONFIRMATION_WINDOW;
        vm.warp(closesAt);
        _expectRevertOn(Action.Dispute, alice, id, _tooLate(id, closesAt));
    }

    function test_RevertWhen_DisputeAccepted() public {
        uint256 id = _request(1);
        vm.warp(_accept(id));
        _expectWrongStatusOn(Action.Dispute, id, ITimeEscrow.Status.Accepted);
    }

    function test_RevertWhen_DisputeTwice() public {
        uint256 id = _request(1);
        _dispute(id);
        _expectWrongStatusOn(Action.Dispute, id, ITimeEscrow.Status.Disputed);
    }

    function test_RevertWhen_DisputeNotHolder() public {
        uint256 id = _request(1);
        _deliver(id);
        _expectRevertOn(Action.Dispute, bob, id, _notHolder(bob));
    }

    function test_RevertWhen_DisputeWithoutArbiter() public {
        ITimeEscrow.Config memory c = _config(address(0));
        (PersonalToken t, TimeEscrow e) = _launchAlt(c, _oneOffer(_hourOffer(false)), keccak256("ALT"));
        vm.startPrank(alice);
        t.approve(address(e), HOUR_PRICE);
        uint256 id = e.request(0, 1, NOTE);
        vm.stopPrank();
        uint64 scheduledAt = uint64(block.timestamp);
        vm.startPrank(creator);
        e.accept(id, scheduledAt);
        e.markDelivered(id);
        vm.stopPrank();

        vm.expectRevert(ITimeEscrow.TimeEscrow_NoArbiter.selector);
        vm.prank(alice);
        e.dispute(id);

        // Nobody can resolve either; the timeouts decide.
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotArbiter.selector, arbiter));
        vm.prank(arbiter);
        e.resolve(id, 0);

        vm.warp(scheduledAt + CONFIRMATION_WINDOW);
        vm.prank(creator);
        e.release(id);
        assertEq(t.balanceOf(creator), CREATOR_FUNDS + HOUR_PRICE);
        assertEq(t.balanceOf(address(e)), 0);
    }

    /*//////////////////////////////////////////////////////////////
                                RESOLVE
    //////////////////////////////////////////////////////////////*/

    function test_Resolve_SplitsBothSides() public {
        uint256 id = _request(4);
        _dispute(id);
        uint256 amount = 4 * HOUR_PRICE;
        uint256 toCreator = amount * 3 / 10;
        uint256 toHolder = amount - toCreator;

        vm.expectEmit(address(escrow));
        emit ITimeEscrow.DisputeResolved(id, toCreator, toHolder);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensReleased(id, creator, toCreator, false);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensRefunded(id, alice, toHolder);
        vm.prank(arbiter);
        escrow.resolve(id, toCreator);

        _assertStatus(id, ITimeEscrow.Status.Resolved);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + toCreator);
        assertEq(token.balanceOf(alice), ALICE_FUNDS - toCreator);
        _assertLocked(0);
    }

    function test_Resolve_AllToHolder() public {
        uint256 id = _request(2);
        _dispute(id);
        vm.recordLogs();
        _act(Action.Resolve, arbiter, id);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // No TokensReleased for a zero share.
        assertEq(_countLogs(logs, ITimeEscrow.TokensReleased.selector), 0);
        assertEq(_countLogs(logs, ITimeEscrow.TokensRefunded.selector), 1);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS);
        assertEq(token.balanceOf(alice), ALICE_FUNDS);
        _assertLocked(0);
    }

    function test_Resolve_AllToCreator() public {
        uint256 id = _request(2);
        _dispute(id);
        uint256 amount = 2 * HOUR_PRICE;
        vm.recordLogs();
        vm.prank(arbiter);
        escrow.resolve(id, amount);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, ITimeEscrow.TokensReleased.selector), 1);
        assertEq(_countLogs(logs, ITimeEscrow.TokensRefunded.selector), 0);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + amount);
        assertEq(token.balanceOf(alice), ALICE_FUNDS - amount);
        _assertLocked(0);
    }

    /// @notice The arbitration boundary, one second before: the arbiter may still resolve, the holder may not reclaim.
    function test_Resolve_JustBeforeArbitrationTimeout() public {
        uint256 id = _request(1);
        uint64 closesAt = _dispute(id) + ARBITRATION_TIMEOUT;
        vm.warp(closesAt - 1);
        _expectRevertOn(Action.Reclaim, alice, id, _tooEarly(id, closesAt));

        vm.prank(arbiter);
        escrow.resolve(id, HOUR_PRICE);
        _assertStatus(id, ITimeEscrow.Status.Resolved);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS + HOUR_PRICE);
    }

    /// @notice The arbitration boundary, at the timeout: it closes for the arbiter exactly where it opens for the
    /// holder, so a late arbiter cannot front-run the holder's reclaim.
    function test_RevertWhen_ResolveAtArbitrationTimeout() public {
        uint256 id = _request(1);
        uint64 closesAt = _dispute(id) + ARBITRATION_TIMEOUT;
        vm.warp(closesAt);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_ArbitrationClosed.selector, id, closesAt));
        vm.prank(arbiter);
        escrow.resolve(id, HOUR_PRICE);

        _act(Action.Reclaim, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Refunded);
        assertEq(token.balanceOf(alice), ALICE_FUNDS);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS);
    }

    /// @notice Long after the timeout the arbiter still cannot take the holder's tokens.
    function test_RevertWhen_ResolveLongAfterArbitrationTimeout() public {
        uint256 id = _request(1);
        uint64 closesAt = _dispute(id) + ARBITRATION_TIMEOUT;
        vm.warp(closesAt + 30 days);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_ArbitrationClosed.selector, id, closesAt));
        vm.prank(arbiter);
        escrow.resolve(id, HOUR_PRICE);
    }

    function test_RevertWhen_ResolveInvalidSplit() public {
        uint256 id = _request(2);
        _dispute(id);
        uint256 amount = 2 * HOUR_PRICE;
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_InvalidSplit.selector, amount + 1, amount));
        vm.prank(arbiter);
        escrow.resolve(id, amount + 1);
    }

    function test_RevertWhen_ResolveNotArbiter() public {
        uint256 id = _request(1);
        _dispute(id);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotArbiter.selector, creator));
        vm.prank(creator);
        escrow.resolve(id, HOUR_PRICE);
        _expectRevertOn(
            Action.Resolve, alice, id, abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotArbiter.selector, alice)
        );
    }

    function test_RevertWhen_ResolveDelivered() public {
        uint256 id = _request(1);
        _deliver(id);
        _expectWrongStatusOn(Action.Resolve, id, ITimeEscrow.Status.Delivered);
    }

    /*//////////////////////////////////////////////////////////////
                              BURN OFFERS
    //////////////////////////////////////////////////////////////*/

    function test_Release_BurnOfferBurns() public {
        uint256 offerId = _publishBurnOffer();
        uint256 id = _request(alice, offerId, 2);
        uint64 deliveredAt = _deliver(id);
        vm.warp(deliveredAt + CONFIRMATION_WINDOW);
        uint256 supply = token.totalSupply();
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensReleased(id, address(0), 2 * HOUR_PRICE, true);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(escrow), address(0), 2 * HOUR_PRICE);
        _act(Action.Release, creator, id);
        assertEq(token.totalSupply(), supply - 2 * HOUR_PRICE);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS);
        _assertLocked(0);
    }

    function test_Confirm_BurnOfferBurns() public {
        uint256 offerId = _publishBurnOffer();
        uint256 id = _request(bob, offerId, 1);
        vm.warp(_accept(id));
        uint256 supply = token.totalSupply();
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensReleased(id, address(0), HOUR_PRICE, true);
        _act(Action.Confirm, bob, id);
        assertEq(token.totalSupply(), supply - HOUR_PRICE);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS);
        assertEq(token.balanceOf(bob), BOB_FUNDS - HOUR_PRICE);
        _assertLocked(0);
    }

    function test_Resolve_BurnOfferBurnsCreatorShare() public {
        uint256 offerId = _publishBurnOffer();
        uint256 id = _request(alice, offerId, 2);
        _dispute(id);
        uint256 supply = token.totalSupply();
        uint256 toCreator = HOUR_PRICE / 4;
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensReleased(id, address(0), toCreator, true);
        vm.prank(arbiter);
        escrow.resolve(id, toCreator);
        assertEq(token.totalSupply(), supply - toCreator);
        assertEq(token.balanceOf(creator), CREATOR_FUNDS);
        assertEq(token.balanceOf(alice), ALICE_FUNDS - toCreator);
        _assertLocked(0);
    }

    function test_Refund_BurnOfferDoesNotBurn() public {
        uint256 offerId = _publishBurnOffer();
        uint256 id = _request(alice, offerId, 2);
        uint256 supply = token.totalSupply();
        vm.warp(_deliveryDeadline(_accept(id), 2));
        _act(Action.Reclaim, alice, id);
        assertEq(token.totalSupply(), supply);
        assertEq(token.balanceOf(alice), ALICE_FUNDS);
    }

    /*//////////////////////////////////////////////////////////////
                            NO DOUBLE PAYOUT
    //////////////////////////////////////////////////////////////*/

    /// @dev Tries every action on a final request: each reverts with WrongStatus and nothing moves.
    function _assertFinal(uint256 id, ITimeEscrow.Status status) internal {
        _assertStatus(id, status);
        vm.warp(block.timestamp + 400 days);
        uint256 escrowBalance = token.balanceOf(address(escrow));
        uint256 aliceBalance = token.balanceOf(alice);
        uint256 creatorBalance = token.balanceOf(creator);
        uint256 supply = token.totalSupply();

        _expectEveryActionReverts(id, _wrongStatus(id, status));

        assertEq(token.balanceOf(address(escrow)), escrowBalance);
        assertEq(token.balanceOf(alice), aliceBalance);
        assertEq(token.balanceOf(creator), creatorBalance);
        assertEq(token.totalSupply(), supply);
        assertEq(escrow.openRequestIdsOf(alice).length, 0);
    }

    function test_NoDoublePayout_Cancelled() public {
        uint256 id = _request(1);
        _act(Action.Cancel, alice, id);
        _assertFinal(id, ITimeEscrow.Status.Cancelled);
    }

    function test_NoDoublePayout_Declined() public {
        uint256 id = _request(1);
        _act(Action.Decline, creator, id);
        _assertFinal(id, ITimeEscrow.Status.Declined);
    }

    function test_NoDoublePayout_Confirmed() public {
        uint256 id = _request(1);
        _deliver(id);
        _act(Action.Confirm, alice, id);
        _assertFinal(id, ITimeEscrow.Status.Released);
    }

    function test_NoDoublePayout_Released() public {
        uint256 id = _request(1);
        vm.warp(_deliver(id) + CONFIRMATION_WINDOW);
        _act(Action.Release, creator, id);
        _assertFinal(id, ITimeEscrow.Status.Released);
    }

    function test_NoDoublePayout_ReclaimedAfterDeadline() public {
        uint256 id = _request(1);
        vm.warp(_deliveryDeadline(_accept(id), 1));
        _act(Action.Reclaim, alice, id);
        _assertFinal(id, ITimeEscrow.Status.Refunded);
    }

    function test_NoDoublePayout_ReclaimedAfterDispute() public {
        uint256 id = _request(1);
        vm.warp(_dispute(id) + ARBITRATION_TIMEOUT);
        _act(Action.Reclaim, alice, id);
        _assertFinal(id, ITimeEscrow.Status.Refunded);
    }

    function test_NoDoublePayout_Resolved() public {
        uint256 id = _request(1);
        _dispute(id);
        vm.prank(arbiter);
        escrow.resolve(id, HOUR_PRICE / 2);
        _assertFinal(id, ITimeEscrow.Status.Resolved);
    }

    /*//////////////////////////////////////////////////////////////
                        UNKNOWN REQUEST / LEDGER
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_UnknownRequest() public {
        _request(1);
        uint256 bad = 1;
        _expectEveryActionReverts(bad, abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownRequest.selector, bad));
    }

    function test_TotalLocked_TracksEveryStep() public {
        uint256 a = _request(2); // released
        uint256 b = _request(bob, 0, 3); // disputed, resolved
        uint256 c = _request(1); // cancelled
        uint256 d = _request(bob, 0, 4); // refunded after the delivery deadline
        _assertLocked(10 * HOUR_PRICE);

        _act(Action.Cancel, alice, c);
        _assertLocked(9 * HOUR_PRICE);

        uint64 scheduledAt = uint64(block.timestamp) + 1 hours;
        vm.startPrank(creator);
        escrow.accept(a, scheduledAt);
        escrow.accept(b, scheduledAt);
        escrow.accept(d, scheduledAt);
        vm.warp(scheduledAt);
        escrow.markDelivered(a);
        escrow.markDelivered(b);
        vm.stopPrank();
        _assertLocked(9 * HOUR_PRICE);

        _act(Action.Dispute, bob, b);
        _assertLocked(9 * HOUR_PRICE);

        _act(Action.Confirm, alice, a);
        _assertLocked(7 * HOUR_PRICE);

        vm.prank(arbiter);
        escrow.resolve(b, HOUR_PRICE);
        _assertLocked(4 * HOUR_PRICE);

        vm.warp(_deliveryDeadline(scheduledAt, 4));
        _act(Action.Reclaim, bob, d);
        _assertLocked(0);

        assertEq(token.balanceOf(creator), CREATOR_FUNDS + 3 * HOUR_PRICE);
        assertEq(token.balanceOf(alice), ALICE_FUNDS - 2 * HOUR_PRICE);
        assertEq(token.balanceOf(bob), BOB_FUNDS - HOUR_PRICE);
        assertEq(escrow.openRequestIds(0, 10).length, 0);
    }

    function _countLogs(Vm.Log[] memory logs, bytes32 topic0) internal view returns (uint256 n) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(escrow) && logs[i].topics[0] == topic0) ++n;
        }
    }
}
