// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalTokenModule} from "./IPersonalTokenModule.sol";

/// @title ITimeEscrow
/// @notice "Selling your time": holders lock personal tokens against the creator's offers (e.g. 25,000 tokens for one
/// hour); the tokens reach the creator (or are burned) only once the service was delivered, and come back otherwise.
///
/// Request lifecycle and who can move it:
/// - `Requested` (tokens locked) → `Cancelled` by the holder, or `Declined` by the creator: tokens back at once.
/// - `Requested` → `Accepted` by the creator with a scheduled time.
/// - `Accepted` → `Delivered` by the creator, from the scheduled time until the delivery deadline
///   (`scheduledAt + units × unitLength + deliveryGrace`); or `Refunded` by the holder's `reclaim` from that deadline on.
/// - `Accepted`/`Delivered` → `Released` by the holder's `confirm` (from the scheduled time), or by the creator's
///   `release` once `confirmationWindow` has passed since `Delivered` without a dispute.
/// - `Delivered` → `Disputed` by the holder within the confirmation window, only if the escrow has an arbiter; the
///   arbiter then `resolve`s with any split before `disputedAt + arbitrationTimeout`; from that moment the arbiter can
///   no longer resolve and the holder `reclaim`s everything (the creator chose the arbiter).
/// Every boundary is inclusive on the side that opens an action: an action allowed "from t" is allowed at t.
interface ITimeEscrow is IPersonalTokenModule {
    /// @notice Escrow-wide settings, fixed at launch.
    /// @param arbiter Who settles disputes (address(0): no disputes, the timeouts decide).
    /// @param confirmationWindow Seconds after `Delivered` during which the holder may confirm or dispute and the
    /// creator may not release.
    /// @param deliveryGrace Seconds after the scheduled service ends for the creator to mark it delivered.
    /// @param arbitrationTimeout Seconds the arbiter has to resolve a dispute before the holder can reclaim.
    /// @param capacityPeriod Length of the window each offer's capacity counts in (e.g. 30 days).
    struct Config {
        address arbiter;
        uint64 confirmationWindow;
        uint64 deliveryGrace;
        uint64 arbitrationTimeout;
        uint64 capacityPeriod;
    }

    /// @notice What the creator sells.
    /// @param pricePerUnit Tokens per unit (18 decimals).
    /// @param unitLength Seconds per unit (e.g. 3600 for an hour).
    /// @param capacity Units that can be requested per capacity period (so nobody monopolises the creator's time).
    /// @param open Whether new requests are accepted.
    /// @param burn Whether released tokens are burned (redemption shrinks supply) instead of paid to the creator.
    /// @param uri Description of the offer.
    struct Offer {
        uint256 pricePerUnit;
        uint64 unitLength;
        uint32 capacity;
        bool open;
        bool burn;
        string uri;
    }

    /// @notice Request states; every state but `Requested`, `Accepted`, `Delivered` and `Disputed` is final.
    enum Status {
        None,
        Requested,
        Accepted,
        Delivered,
        Disputed,
        Cancelled,
        Declined,
        Released,
        Refunded,
        Resolved
    }

    /// @notice One request. Stored in two slots: `amount` is computed as `units × pricePerUnit` of its offer (an offer's
    /// price never changes). The note hash and request time are in {TimeRequested}.
    struct Request {
        address holder;
        uint64 offerId;
        uint32 units;
        Status status;
        bool burn;
        uint64 scheduledAt;
        uint64 deliveredAt;
        uint64 disputedAt;
        uint32 period;
        uint256 amount;
    }

