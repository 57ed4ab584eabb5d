// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IIncomeShareSplitter} from "../../interfaces/IIncomeShareSplitter.sol";
import {IncomeShareDistribution} from "./IncomeShareDistribution.sol";

/// @title IncomeShareRecord
/// @notice The income record of {IncomeShareSplitter}: the term cut into reporting periods, the creator's reports
/// and payments per period, the payout cap, and which periods are late.
abstract contract IncomeShareRecord is IncomeShareDistribution {
    struct Period {
        uint64 reportedAt;
        uint256 grossIncome;
        uint256 paid;
        uint256 declaredValue;
        bytes32 evidenceHash;
        string evidenceURI;
    }

    /// @inheritdoc IIncomeShareSplitter
    uint256 public totalPaid;
    /// @dev Timestamp the payout cap was met (0: not met).
    uint64 private _capMetAt;
    mapping(uint256 period => Period) private _periods;

    /// @inheritdoc IIncomeShareSplitter
    function report(uint256 period, uint256 grossIncome, string calldata evidenceURI, bytes32 evidenceHash)
        external
        onlyCreator
    {
        if (tokensSold < _terms.softCap) revert IncomeShareSplitter_WrongSaleStatus(saleStatus());
        uint256 count = periodCount();
        if (period >= count) revert IncomeShareSplitter_UnknownPeriod(period, count);
        (, uint64 end) = _periodBounds(period);
        if (block.timestamp < end) revert IncomeShareSplitter_PeriodNotEnded(period, end);
        Period storage record = _periods[period];
        if (record.reportedAt != 0) revert IncomeShareSplitter_AlreadyReported(period);
        record.reportedAt = uint64(block.timestamp);
        record.grossIncome = grossIncome;
        record.evidenceHash = evidenceHash;
        record.evidenceURI = evidenceURI;
        emit IncomeReported(period, grossIncome, grossIncome * _terms.shareBps / BPS, evidenceURI, evidenceHash);
    }

    /// @inheritdoc IIncomeShareSplitter
    function payIncome(uint256 period, address asset, uint256 amount, uint256 value)
        external
        payable
        onlyCreator
        nonReentrant
        returns (uint256 received)
    {
        uint256 count = periodCount();
        if (period >= count) revert IncomeShareSplitter_UnknownPeriod(period, count);
        bool inPaymentAsset = asset == _terms.paymentAsset;
        if (!inPaymentAsset && value > MAX_TOTAL_RECEIVED) {
            revert IncomeShareSplitter_ValueTooLarge(value, MAX_TOTAL_RECEIVED);
        }
        received = _payIn(asset, amount);
        Period storage record = _periods[period];
        if (!inPaymentAsset) {
            // A declaration, recorded as such: it never counts as paid, so it cannot complete the agreement.
            record.declaredValue += value;
            emit IncomeDistributed(asset, msg.sender, period, received, value);
            return received;
        }
        record.paid += received;
        uint256 paidTotal = totalPaid + received;
        totalPaid = paidTotal;
        emit IncomeDistributed(asset, msg.sender, period, received, received);
        uint256 cap = _terms.payoutCap;
        if (cap != 0 && _capMetAt == 0 && paidTotal >= cap) {
            _capMetAt = uint64(block.timestamp);
            emit AgreementCompleted(paidTotal);
        }
    }

    /// @inheritdoc IIncomeShareSplitter
    function periodCount() public view returns (uint256) {
        return Math.ceilDiv(_terms.termEnd - _terms.termStart, _terms.periodLength);
    }

    /// @inheritdoc IIncomeShareSplitter
    function periodRecord(uint256 period) public view returns (PeriodRecord memory record) {
        uint256 count = periodCount();
        if (period >= count) revert IncomeShareSplitter_UnknownPeriod(period, count);
        Period storage stored = _periods[period];
        (record.start, record.end) = _periodBounds(period);
        record.due = _due(record.end);
        record.reported = stored.reportedAt != 0;
        record.grossIncome = stored.grossIncome;
        record.owed = stored.grossIncome * _terms.shareBps / BPS;
        record.paid = stored.paid;
        record.declaredValue = stored.declaredValue;
        record.evidenceHash = stored.evidenceHash;
        record.evidenceURI = stored.evidenceURI;
        record.late = _isLate(period, _completedAt());
    }

    /// @inheritdoc IIncomeShareSplitter
    function isComplete() external view returns (bool) {
        return block.timestamp >= _completedAt();
    }

    /// @inheritdoc IIncomeShareSplitter
    function latePeriodCount() external view returns (uint256 late) {
        uint256 count = periodCount();
        uint64 completedAt = _completedAt();
        for (uint256 i; i < count; ++i) {
            if (_isLate(i, completedAt)) ++late;
        }
    }

    function _periodBounds(uint256 period) private view returns (uint64 start, uint64 end) {
        uint256 s = uint256(_terms.termStart) + period * _terms.periodLength;
        // period < periodCount, so s < termEnd, a uint64
        start = SafeCast.toUint64(s);
        end = SafeCast.toUint64(Math.min(s + _terms.periodLength, _terms.termEnd));
    }

    /// @dev Due (ends by completion), unreported, and past its end plus grace.
    function _isLate(uint256 period, uint64 completedAt) private view returns (bool) {
        (, uint64 end) = _periodBounds(period);
        return _periods[period].reportedAt == 0 && end <= completedAt && block.timestamp > _due(end);
    }

    /// @dev A period's report deadline, `end + gracePeriod`, saturated at `type(uint64).max` ("never late"), so the
    /// record stays readable whatever grace period the terms chose.
    function _due(uint64 end) private view returns (uint64) {
        return SafeCast.toUint64(Math.min(uint256(end) + _terms.gracePeriod, type(uint64).max));
    }

    /// @dev When the agreement ends: the term's end, or earlier if the payout cap was met.
    function _completedAt() private view returns (uint64) {
        uint64 capMetAt = _capMetAt;
        return capMetAt != 0 && capMetAt < _terms.termEnd ? capMetAt : _terms.termEnd;
    }
}
