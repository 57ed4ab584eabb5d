// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {TimeEscrowTestBase} from "../utils/TimeEscrowTestBase.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";

/// @notice Unit tests for {TimeEscrow}: initialization, offers and views.
contract TimeEscrowTest is TimeEscrowTestBase {
    /*//////////////////////////////////////////////////////////////
                            INITIALIZATION
    //////////////////////////////////////////////////////////////*/

    function test_Initialize_SetsState() public view {
        assertEq(escrow.token(), address(token));
        assertEq(escrow.creator(), creator);
        ITimeEscrow.Config memory c = escrow.config();
        assertEq(c.arbiter, arbiter);
        assertEq(c.confirmationWindow, CONFIRMATION_WINDOW);
        assertEq(c.deliveryGrace, DELIVERY_GRACE);
        assertEq(c.arbitrationTimeout, ARBITRATION_TIMEOUT);
        assertEq(c.capacityPeriod, CAPACITY_PERIOD);
        assertEq(escrow.offerCount(), 1);
        assertEq(escrow.requestCount(), 0);
        assertEq(escrow.totalLocked(), 0);
        assertEq(token.balanceOf(address(escrow)), 0);
        assertEq(escrow.MAX_WINDOW(), 365 days);
        assertEq(escrow.MAX_SCHEDULE_AHEAD(), 365 days);

        ITimeEscrow.Offer memory o = escrow.offer(0);
        assertEq(o.pricePerUnit, HOUR_PRICE);
        assertEq(o.unitLength, HOUR);
        assertEq(o.capacity, CAPACITY);
        assertTrue(o.open);
        assertFalse(o.burn);
        assertEq(o.uri, "ipfs://an-hour");
        assertEq(escrow.availableUnits(0), CAPACITY);
    }

    function test_Initialize_PublishesInitialOffers() public {
        ITimeEscrow.Offer[] memory offers = new ITimeEscrow.Offer[](2);
        offers[0] = _hourOffer(false);
        offers[1] = _hourOffer(true);
        offers[1].pricePerUnit = 7 ether;
        offers[1].uri = "ipfs://burn";
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        (address predictedToken,) = factory.predictAddresses(creator, p.salt);
        address predictedEscrow = factory.predictModuleAddress(predictedToken, address(escrowImpl), 0);

        vm.expectEmit(predictedEscrow);
        emit ITimeEscrow.OfferPublished(0, offers[0]);
        vm.expectEmit(predictedEscrow);
        emit ITimeEscrow.OfferPublished(1, offers[1]);
        (, TimeEscrow e) = _launchAlt(_config(arbiter), offers, p.salt);

        assertEq(address(e), predictedEscrow);
        assertEq(e.offerCount(), 2);
        assertEq(e.offer(1).pricePerUnit, 7 ether);
        assertTrue(e.offer(1).burn);
        assertEq(e.offer(1).uri, "ipfs://burn");
    }

    function test_Initialize_WithoutOffers() public {
        (, TimeEscrow e) = _launchAlt(_config(arbiter), new ITimeEscrow.Offer[](0), keccak256("ALT"));
        assertEq(e.offerCount(), 0);
    }

    function test_Initialize_NoArbiterNeedsNoArbitrationTimeout() public {
        ITimeEscrow.Config memory c = _config(address(0));
        c.arbitrationTimeout = 0;
        (, TimeEscrow e) = _launchAlt(c, _oneOffer(_hourOffer(false)), keccak256("ALT"));
        assertEq(e.config().arbiter, address(0));
        assertEq(e.config().arbitrationTimeout, 0);
    }

    function test_Initialize_AcceptsMaxWindows() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        uint64 max = escrowImpl.MAX_WINDOW();
        (c.confirmationWindow, c.deliveryGrace, c.arbitrationTimeout, c.capacityPeriod) = (max, max, max, max);
        ITimeEscrow.Offer memory o = _hourOffer(false);
        o.unitLength = max;
        o.capacity = 1;
        o.pricePerUnit = 1;
        (, TimeEscrow e) = _launchAlt(c, _oneOffer(o), keccak256("ALT"));
        assertEq(e.config().capacityPeriod, max);
        assertEq(e.offer(0).unitLength, max);
    }

    function test_RevertWhen_InitializeImplementation() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        escrowImpl.initializeModule(
            address(token), creator, 0, abi.encode(_config(arbiter), new ITimeEscrow.Offer[](0))
        );
    }

    function test_RevertWhen_InitializeTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        escrow.initializeModule(address(token), bob, 0, abi.encode(_config(arbiter), new ITimeEscrow.Offer[](0)));
    }

    function test_RevertWhen_InitializeWithTokenAmount() public {
        uint256 moduleAmount = 1000 ether;
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        Allocation[] memory allocations = new Allocation[](2);
        allocations[0] = Allocation({recipient: creator, amount: 4_000_000 ether - moduleAmount});
        allocations[1] = Allocation({recipient: alice, amount: 1_000_000 ether});
        p.allocations = allocations;
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(escrowImpl),
                tokenAmount: moduleAmount,
                data: abi.encode(_config(arbiter), _oneOffer(_hourOffer(false)))
            })
        );

        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_FundedAtLaunch.selector, moduleAmount));
        vm.prank(creator);
        factory.launchWithModules(p, modules);
    }

    uint64 internal constant MAX_WINDOW = 365 days;

    function _expectInvalidConfig(ITimeEscrow.Config memory c, bytes memory err) internal {
        _launchAltExpectRevert(c, _oneOffer(_hourOffer(false)), err);
    }

    /// @dev Launching with `c` reverts with the `selector` error: `value` is outside (0, MAX_WINDOW].
    function _expectOutOfRange(ITimeEscrow.Config memory c, bytes4 selector, uint64 value) internal {
        _expectInvalidConfig(c, abi.encodeWithSelector(selector, value, MAX_WINDOW));
    }

    function test_RevertWhen_ConfirmationWindowZero() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.confirmationWindow = 0;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_ConfirmationWindowOutOfRange.selector, c.confirmationWindow);
    }

    function test_RevertWhen_ConfirmationWindowTooLong() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.confirmationWindow = 365 days + 1;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_ConfirmationWindowOutOfRange.selector, c.confirmationWindow);
    }

    function test_RevertWhen_DeliveryGraceZero() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.deliveryGrace = 0;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_DeliveryGraceOutOfRange.selector, c.deliveryGrace);
    }

    function test_RevertWhen_DeliveryGraceTooLong() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.deliveryGrace = 365 days + 1;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_DeliveryGraceOutOfRange.selector, c.deliveryGrace);
    }

    function test_RevertWhen_ArbitrationTimeoutZeroWithArbiter() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.arbitrationTimeout = 0;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_ArbitrationTimeoutOutOfRange.selector, c.arbitrationTimeout);
    }

    function test_RevertWhen_ArbitrationTimeoutTooLongWithArbiter() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.arbitrationTimeout = 365 days + 1;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_ArbitrationTimeoutOutOfRange.selector, c.arbitrationTimeout);
    }

    function test_RevertWhen_CapacityPeriodZero() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.capacityPeriod = 0;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_CapacityPeriodOutOfRange.selector, c.capacityPeriod);
    }

    function test_RevertWhen_CapacityPeriodTooLong() public {
        ITimeEscrow.Config memory c = _config(arbiter);
        c.capacityPeriod = 365 days + 1;
        _expectOutOfRange(c, ITimeEscrow.TimeEscrow_CapacityPeriodOutOfRange.selector, c.capacityPeriod);
    }

    /*//////////////////////////////////////////////////////////////
                                OFFERS
    //////////////////////////////////////////////////////////////*/

    function _badOffers() internal pure returns (ITimeEscrow.Offer[] memory bad, bytes[] memory errs) {
        bad = new ITimeEscrow.Offer[](4);
        errs = new bytes[](4);
        for (uint256 i; i < 4; ++i) {
            bad[i] = _hourOffer(false);
        }
        bad[0].pricePerUnit = 0;
        errs[0] = abi.encodeWithSelector(ITimeEscrow.TimeEscrow_ZeroPricePerUnit.selector);
        bad[1].unitLength = 0;
        errs[1] = abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnitLengthOutOfRange.selector, 0, MAX_WINDOW);
        bad[2].unitLength = 365 days + 1;
        errs[2] = abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnitLengthOutOfRange.selector, 365 days + 1, MAX_WINDOW);
        bad[3].capacity = 0;
        errs[3] = abi.encodeWithSelector(ITimeEscrow.TimeEscrow_ZeroCapacity.selector);
    }

    function test_RevertWhen_LaunchWithInvalidOffer() public {
        (ITimeEscrow.Offer[] memory bad, bytes[] memory errs) = _badOffers();
        for (uint256 i; i < bad.length; ++i) {
            ITimeEscrow.Offer[] memory offers = new ITimeEscrow.Offer[](2);
            offers[0] = _hourOffer(false);
            offers[1] = bad[i];
            _launchAltExpectRevert(_config(arbiter), offers, errs[i]);
        }
    }

    function test_RevertWhen_PublishInvalidOffer() public {
        (ITimeEscrow.Offer[] memory bad, bytes[] memory errs) = _badOffers();
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(errs[i]);
            vm.prank(creator);
            escrow.publishOffer(bad[i]);
        }
        assertEq(escrow.offerCount(), 1);
    }

    function test_PublishOffer_StoresAndEmits() public {
        ITimeEscrow.Offer memory o = _hourOffer(true);
        o.pricePerUnit = 100 ether;
        o.unitLength = 30 minutes;
        o.capacity = 3;
        o.open = false;
        o.uri = "ipfs://half-hour";

        vm.expectEmit(address(escrow));
        emit ITimeEscrow.OfferPublished(1, o);
        vm.prank(creator);
        uint256 id = escrow.publishOffer(o);

        assertEq(id, 1);
        assertEq(escrow.offerCount(), 2);
        ITimeEscrow.Offer memory stored = escrow.offer(1);
        assertEq(stored.pricePerUnit, 100 ether);
        assertEq(stored.unitLength, 30 minutes);
        assertEq(stored.capacity, 3);
        assertFalse(stored.open);
        assertTrue(stored.burn);
        assertEq(stored.uri, "ipfs://half-hour");
        assertEq(escrow.availableUnits(1), 3);
    }

    function test_PublishOffer_AcceptsMaxUnitLength() public {
        ITimeEscrow.Offer memory o = _hourOffer(false);
        o.unitLength = 365 days;
        vm.prank(creator);
        assertEq(escrow.publishOffer(o), 1);
    }

    function test_RevertWhen_PublishOfferNotCreator() public {
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotCreator.selector, alice));
        vm.prank(alice);
        escrow.publishOffer(_hourOffer(false));
    }

    function test_SetOfferOpen_ClosesAndReopens() public {
        vm.expectEmit(address(escrow));
        emit ITimeEscrow.OfferOpenChanged(0, false);
        vm.prank(creator);
        escrow.setOfferOpen(0, false);
        assertFalse(escrow.offer(0).open);

        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_OfferClosed.selector, 0));
        vm.prank(alice);
        escrow.request(0, 1, NOTE);

        vm.expectEmit(address(escrow));
        emit ITimeEscrow.OfferOpenChanged(0, true);
        vm.prank(creator);
        escrow.setOfferOpen(0, true);
        assertTrue(escrow.offer(0).open);
        assertEq(_request(1), 0);
    }

    function test_SetOfferOpen_ExistingRequestsUnaffected() public {
        uint256 id = _request(2);
        vm.prank(creator);
        escrow.setOfferOpen(0, false);
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt);
        _act(Action.Confirm, alice, id);
        _assertStatus(id, ITimeEscrow.Status.Released);
        assertEq(token.balanceOf(creator), 4_000_000 ether + 2 * HOUR_PRICE);
    }

    function test_RevertWhen_PublishedClosedOfferRequested() public {
        ITimeEscrow.Offer memory o = _hourOffer(false);
        o.open = false;
        vm.prank(creator);
        uint256 offerId = escrow.publishOffer(o);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_OfferClosed.selector, offerId));
        vm.prank(alice);
        escrow.request(offerId, 1, NOTE);
    }

    function test_RevertWhen_SetOfferOpenNotCreator() public {
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotCreator.selector, bob));
        vm.prank(bob);
        escrow.setOfferOpen(0, false);
        assertTrue(escrow.offer(0).open);
    }

    function test_RevertWhen_UnknownOffer() public {
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownOffer.selector, 1));
        vm.prank(creator);
        escrow.setOfferOpen(1, true);

        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownOffer.selector, 1));
        escrow.offer(1);

        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownOffer.selector, 7));
        escrow.availableUnits(7);

        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownOffer.selector, 1));
        vm.prank(alice);
        escrow.request(1, 1, NOTE);

        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownOffer.selector, 1));
        vm.prank(alice);
        escrow.requestWithPermit(1, 1, NOTE, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    /*//////////////////////////////////////////////////////////////
                                VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_GetRequest_Fields() public {
        uint256 burnOffer = _publishBurnOffer();
        vm.warp(block.timestamp + CAPACITY_PERIOD + 5);
        uint256 id = _request(bob, burnOffer, 3);
        ITimeEscrow.Request memory r = escrow.getRequest(id);
        assertEq(r.holder, bob);
        assertEq(r.offerId, burnOffer);
        assertEq(r.units, 3);
        assertEq(uint256(r.status), uint256(ITimeEscrow.Status.Requested));
        assertTrue(r.burn);
        assertEq(r.scheduledAt, 0);
        assertEq(r.deliveredAt, 0);
        assertEq(r.disputedAt, 0);
        assertEq(r.period, 1);
        assertEq(r.amount, 3 * HOUR_PRICE);

        uint64 scheduledAt = _accept(id);
        r = escrow.getRequest(id);
        assertEq(r.scheduledAt, scheduledAt);
        assertEq(uint256(r.status), uint256(ITimeEscrow.Status.Accepted));

        vm.warp(scheduledAt + 10);
        _act(Action.MarkDelivered, creator, id);
        r = escrow.getRequest(id);
        assertEq(r.deliveredAt, scheduledAt + 10);
        assertEq(uint256(r.status), uint256(ITimeEscrow.Status.Delivered));

        vm.warp(block.timestamp + 20);
        _act(Action.Dispute, bob, id);
        r = escrow.getRequest(id);
        assertEq(r.disputedAt, scheduledAt + 30);
        assertEq(uint256(r.status), uint256(ITimeEscrow.Status.Disputed));
        assertEq(r.scheduledAt, scheduledAt);
        assertEq(r.deliveredAt, scheduledAt + 10);
    }

    function test_RequestIdsOf_AndOpenRequestIdsOf() public {
        uint256 a0 = _request(1);
        uint256 b0 = _request(bob, 0, 1);
        uint256 a1 = _request(2);
        uint256 a2 = _request(1);
        _assertIds(escrow.requestIdsOf(alice), ArrayBuilder.uints(a0, a1, a2));
        _assertIds(escrow.requestIdsOf(bob), ArrayBuilder.uints(b0));
        _assertIds(escrow.openRequestIdsOf(alice), ArrayBuilder.uints(a0, a1, a2));
        assertEq(escrow.requestIdsOf(creator).length, 0);
        assertEq(escrow.openRequestIdsOf(creator).length, 0);

        _act(Action.Cancel, alice, a1);
        _assertIds(escrow.openRequestIdsOf(alice), ArrayBuilder.uints(a0, a2));

        // Accepted and delivered requests stay open; a released one leaves.
        _deliver(a0);
        _assertIds(escrow.openRequestIdsOf(alice), ArrayBuilder.uints(a0, a2));
        _act(Action.Confirm, alice, a0);
        _assertIds(escrow.openRequestIdsOf(alice), ArrayBuilder.uints(a2));

        _act(Action.Decline, creator, a2);
        assertEq(escrow.openRequestIdsOf(alice).length, 0);
        _assertIds(escrow.requestIdsOf(alice), ArrayBuilder.uints(a0, a1, a2));
        _assertIds(escrow.openRequestIdsOf(bob), ArrayBuilder.uints(b0));
    }

    function test_OpenRequestIds_Paginates() public {
        for (uint256 i; i < 6; ++i) {
            _request(1);
        }
        vm.startPrank(alice);
        escrow.cancel(1);
        escrow.cancel(4);
        vm.stopPrank();

        uint256[] memory all = new uint256[](4);
        (all[0], all[1], all[2], all[3]) = (0, 2, 3, 5);
        _assertIds(escrow.openRequestIds(0, 6), all);
        _assertIds(escrow.openRequestIds(0, 100), all);
        _assertIds(escrow.openRequestIds(0, 2), ArrayBuilder.uints(0));
        _assertIds(escrow.openRequestIds(1, 2), ArrayBuilder.uints(2));
        _assertIds(escrow.openRequestIds(2, 3), ArrayBuilder.uints(2, 3));
        _assertIds(escrow.openRequestIds(3, 3), ArrayBuilder.uints(3, 5));
        _assertIds(escrow.openRequestIds(5, 1), ArrayBuilder.uints(5));
        assertEq(escrow.openRequestIds(4, 1).length, 0);
        assertEq(escrow.openRequestIds(0, 0).length, 0);
        assertEq(escrow.openRequestIds(6, 10).length, 0);
        assertEq(escrow.openRequestIds(1000, 10).length, 0);
    }

    /// @notice "All the rest from `start`" (`limit = type(uint256).max`) returns the rest instead of overflowing.
    function test_OpenRequestIds_UnboundedLimitReturnsTheRest() public {
        for (uint256 i; i < 4; ++i) {
            _request(1);
        }
        _act(Action.Cancel, alice, 2);
        uint256 max = type(uint256).max;
        _assertIds(escrow.openRequestIds(1, max), ArrayBuilder.uints(1, 3));
        _assertIds(escrow.openRequestIds(3, max), ArrayBuilder.uints(3));
        _assertIds(escrow.openRequestIds(1, max - 1), ArrayBuilder.uints(1, 3));
        assertEq(escrow.openRequestIds(4, max).length, 0);
        assertEq(escrow.openRequestIds(max, max).length, 0);
        assertEq(escrow.openRequestIds(0, max).length, 3);
    }

    function test_OpenRequestIds_EmptyWithoutRequests() public view {
        assertEq(escrow.openRequestIds(0, 10).length, 0);
    }

    function test_Deadlines_PerState() public {
        uint256 id = _request(2);
        _assertDeadlines(id, 0, 0, 0);

        uint64 scheduledAt = _accept(id);
        uint64 deadline = _deliveryDeadline(scheduledAt, 2);
        assertEq(deadline, scheduledAt + 2 hours + 2 days);
        _assertDeadlines(id, deadline, 0, deadline);

        vm.warp(scheduledAt + 1 hours);
        _act(Action.MarkDelivered, creator, id);
        _assertDeadlines(id, deadline, scheduledAt + 1 hours + CONFIRMATION_WINDOW, 0);

        vm.warp(block.timestamp + 5);
        _act(Action.Dispute, alice, id);
        _assertDeadlines(id, 0, 0, uint64(block.timestamp) + ARBITRATION_TIMEOUT);

        vm.prank(arbiter);
        escrow.resolve(id, 1);
        _assertDeadlines(id, 0, 0, 0);
    }

    function test_Deadlines_ZeroInFinalStates() public {
        uint256 cancelled = _request(1);
        _act(Action.Cancel, alice, cancelled);
        _assertDeadlines(cancelled, 0, 0, 0);

        uint256 refunded = _request(1);
        uint64 scheduledAt = _accept(refunded);
        vm.warp(_deliveryDeadline(scheduledAt, 1));
        _act(Action.Reclaim, alice, refunded);
        _assertDeadlines(refunded, 0, 0, 0);
    }

    function _assertDeadlines(uint256 id, uint64 delivery, uint64 releaseOpens, uint64 reclaimOpens) internal view {
        (uint64 d, uint64 rel, uint64 rec) = escrow.deadlines(id);
        assertEq(d, delivery, "deliveryDeadline");
        assertEq(rel, releaseOpens, "releaseOpensAt");
        assertEq(rec, reclaimOpens, "reclaimOpensAt");
    }

    function test_RevertWhen_UnknownRequestInViews() public {
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownRequest.selector, 0));
        escrow.getRequest(0);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownRequest.selector, 0));
        escrow.deadlines(0);
        _request(1);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownRequest.selector, 1));
        escrow.getRequest(1);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_UnknownRequest.selector, 1));
        escrow.deadlines(1);
    }

    /*//////////////////////////////////////////////////////////////
                               SURPLUS
    //////////////////////////////////////////////////////////////*/

    function test_RecoverSurplus_PersonalTokenBeyondLocked() public {
        _request(2);
        vm.prank(bob);
        assertTrue(token.transfer(address(escrow), 1234 ether)); // a plain transfer, locked by no request
        uint256 creatorBefore = token.balanceOf(creator);

        vm.expectEmit(address(escrow));
        emit ITimeEscrow.SurplusRecovered(address(token), creator, 1234 ether);
        vm.prank(makeAddr("anyone"));
        assertEq(escrow.recoverSurplus(address(token)), 1234 ether);

        assertEq(token.balanceOf(creator), creatorBefore + 1234 ether);
        _assertLocked(2 * HOUR_PRICE);
        assertEq(token.balanceOf(address(escrow)), 2 * HOUR_PRICE, "locked tokens touched");
    }

    function test_RecoverSurplus_OtherTokenWholeBalance() public {
        MockERC20 usdc = new MockERC20("USD Coin", "USDC", 6);
        usdc.mint(address(escrow), 50e6);
        _request(1);

        assertEq(escrow.recoverSurplus(address(usdc)), 50e6);

        assertEq(usdc.balanceOf(creator), 50e6);
        assertEq(usdc.balanceOf(address(escrow)), 0);
        _assertLocked(HOUR_PRICE);
    }

    function test_RecoverSurplus_TokenWithoutReturnValue() public {
        NoReturnToken odd = new NoReturnToken();
        odd.mint(address(escrow), 7);
        assertEq(escrow.recoverSurplus(address(odd)), 7);
        assertEq(odd.balanceOf(creator), 7);
    }

    function test_RevertWhen_RecoverSurplusOnlyLockedTokens() public {
        _request(3);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NoSurplus.selector, address(token)));
        escrow.recoverSurplus(address(token));
        _assertLocked(3 * HOUR_PRICE);
    }

    function test_RevertWhen_RecoverSurplusOfEmptyAsset() public {
        MockERC20 usdc = new MockERC20("USD Coin", "USDC", 6);
        vm.expectRevert(abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NoSurplus.selector, address(usdc)));
        escrow.recoverSurplus(address(usdc));
    }

    function test_RevertWhen_RecoverSurplusOfNonToken() public {
        vm.expectRevert();
        escrow.recoverSurplus(makeAddr("not a token"));
    }
}
