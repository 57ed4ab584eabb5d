// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {EscrowBaseTest} from "../utils/EscrowBaseTest.sol";
import {TimeEscrowHandler} from "./handlers/TimeEscrowHandler.sol";

/// @notice Locked tokens, settlements, supply and capacity of one time escrow (an arbiter; offer 0 paid to the
/// creator, offer 1 burning) under random requests, cancellations, declines, acceptances, deliveries, confirmations,
/// releases, reclaims, disputes, resolutions, second settlements of final requests, plain transfers to the escrow, surplus recoveries and
/// time jumps onto every deadline ({TimeEscrowHandler}).
contract TimeEscrowInvariantTest is EscrowBaseTest {
    uint256 internal constant HOLDERS = 4;
    uint256 internal constant HOLDER_FUNDS = 250_000 ether;

    PersonalToken internal token;
    TimeEscrow internal escrow;
    TimeEscrowHandler internal handler;

    function setUp() public override {
        super.setUp();
        ITimeEscrow.Offer[] memory offers = new ITimeEscrow.Offer[](2);
        offers[0] = _hourOffer(false);
        offers[1] = ITimeEscrow.Offer({
            pricePerUnit: 5000 ether, unitLength: 30 minutes, capacity: 8, open: true, burn: true, uri: "ipfs://a-call"
        });
        (token, escrow) = _launchEscrow(_config(arbiter), offers);

        address[] memory holders = _makeAddrs("holder", HOLDERS);
        for (uint256 i; i < HOLDERS; ++i) {
            vm.prank(alice);
            assertTrue(token.transfer(holders[i], HOLDER_FUNDS));
        }
        handler = new TimeEscrowHandler(escrow, creator, SUPPLY, holders);

        targetContract(address(handler));
    }

    /// @notice Every token the escrow holds is locked by an open request or is surplus sent by plain transfer: balance ==
    /// totalLocked + surplus, and totalLocked == the amounts of the requests still Requested, Accepted, Delivered or
    /// Disputed (read back from the escrow) == the ledger's locked sum.
    function invariant_BalanceIsTotalLockedIsOpenAmounts() public view {
        uint256 count = escrow.requestCount();
        uint256 open;
        for (uint256 id; id < count; ++id) {
            ITimeEscrow.Request memory r = escrow.getRequest(id);
            if (handler.isOpen(r.status)) open += r.amount;
        }
        uint256 locked = escrow.totalLocked();
        assertEq(
            token.balanceOf(address(escrow)), locked + handler.ghostSurplus(), "escrow balance != locked + surplus"
        );
        assertEq(locked, open, "totalLocked != sum of open requests");
        assertEq(locked, handler.ghostLocked(), "totalLocked != ledger");
    }

    /// @notice Each request is in the state its last allowed action left it in (so a final state never changes), and
    /// its amount went out exactly once: paid + burned + refunded == amount once final, nothing while open; a
    /// cancelled, declined or refunded request went all back, a released one all to the creator (or burned).
    function invariant_EachRequestSettlesExactlyOnce() public view {
        uint256 count = escrow.requestCount();
        assertEq(count, handler.ghostCount(), "requestCount != ledger");
        for (uint256 id; id < count; ++id) {
            ITimeEscrow.Request memory r = escrow.getRequest(id);
            TimeEscrowHandler.Ghost memory g = handler.ghost(id);
            assertEq(uint8(r.status), uint8(g.status), "status != ledger");
            assertEq(r.holder, g.holder, "holder");
            assertEq(r.offerId, g.offerId, "offerId");
            assertEq(r.units, g.units, "units");
            assertEq(r.amount, g.amount, "amount");
            assertEq(r.amount, g.units * handler.offer(g.offerId).pricePerUnit, "amount != units x price");
            assertEq(r.burn, g.burn, "burn flag");
            uint256 settled = g.paid + g.burned + g.refunded;
            if (handler.isOpen(g.status)) {
                assertEq(settled, 0, "open request already settled");
                continue;
            }
            assertEq(settled, g.amount, "final request not settled exactly once");
            if (g.burn) assertEq(g.paid, 0, "burning offer paid the creator");
            else assertEq(g.burned, 0, "paying offer burned");
            if (g.status == ITimeEscrow.Status.Released) {
                assertEq(g.refunded, 0, "released and refunded");
            } else if (g.status != ITimeEscrow.Status.Resolved) {
                assertEq(g.refunded, g.amount, "cancelled/declined/refunded not fully refunded");
            }
        }
    }

    /// @notice Nothing is minted or lost: supply is launched minus burned; the creator received exactly what was paid
    /// to it and the surplus recovered; every holder holds its funding minus what it locked plus what came back.
    function invariant_Conservation() public view {
        assertEq(token.totalSupply(), handler.launchedSupply() - handler.ghostBurned(), "supply != launched - burned");
        assertEq(
            token.balanceOf(creator),
            handler.creatorStartBalance() + handler.ghostPaid() + handler.ghostRecovered(),
            "creator != start + paid + recovered"
        );
        uint256 held = _sumMatchingLedger(
            handler.actors(), token.balanceOf, handler.ghostHolderBalance, "holder balance != ledger"
        );
        assertEq(
            held + handler.ghostLocked() + handler.ghostPaid() + handler.ghostBurned() + handler.ghostSurplus()
                + handler.ghostRecovered(),
            HOLDERS * HOLDER_FUNDS,
            "holder funds not accounted for"
        );
    }

    /// @notice Units used this period (capacity - availableUnits) are the units of this period's requests that were
    /// not cancelled or declined (the period of each request computed from its request time).
    function invariant_CapacityCountsThisPeriodsLiveRequests() public view {
        uint256 period = handler.currentPeriod();
        uint256 count = handler.ghostCount();
        for (uint256 offerId; offerId < handler.offerCount(); ++offerId) {
            uint256 used;
            for (uint256 id; id < count; ++id) {
                TimeEscrowHandler.Ghost memory g = handler.ghost(id);
                if (g.offerId != offerId || handler.periodOf(g.requestedAt) != period) continue;
                if (g.status == ITimeEscrow.Status.Cancelled || g.status == ITimeEscrow.Status.Declined) continue;
                used += g.units;
            }
            uint256 capacity = handler.offer(offerId).capacity;
            assertEq(capacity - escrow.availableUnits(offerId), used, "units used != live requests this period");
        }
    }

    /// @notice The holder and inbox views list exactly the open requests, oldest first.
    function invariant_OpenRequestViewsMatchLedger() public view {
        uint256 count = handler.ghostCount();
        uint256[] memory inbox = escrow.openRequestIds(0, count);
        uint256 k;
        for (uint256 id; id < count; ++id) {
            if (!handler.isOpen(handler.ghost(id).status)) continue;
            assertLt(k, inbox.length, "inbox too short");
            assertEq(inbox[k++], id, "inbox id");
        }
        assertEq(k, inbox.length, "inbox length");
        address[] memory holders = handler.actors();
        for (uint256 i; i < holders.length; ++i) {
            uint256[] memory mine = escrow.openRequestIdsOf(holders[i]);
            uint256 m;
            for (uint256 id; id < count; ++id) {
                TimeEscrowHandler.Ghost memory g = handler.ghost(id);
                if (g.holder != holders[i] || !handler.isOpen(g.status)) continue;
                assertLt(m, mine.length, "holder's open list too short");
                assertEq(mine[m++], id, "holder's open id");
            }
            assertEq(m, mine.length, "holder's open list length");
        }
    }

    function afterInvariant() public view {
        _logCalls(
            handler,
            "request requestCapacityUsedUp requestUnaffordable cancel cancelSkipped cancelHeld decline "
            "declineSkipped declineHeld accept acceptSkipped markDelivered markDeliveredSkipped confirm confirmSkipped "
            "release releaseSkipped reclaimUndelivered reclaimDispute reclaimSkipped dispute disputeSkipped resolve "
            "resolveSkipped resolveRefusedLate resolveHeld warp warpToDeadline warpToPeriodEdge settleAgainRefused "
            "settleAgainSkipped donate donateSkipped recoverSurplus recoverSurplusRefused"
        );
    }
}
