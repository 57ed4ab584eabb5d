// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrowTestBase} from "../utils/TimeEscrowTestBase.sol";

/// @notice Unit tests for {TimeEscrow}: requests, capacity, permits, cancel and decline.
contract TimeEscrowRequestTest is TimeEscrowTestBase {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint256 internal constant ALICE_FUNDS = 1_000_000 ether - BOB_FUNDS;

    /*//////////////////////////////////////////////////////////////
                                REQUEST
    //////////////////////////////////////////////////////////////*/

    function test_Request_LocksTokens() public {
        uint256 amount = 3 * HOUR_PRICE;
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, address(escrow), amount);
        uint256 id = _request(3);

        assertEq(id, 0);
        assertEq(escrow.requestCount(), 1);
        assertEq(token.balanceOf(alice), ALICE_FUNDS - amount);
        _assertLocked(amount);
        _assertStatus(id, ITimeEscrow.Status.Requested);
        assertEq(escrow.availableUnits(0), CAPACITY - 3);
    }

    function test_Request_EmitsTimeRequested() public {
        _request(1);
        bytes32 note = keccak256("a different note");
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TimeRequested(1, bob, 0, 4, 4 * HOUR_PRICE, note);
        vm.prank(bob);
        uint256 id = escrow.request(0, 4, note);
        assertEq(id, 1);
    }

    function test_Request_AddsUpAcrossHolders() public {
        _request(2);
        _request(bob, 0, 5);
        _assertLocked(7 * HOUR_PRICE);
        assertEq(token.balanceOf(bob), BOB_FUNDS - 5 * HOUR_PRICE);
        assertEq(escrow.availableUnits(0), CAPACITY - 7);
    }

    function test_RevertWhen_RequestZeroUnits() public {
        vm.expectRevert(ITimeEscrow.TimeEscrow_ZeroUnits.selector);
        vm.prank(alice);
        escrow.request(0, 0, NOTE);
    }

    function test_RevertWhen_RequestWithoutAllowance() public {
        address carol = makeAddr("carol");
        vm.prank(alice);
        assertTrue(token.transfer(carol, HOUR_PRICE));
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, HOUR_PRICE)
        );
        vm.prank(carol);
        escrow.request(0, 1, NOTE);
    }

    /*//////////////////////////////////////////////////////////////
                                CAPACITY
    //////////////////////////////////////////////////////////////*/

    function test_Request_FullCapacity() public {
        _request(CAPACITY);
        assertEq(escrow.availableUnits(0), 0);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_CapacityExceeded.selector, 0, 0, 1));
        vm.prank(bob);
        escrow.request(0, 1, NOTE);
    }

    function test_RevertWhen_CapacityExceeded() public {
        _request(4);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_CapacityExceeded.selector, 0, 6, 7));
        vm.prank(bob);
        escrow.request(0, 7, NOTE);
        // Exactly the rest still fits.
        _request(bob, 0, 6);
        assertEq(escrow.availableUnits(0), 0);
    }

    function test_RevertWhen_CapacityExceededInOneRequest() public {
        vm.expectRevert(
            abi.encodeWithSelector(ITimeEscrow.TimeEscrow_CapacityExceeded.selector, 0, CAPACITY, CAPACITY + 1)
        );
        vm.prank(alice);
        escrow.request(0, CAPACITY + 1, NOTE);
    }

    function test_Capacity_ResetsInNextPeriod() public {
        _request(CAPACITY);
        vm.warp(launchedAt + CAPACITY_PERIOD - 1);
        assertEq(escrow.availableUnits(0), 0);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_CapacityExceeded.selector, 0, 0, 1));
        vm.prank(alice);
        escrow.request(0, 1, NOTE);

        vm.warp(launchedAt + CAPACITY_PERIOD);
        assertEq(escrow.availableUnits(0), CAPACITY);
        uint256 id = _request(CAPACITY);
        assertEq(escrow.getRequest(id).period, 1);
        assertEq(escrow.availableUnits(0), 0);
        _assertLocked(2 * CAPACITY * HOUR_PRICE);
    }

    function test_Capacity_IsPerOffer() public {
        _request(CAPACITY);
        uint256 burnOffer = _publishBurnOffer();
        assertEq(escrow.availableUnits(burnOffer), CAPACITY);
        _request(alice, burnOffer, 2);
        assertEq(escrow.availableUnits(burnOffer), CAPACITY - 2);
        assertEq(escrow.availableUnits(0), 0);
    }

    function test_Capacity_FreedByCancel() public {
        uint256 id = _request(CAPACITY);
        _act(Action.Cancel, alice, id);
        assertEq(escrow.availableUnits(0), CAPACITY);
        _request(bob, 0, CAPACITY);
    }

    function test_Capacity_FreedByDecline() public {
        uint256 id = _request(CAPACITY);
        _act(Action.Decline, creator, id);
        assertEq(escrow.availableUnits(0), CAPACITY);
        _request(bob, 0, CAPACITY);
    }

    function test_Capacity_NotFreedByReclaim() public {
        uint256 id = _request(CAPACITY);
        uint64 scheduledAt = _accept(id);
        vm.warp(_deliveryDeadline(scheduledAt, CAPACITY));
        _act(Action.Reclaim, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Refunded);
        assertLt(block.timestamp, launchedAt + CAPACITY_PERIOD);
        assertEq(escrow.availableUnits(0), 0);
    }

    function test_Capacity_NotFreedByRelease() public {
        uint256 id = _request(CAPACITY);
        uint64 deliveredAt = _deliver(id);
        vm.warp(deliveredAt + CONFIRMATION_WINDOW);
        _act(Action.Release, creator, id);
        assertLt(block.timestamp, launchedAt + CAPACITY_PERIOD);
        assertEq(escrow.availableUnits(0), 0);
    }

    function test_Capacity_CancelFreesTheRequestsOwnPeriod() public {
        uint256 old = _request(4);
        vm.warp(launchedAt + CAPACITY_PERIOD);
        _request(bob, 0, CAPACITY);
        _act(Action.Cancel, alice, old);
        // The old period got its units back, the current one is still full.
        assertEq(escrow.availableUnits(0), 0);
        vm.warp(launchedAt + 2 * CAPACITY_PERIOD);
        assertEq(escrow.availableUnits(0), CAPACITY);
    }

    /*//////////////////////////////////////////////////////////////
                                PERMIT
    //////////////////////////////////////////////////////////////*/

    function _signPermit(uint256 pk, address owner, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, address(escrow), value, token.nonces(owner), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
        (v, r, s) = vm.sign(pk, digest);
    }

    function _fundedSigner() internal returns (address signer, uint256 pk) {
        (signer, pk) = makeAddrAndKey("signer");
        vm.prank(alice);
        assertTrue(token.transfer(signer, 100_000 ether));
    }

    function test_RequestWithPermit_LocksTokens() public {
        (address signer, uint256 pk) = _fundedSigner();
        uint256 amount = 2 * HOUR_PRICE;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(pk, signer, amount, deadline);

        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TimeRequested(0, signer, 0, 2, amount, NOTE);
        vm.prank(signer);
        uint256 id = escrow.requestWithPermit(0, 2, NOTE, deadline, v, r, s);

        assertEq(escrow.getRequest(id).holder, signer);
        assertEq(token.balanceOf(signer), 100_000 ether - amount);
        assertEq(token.allowance(signer, address(escrow)), 0);
        assertEq(token.nonces(signer), 1);
        _assertLocked(amount);
    }

    function test_RequestWithPermit_SucceedsWhenFrontRun() public {
        (address signer, uint256 pk) = _fundedSigner();
        uint256 amount = 3 * HOUR_PRICE;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(pk, signer, amount, deadline);

        // The front-runner uses the permit first.
        vm.prank(bob);
        token.permit(signer, address(escrow), amount, deadline, v, r, s);
        assertEq(token.allowance(signer, address(escrow)), amount);

        vm.prank(signer);
        uint256 id = escrow.requestWithPermit(0, 3, NOTE, deadline, v, r, s);
        assertEq(escrow.getRequest(id).amount, amount);
        assertEq(token.balanceOf(signer), 100_000 ether - amount);
        assertEq(token.nonces(signer), 1);
        _assertLocked(amount);
    }

    function test_RevertWhen_RequestWithBadPermitAndNoAllowance() public {
        (address signer,) = _fundedSigner();
        (, uint256 wrongKey) = makeAddrAndKey("not the signer");
        uint256 amount = HOUR_PRICE;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(wrongKey, signer, amount, deadline);

        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, amount)
        );
        vm.prank(signer);
        escrow.requestWithPermit(0, 1, NOTE, deadline, v, r, s);
    }

    function test_RevertWhen_RequestWithExpiredPermitAndNoAllowance() public {
        (address signer, uint256 pk) = _fundedSigner();
        uint256 amount = HOUR_PRICE;
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(pk, signer, amount, deadline);

        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, amount)
        );
        vm.prank(signer);
        escrow.requestWithPermit(0, 1, NOTE, deadline, v, r, s);
    }

    function test_RequestWithPermit_BadPermitUsesExistingAllowance() public {
        vm.prank(alice);
        uint256 id = escrow.requestWithPermit(0, 1, NOTE, block.timestamp, 27, bytes32(0), bytes32(0));
        assertEq(escrow.getRequest(id).holder, alice);
        _assertLocked(HOUR_PRICE);
    }

    function test_RevertWhen_RequestWithPermitChecksOffer() public {
        vm.prank(creator);
        escrow.setOfferOpen(0, false);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_OfferClosed.selector, 0));
        vm.prank(alice);
        escrow.requestWithPermit(0, 1, NOTE, block.timestamp, 27, bytes32(0), bytes32(0));

        vm.prank(creator);
        escrow.setOfferOpen(0, true);
        vm.expectRevert(ITimeEscrow.TimeEscrow_ZeroUnits.selector);
        vm.prank(alice);
        escrow.requestWithPermit(0, 0, NOTE, block.timestamp, 27, bytes32(0), bytes32(0));

        vm.expectRevert(
            abi.encodeWithSelector(ITimeEscrow.TimeEscrow_CapacityExceeded.selector, 0, CAPACITY, CAPACITY + 1)
        );
        vm.prank(alice);
        escrow.requestWithPermit(0, CAPACITY + 1, NOTE, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    /*//////////////////////////////////////////////////////////////
                                CANCEL
    //////////////////////////////////////////////////////////////*/

    function test_Cancel_RefundsHolder() public {
        uint256 id = _request(3);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.RequestCancelled(id);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensRefunded(id, alice, 3 * HOUR_PRICE);
        _act(Action.Cancel, alice, id);

        _assertStatus(id, ITimeEscrow.Status.Cancelled);
        assertEq(token.balanceOf(alice), ALICE_FUNDS);
        _assertLocked(0);
    }

    function test_Cancel_LeavesOtherRequestsLocked() public {
        uint256 a = _request(3);
        _request(bob, 0, 2);
        _act(Action.Cancel, alice, a);
        _assertLocked(2 * HOUR_PRICE);
    }

    function test_RevertWhen_CancelNotHolder() public {
        uint256 id = _request(1);
        _expectRevertOn(Action.Cancel, bob, id, _notHolder(bob));
        _expectRevertOn(Action.Cancel, creator, id, _notHolder(creator));
    }

    function test_RevertWhen_CancelAfterAccept() public {
        uint256 id = _request(1);
        _accept(id);
        _expectWrongStatusOn(Action.Cancel, id, ITimeEscrow.Status.Accepted);
    }

    function test_RevertWhen_CancelTwice() public {
        uint256 id = _request(1);
        _act(Action.Cancel, alice, id);
        _expectWrongStatusOn(Action.Cancel, id, ITimeEscrow.Status.Cancelled);
    }

    /*//////////////////////////////////////////////////////////////
                                DECLINE
    //////////////////////////////////////////////////////////////*/

    function test_Decline_RefundsHolder() public {
        uint256 id = _request(bob, 0, 2);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.RequestDeclined(id);
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.TokensRefunded(id, bob, 2 * HOUR_PRICE);
        _act(Action.Decline, creator, id);

        _assertStatus(id, ITimeEscrow.Status.Declined);
        assertEq(token.balanceOf(bob), BOB_FUNDS);
        _assertLocked(0);
    }

    function test_RevertWhen_DeclineNotCreator() public {
        uint256 id = _request(1);
        _expectRevertOn(Action.Decline, alice, id, _notCreator(alice));
    }

    function test_RevertWhen_DeclineAfterAccept() public {
        uint256 id = _request(1);
        _accept(id);
        _expectWrongStatusOn(Action.Decline, id, ITimeEscrow.Status.Accepted);
    }

    function test_RevertWhen_DeclineCancelled() public {
        uint256 id = _request(1);
        _act(Action.Cancel, alice, id);
        _expectWrongStatusOn(Action.Decline, id, ITimeEscrow.Status.Cancelled);
    }
}