    /// @notice Emitted when the creator publishes an offer.
    event OfferPublished(uint256 indexed offerId, Offer offer);
    /// @notice Emitted when an offer opens or closes to new requests.
    event OfferOpenChanged(uint256 indexed offerId, bool open);
    /// @notice Emitted when a holder locks tokens against an offer.
    event TimeRequested(
        uint256 indexed requestId,
        address indexed holder,
        uint256 indexed offerId,
        uint256 units,
        uint256 amount,
        bytes32 noteHash
    );
    /// @notice Emitted when the holder cancels a request before acceptance.
    event RequestCancelled(uint256 indexed requestId);
    /// @notice Emitted when the creator declines a request.
    event RequestDeclined(uint256 indexed requestId);
    /// @notice Emitted when the creator accepts and schedules a request.
    event RequestAccepted(uint256 indexed requestId, uint64 scheduledAt);
    /// @notice Emitted when the creator declares a session delivered.
    event DeliveryMarked(uint256 indexed requestId);
    /// @notice Emitted when locked tokens reach the creator (`to` is zero and `burned` true for burning offers).
    event TokensReleased(uint256 indexed requestId, address indexed to, uint256 amount, bool burned);
    /// @notice Emitted when locked tokens go back to the holder.
    event TokensRefunded(uint256 indexed requestId, address indexed holder, uint256 amount);
    /// @notice Emitted when the holder disputes a delivery.
    event DisputeOpened(uint256 indexed requestId);
    /// @notice Emitted when the arbiter splits a disputed request.
    event DisputeResolved(uint256 indexed requestId, uint256 toCreator, uint256 toHolder);
    /// @notice Emitted when tokens no request locked are sent to the creator.
    event SurplusRecovered(address indexed asset, address indexed to, uint256 amount);

    /// @notice Thrown at launch when the escrow is given tokens: it holds only what requests lock.
    error TimeEscrow_FundedAtLaunch(uint256 tokenAmount);
    /// @notice Thrown at launch when the confirmation window is zero or above `max` seconds.
    error TimeEscrow_ConfirmationWindowOutOfRange(uint64 confirmationWindow, uint64 max);
    /// @notice Thrown at launch when the delivery grace is zero or above `max` seconds.
    error TimeEscrow_DeliveryGraceOutOfRange(uint64 deliveryGrace, uint64 max);
    /// @notice Thrown at launch when an arbiter is named and the arbitration timeout is zero or above `max` seconds.
    error TimeEscrow_ArbitrationTimeoutOutOfRange(uint64 arbitrationTimeout, uint64 max);
    /// @notice Thrown at launch when the capacity period is zero or above `max` seconds.
    error TimeEscrow_CapacityPeriodOutOfRange(uint64 capacityPeriod, uint64 max);
    /// @notice Thrown when an offer's price per unit is zero.
    error TimeEscrow_ZeroPricePerUnit();
    /// @notice Thrown when an offer's unit length is zero or above `max` seconds.
    error TimeEscrow_UnitLengthOutOfRange(uint64 unitLength, uint64 max);
    /// @notice Thrown when an offer's capacity per period is zero.
    error TimeEscrow_ZeroCapacity();
    /// @notice Thrown when a creator-only function is called by someone else.
    error TimeEscrow_NotCreator(address caller);
    /// @notice Thrown when a holder-only function is called by someone other than the request's holder.
    error TimeEscrow_NotHolder(address caller);
    /// @notice Thrown when someone other than the arbiter resolves.
    error TimeEscrow_NotArbiter(address caller);
    /// @notice Thrown for an offer id that does not exist.
    error TimeEscrow_UnknownOffer(uint256 offerId);
    /// @notice Thrown when requesting from a closed offer.
    error TimeEscrow_OfferClosed(uint256 offerId);
    /// @notice Thrown when requesting zero units.
    error TimeEscrow_ZeroUnits();
    /// @notice Thrown when the offer has fewer units left this capacity period than requested.
    error TimeEscrow_CapacityExceeded(uint256 offerId, uint256 available, uint256 requested);
    /// @notice Thrown when the request is not in a state the call can act on.
    error TimeEscrow_WrongStatus(uint256 requestId, Status status);
    /// @notice Thrown when a session is scheduled in the past or more than 365 days ahead.
    error TimeEscrow_InvalidSchedule(uint64 scheduledAt);
    /// @notice Thrown when an action is tried before `opensAt`.
    error TimeEscrow_TooEarly(uint256 requestId, uint64 opensAt);
    /// @notice Thrown when an action is tried at or after `closedAt`.
    error TimeEscrow_TooLate(uint256 requestId, uint64 closedAt);
    /// @notice Thrown when the arbiter resolves at or after `closedAt = disputedAt + arbitrationTimeout`: from then on
    /// the holder may reclaim everything, and the arbiter may no longer decide.
    error TimeEscrow_ArbitrationClosed(uint256 requestId, uint64 closedAt);
    /// @notice Thrown when disputing in an escrow without an arbiter.
    error TimeEscrow_NoArbiter();
    /// @notice Thrown when the arbiter gives the creator more than the request's amount.
    error TimeEscrow_InvalidSplit(uint256 toCreator, uint256 amount);
    /// @notice Thrown for a request id that does not exist.
    error TimeEscrow_UnknownRequest(uint256 requestId);
    /// @notice Thrown when there is nothing to recover: every `asset` token held is locked by a request.
    error TimeEscrow_NoSurplus(address asset);

