// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {PersonalTokenModule} from "../abstracts/PersonalTokenModule.sol";
import {ITimeEscrow} from "../interfaces/ITimeEscrow.sol";

/// @title TimeEscrow
/// @notice See {ITimeEscrow}.
/// @dev A clone launched by the factory beside the token (funded with nothing: every token it holds is locked by a
/// request). Invariant: the token balance equals `totalLocked`, the sum of open requests' amounts.
contract TimeEscrow is ITimeEscrow, PersonalTokenModule, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Longest any window or period may be.
    uint64 public constant MAX_WINDOW = 365 days;
    /// @notice Furthest ahead a session may be scheduled.
    uint64 public constant MAX_SCHEDULE_AHEAD = 365 days;

    uint64 private _start;
    Config private _config;
    /// @inheritdoc ITimeEscrow
    uint256 public totalLocked;

    Offer[] private _offers;
    Record[] private _requests;
    mapping(address holder => uint256[] ids) private _requestIds;
    mapping(uint256 offerId => mapping(uint256 period => uint256 units)) private _unitsUsed;

    /// @dev A request as stored: two slots. Its amount is not stored: it is `units × pricePerUnit` of its offer, and an
    /// offer's price never changes once published.
    struct Record {
        address holder;
        uint64 offerId;
        uint32 units;
        Status status;
        bool burn;
        uint64 scheduledAt;
        uint64 deliveredAt;
        uint64 disputedAt;
        uint32 period;
    }

    /// @notice Sets the escrow up; called by the factory in the launch transaction.
    /// @param data `abi.encode(Config, Offer[])`: settings and the offers published at launch.
    function initializeModule(address token_, address creator_, uint256 tokenAmount, bytes calldata data)
        external
        initializer
    {
        if (tokenAmount != 0) revert TimeEscrow_FundedAtLaunch(tokenAmount);
        (Config memory c, Offer[] memory offers) = abi.decode(data, (Config, Offer[]));
        if (c.confirmationWindow == 0 || c.confirmationWindow > MAX_WINDOW) {
            revert TimeEscrow_ConfirmationWindowOutOfRange(c.confirmationWindow, MAX_WINDOW);
        }
        if (c.deliveryGrace == 0 || c.deliveryGrace > MAX_WINDOW) {
            revert TimeEscrow_DeliveryGraceOutOfRange(c.deliveryGrace, MAX_WINDOW);
        }
        if (c.arbiter != address(0) && (c.arbitrationTimeout == 0 || c.arbitrationTimeout > MAX_WINDOW)) {
            revert TimeEscrow_ArbitrationTimeoutOutOfRange(c.arbitrationTimeout, MAX_WINDOW);
        }
        if (c.capacityPeriod == 0 || c.capacityPeriod > MAX_WINDOW) {
            revert TimeEscrow_CapacityPeriodOutOfRange(c.capacityPeriod, MAX_WINDOW);
        }
        _initializeModule(token_, creator_);
        _start = uint64(block.timestamp);
        _config = c;
        for (uint256 i; i < offers.length; ++i) {
            _publish(offers[i]);
        }
    }

    // ------------------------------------------------------------------------------------------------ offers

    /// @inheritdoc ITimeEscrow
    function publishOffer(Offer calldata o) external onlyCreator returns (uint256 offerId) {
        return _publish(o);
    }

    /// @inheritdoc ITimeEscrow
    function setOfferOpen(uint256 offerId, bool open) external onlyCreator {
        _offer(offerId).open = open;
        emit OfferOpenChanged(offerId, open);
    }

    // ------------------------------------------------------------------------------------------------ holder

    /// @inheritdoc ITimeEscrow
    function request(uint256 offerId, uint32 units, bytes32 noteHash) external nonReentrant returns (uint256) {
        return _request(offerId, units, noteHash);
    }

    /// @inheritdoc ITimeEscrow
    function requestWithPermit(
        uint256 offerId,
        uint32 units,
        bytes32 noteHash,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256) {
        uint256 amount = _offer(offerId).pricePerUnit * units;
        // A front-runner who submits the same permit first makes it fail here, but the allowance is then in place.
        try IERC20Permit(token).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _request(offerId, units, noteHash);
    }

    /// @inheritdoc ITimeEscrow
    function cancel(uint256 requestId) external nonReentrant {
        Record storage req = _holderRequest(requestId);
        _expect(requestId, req, Status.Requested);
        req.status = Status.Cancelled;
        _freeCapacity(req);
        emit RequestCancelled(requestId);
        _refund(requestId, req);
    }

    /// @inheritdoc ITimeEscrow
    function confirm(uint256 requestId) external nonReentrant {
        Record storage req = _holderRequest(requestId);
        Status status = req.status;
        if (status != Status.Accepted && status != Status.Delivered) revert TimeEscrow_WrongStatus(requestId, status);
        if (block.timestamp < req.scheduledAt) revert TimeEscrow_TooEarly(requestId, req.scheduledAt);
        req.status = Status.Released;
        _payCreator(requestId, req);
    }

    /// @inheritdoc ITimeEscrow
    function reclaim(uint256 requestId) external nonReentrant {
        Record storage req = _holderRequest(requestId);
        Status status = req.status;
        uint64 opensAt;
        if (status == Status.Accepted) opensAt = _deliveryDeadline(req);
        else if (status == Status.Disputed) opensAt = _arbitrationDeadline(req);
        else revert TimeEscrow_WrongStatus(requestId, status);
        if (block.timestamp < opensAt) revert TimeEscrow_TooEarly(requestId, opensAt);
        req.status = Status.Refunded;
        _refund(requestId, req);
    }

    /// @inheritdoc ITimeEscrow
    function dispute(uint256 requestId) external {
        Record storage req = _holderRequest(requestId);
        if (_config.arbiter == address(0)) revert TimeEscrow_NoArbiter();
        _expect(requestId, req, Status.Delivered);
        uint64 closesAt = req.deliveredAt + _config.confirmationWindow;
        if (block.timestamp >= closesAt) revert TimeEscrow_TooLate(requestId, closesAt);
        req.status = Status.Disputed;
        req.disputedAt = uint64(block.timestamp);
        emit DisputeOpened(requestId);
    }

    // ------------------------------------------------------------------------------------------------ creator

    /// @inheritdoc ITimeEscrow
    function decline(uint256 requestId) external onlyCreator nonReentrant {
        Record storage req = _requestAt(requestId);
        _expect(requestId, req, Status.Requested);
        req.status = Status.Declined;
        _freeCapacity(req);
        emit RequestDeclined(requestId);
        _refund(requestId, req);
    }

    /// @inheritdoc ITimeEscrow
    function accept(uint256 requestId, uint64 scheduledAt) external onlyCreator {
        Record storage req = _requestAt(requestId);
        _expect(requestId, req, Status.Requested);
        if (scheduledAt < block.timestamp || scheduledAt > block.timestamp + MAX_SCHEDULE_AHEAD) {
            revert TimeEscrow_InvalidSchedule(scheduledAt);
        }
        req.status = Status.Accepted;
        req.scheduledAt = scheduledAt;
        emit RequestAccepted(requestId, scheduledAt);
    }

    /// @inheritdoc ITimeEscrow
    function markDelivered(uint256 requestId) external onlyCreator {
        Record storage req = _requestAt(requestId);
        _expect(requestId, req, Status.Accepted);
        if (block.timestamp < req.scheduledAt) revert TimeEscrow_TooEarly(requestId, req.scheduledAt);
        uint64 deadline = _deliveryDeadline(req);
        if (block.timestamp >= deadline) revert TimeEscrow_TooLate(requestId, deadline);
        req.status = Status.Delivered;
        req.deliveredAt = uint64(block.timestamp);
        emit DeliveryMarked(requestId);
    }

    /// @inheritdoc ITimeEscrow
    function release(uint256 requestId) external onlyCreator nonReentrant {
        Record storage req = _requestAt(requestId);
        _expect(requestId, req, Status.Delivered);
        uint64 opensAt = req.deliveredAt + _config.confirmationWindow;
        if (block.timestamp < opensAt) revert TimeEscrow_TooEarly(requestId, opensAt);
        req.status = Status.Released;
        _payCreator(requestId, req);
    }

    // ------------------------------------------------------------------------------------------------ arbiter

    /// @inheritdoc ITimeEscrow
    function resolve(uint256 requestId, uint256 toCreator) external nonReentrant {
        if (msg.sender != _config.arbiter) revert TimeEscrow_NotArbiter(msg.sender);
        Record storage req = _requestAt(requestId);
        _expect(requestId, req, Status.Disputed);
        // The arbiter's time ends exactly where the holder's reclaim opens, so the two can never race.
        uint64 closedAt = _arbitrationDeadline(req);
        if (block.timestamp >= closedAt) revert TimeEscrow_ArbitrationClosed(requestId, closedAt);
        uint256 amount = _amount(req);
        if (toCreator > amount) revert TimeEscrow_InvalidSplit(toCreator, amount);
        req.status = Status.Resolved;
        uint256 toHolder = amount - toCreator;
        emit DisputeResolved(requestId, toCreator, toHolder);
        totalLocked -= amount;
        if (toCreator != 0) _sendToCreator(requestId, req.burn, toCreator);
        if (toHolder != 0) {
            emit TokensRefunded(requestId, req.holder, toHolder);
            IERC20(token).safeTransfer(req.holder, toHolder);
        }
    }

    // ------------------------------------------------------------------------------------------------ anyone

    /// @inheritdoc ITimeEscrow
    function recoverSurplus(address asset) external nonReentrant returns (uint256 amount) {
        amount = IERC20(asset).balanceOf(address(this));
        if (asset == token) amount -= totalLocked;
        if (amount == 0) revert TimeEscrow_NoSurplus(asset);
        address to = creator;
        emit SurplusRecovered(asset, to, amount);
        IERC20(asset).safeTransfer(to, amount);
    }

    // ------------------------------------------------------------------------------------------------ views

    /// @inheritdoc ITimeEscrow
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @inheritdoc ITimeEscrow
    function offerCount() external view returns (uint256) {
        return _offers.length;
    }

    /// @inheritdoc ITimeEscrow
    function offer(uint256 offerId) external view returns (Offer memory) {
        if (offerId >= _offers.length) revert TimeEscrow_UnknownOffer(offerId);
        return _offers[offerId];
    }

    /// @inheritdoc ITimeEscrow
    function availableUnits(uint256 offerId) public view returns (uint256) {
        if (offerId >= _offers.length) revert TimeEscrow_UnknownOffer(offerId);
        return _offers[offerId].capacity - _unitsUsed[offerId][_currentPeriod()];
    }

    /// @inheritdoc ITimeEscrow
    function requestCount() external view returns (uint256) {
        return _requests.length;
    }

    /// @inheritdoc ITimeEscrow
    function getRequest(uint256 requestId) external view returns (Request memory) {
        Record storage req = _requestAt(requestId);
        return Request({
            holder: req.holder,
            offerId: req.offerId,
            units: req.units,
            status: req.status,
            burn: req.burn,
            scheduledAt: req.scheduledAt,
            deliveredAt: req.deliveredAt,
            disputedAt: req.disputedAt,
            period: req.period,
            amount: _amount(req)
        });
    }

    /// @inheritdoc ITimeEscrow
    function requestIdsOf(address holder) external view returns (uint256[] memory) {
        return _requestIds[holder];
    }

    /// @inheritdoc ITimeEscrow
    function openRequestIdsOf(address holder) external view returns (uint256[] memory ids) {
        uint256[] storage all = _requestIds[holder];
        ids = new uint256[](all.length);
        uint256 found;
        for (uint256 i; i < all.length; ++i) {
            if (_isOpen(_requests[all[i]].status)) ids[found++] = all[i];
        }
        assembly ("memory-safe") {
            mstore(ids, found)
        }
    }

    /// @inheritdoc ITimeEscrow
    function openRequestIds(uint256 start, uint256 limit) external view returns (uint256[] memory ids) {
        // `start + limit` could overflow (`limit = type(uint256).max` means "all the rest"): compare before adding.
        uint256 end = _requests.length;
        if (start < end && limit < end - start) end = start + limit;
        ids = new uint256[](end > start ? end - start : 0);
        uint256 found;
        for (uint256 i = start; i < end; ++i) {
            if (_isOpen(_requests[i].status)) ids[found++] = i;
        }
        assembly ("memory-safe") {
            mstore(ids, found)
        }
    }

    /// @inheritdoc ITimeEscrow
    function deadlines(uint256 requestId)
        external
        view
        returns (uint64 deliveryDeadline, uint64 releaseOpensAt, uint64 reclaimOpensAt)
    {
        Record storage req = _requestAt(requestId);
        Status status = req.status;
        if (status == Status.Accepted || status == Status.Delivered) deliveryDeadline = _deliveryDeadline(req);
        if (status == Status.Delivered) releaseOpensAt = req.deliveredAt + _config.confirmationWindow;
        if (status == Status.Accepted) reclaimOpensAt = deliveryDeadline;
        if (status == Status.Disputed) reclaimOpensAt = _arbitrationDeadline(req);
    }

    // ------------------------------------------------------------------------------------------------ internals

    function _revertNotCreator(address caller) internal pure override {
        revert TimeEscrow_NotCreator(caller);
    }

    function _publish(Offer memory o) private returns (uint256 offerId) {
        if (o.pricePerUnit == 0) revert TimeEscrow_ZeroPricePerUnit();
        if (o.unitLength == 0 || o.unitLength > MAX_WINDOW) {
            revert TimeEscrow_UnitLengthOutOfRange(o.unitLength, MAX_WINDOW);
        }
        if (o.capacity == 0) revert TimeEscrow_ZeroCapacity();
        offerId = _offers.length;
        _offers.push(o);
        emit OfferPublished(offerId, o);
    }

    function _request(uint256 offerId, uint32 units, bytes32 noteHash) private returns (uint256 requestId) {
        Offer storage o = _offer(offerId);
        if (!o.open) revert TimeEscrow_OfferClosed(offerId);
        if (units == 0) revert TimeEscrow_ZeroUnits();
        uint256 period = _currentPeriod();
        uint256 used = _unitsUsed[offerId][period];
        if (used + units > o.capacity) revert TimeEscrow_CapacityExceeded(offerId, o.capacity - used, units);
        uint256 amount = o.pricePerUnit * units;

        _unitsUsed[offerId][period] = used + units;
        totalLocked += amount;
        requestId = _requests.length;
        _requests.push(
            Record({
                holder: msg.sender,
                // forge-lint: disable-next-line(unsafe-typecast) offer ids count pushes, far below 2^64
                offerId: uint64(offerId),
                units: units,
                status: Status.Requested,
                burn: o.burn,
                scheduledAt: 0,
                deliveredAt: 0,
                disputedAt: 0,
                // forge-lint: disable-next-line(unsafe-typecast) periods of >= 1 s since launch fit 32 bits for 136 years
                period: uint32(period)
            })
        );
        _requestIds[msg.sender].push(requestId);
        emit TimeRequested(requestId, msg.sender, offerId, units, amount, noteHash);
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
    }

    function _payCreator(uint256 requestId, Record storage req) private {
        uint256 amount = _amount(req);
        totalLocked -= amount;
        _sendToCreator(requestId, req.burn, amount);
    }

    function _sendToCreator(uint256 requestId, bool burn, uint256 amount) private {
        address to = burn ? address(0) : creator;
        emit TokensReleased(requestId, to, amount, burn);
        if (burn) ERC20Burnable(token).burn(amount);
        else IERC20(token).safeTransfer(to, amount);
    }

    function _refund(uint256 requestId, Record storage req) private {
        uint256 amount = _amount(req);
        totalLocked -= amount;
        emit TokensRefunded(requestId, req.holder, amount);
        IERC20(token).safeTransfer(req.holder, amount);
    }

    function _freeCapacity(Record storage req) private {
        _unitsUsed[req.offerId][req.period] -= req.units;
    }

    function _expect(uint256 requestId, Record storage req, Status expected) private view {
        if (req.status != expected) revert TimeEscrow_WrongStatus(requestId, req.status);
    }

    function _offer(uint256 offerId) private view returns (Offer storage) {
        if (offerId >= _offers.length) revert TimeEscrow_UnknownOffer(offerId);
        return _offers[offerId];
    }

    function _requestAt(uint256 requestId) private view returns (Record storage) {
        if (requestId >= _requests.length) revert TimeEscrow_UnknownRequest(requestId);
        return _requests[requestId];
    }

    function _holderRequest(uint256 requestId) private view returns (Record storage req) {
        req = _requestAt(requestId);
        if (req.holder != msg.sender) revert TimeEscrow_NotHolder(msg.sender);
    }

    /// @dev What `req` locked: its units at its offer's (immutable) price.
    function _amount(Record storage req) private view returns (uint256) {
        return uint256(req.units) * _offers[req.offerId].pricePerUnit;
    }

    function _deliveryDeadline(Record storage req) private view returns (uint64) {
        return req.scheduledAt + uint64(req.units) * _offers[req.offerId].unitLength + _config.deliveryGrace;
    }

    /// @dev When a dispute stops being the arbiter's to resolve and becomes the holder's to reclaim.
    function _arbitrationDeadline(Record storage req) private view returns (uint64) {
        return req.disputedAt + _config.arbitrationTimeout;
    }

    function _currentPeriod() private view returns (uint256) {
        return (block.timestamp - _start) / _config.capacityPeriod;
    }

    function _isOpen(Status status) private pure returns (bool) {
        return status == Status.Requested || status == Status.Accepted || status == Status.Delivered
            || status == Status.Disputed;
    }
}