    /// @notice Publishes an offer (creator only). Emits {OfferPublished}.
    function publishOffer(Offer calldata offer) external returns (uint256 offerId);
    /// @notice Opens or closes an offer to new requests (creator only); requests already made are unaffected.
    function setOfferOpen(uint256 offerId, bool open) external;

    /// @notice Locks `units × pricePerUnit` tokens against `offerId` (approve the escrow first).
    /// @param noteHash Hash of a short note: what the holder wants to talk about.
    function request(uint256 offerId, uint32 units, bytes32 noteHash) external returns (uint256 requestId);
    /// @notice {request} with an EIP-2612 permit in the same transaction. A permit that fails (e.g. already used by a
    /// front-runner) is ignored; the request then succeeds if the allowance is there anyway.
    function requestWithPermit(
        uint256 offerId,
        uint32 units,
        bytes32 noteHash,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 requestId);

    /// @notice Holder takes back a request not yet accepted.
    function cancel(uint256 requestId) external;
    /// @notice Creator declines a request; the tokens go back at once.
    function decline(uint256 requestId) external;
    /// @notice Creator accepts and schedules (`now <= scheduledAt <= now + 365 days`).
    function accept(uint256 requestId, uint64 scheduledAt) external;
    /// @notice Creator declares the service delivered (from the scheduled time, before the delivery deadline).
    function markDelivered(uint256 requestId) external;
    /// @notice Holder confirms delivery (from the scheduled time): tokens released.
    function confirm(uint256 requestId) external;
    /// @notice Creator releases a delivered request the holder neither confirmed nor disputed in the window.
    function release(uint256 requestId) external;
    /// @notice Holder takes the tokens back: an accepted request not marked delivered by its deadline, or a dispute the
    /// arbiter left unresolved for `arbitrationTimeout`.
    function reclaim(uint256 requestId) external;
    /// @notice Holder disputes a delivery within the confirmation window (only with an arbiter).
    function dispute(uint256 requestId) external;
    /// @notice Arbiter splits a disputed request: `toCreator` to the creator (burned if the offer burns), the rest back.
    /// Only before `disputedAt + arbitrationTimeout` (exclusive), the moment the holder's {reclaim} opens
    /// ({TimeEscrow_ArbitrationClosed} from then on).
    function resolve(uint256 requestId, uint256 toCreator) external;
    /// @notice Sends what no request locked to the creator: the personal token beyond `totalLocked` (sent here by a
    /// plain transfer) or the whole balance of any other ERC-20 sent here by mistake. Anyone may call; locked tokens are
    /// never touched. Emits {SurplusRecovered}.
    function recoverSurplus(address asset) external returns (uint256 amount);

    /// @notice The escrow-wide settings.
    function config() external view returns (Config memory);
    /// @notice Number of offers published.
    function offerCount() external view returns (uint256);
    /// @notice Offer `offerId`.
    function offer(uint256 offerId) external view returns (Offer memory);
    /// @notice Units still requestable in the current capacity period.
    function availableUnits(uint256 offerId) external view returns (uint256);
    /// @notice Number of requests ever made.
    function requestCount() external view returns (uint256);
    /// @notice Request `requestId`.
    function getRequest(uint256 requestId) external view returns (Request memory);
    /// @notice Tokens locked in open requests (== this contract's token balance).
    function totalLocked() external view returns (uint256);
    /// @notice Ids of every request `holder` made, oldest first.
    function requestIdsOf(address holder) external view returns (uint256[] memory);
    /// @notice Ids of `holder`'s open requests (Requested, Accepted, Delivered, Disputed).
    function openRequestIdsOf(address holder) external view returns (uint256[] memory);
    /// @notice Ids of open requests among `[start, start + limit)`: the creator's inbox, paginated. Any `limit` is
    /// fine: `type(uint256).max` returns every open request from `start` on; a `start` past the end returns none.
    function openRequestIds(uint256 start, uint256 limit) external view returns (uint256[] memory);
    /// @notice The deadlines that apply to a request now: when the creator may release, when the holder may reclaim.
    function deadlines(uint256 requestId)
        external
        view
        returns (uint64 deliveryDeadline, uint64 releaseOpensAt, uint64 reclaimOpensAt);
}
