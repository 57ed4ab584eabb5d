// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IIncomeShareSplitter} from "../../interfaces/IIncomeShareSplitter.sol";
import {ScaledAccumulator} from "../../libraries/ScaledAccumulator.sol";
import {PersonalTokenModule} from "../PersonalTokenModule.sol";

/// @title IncomeShareTerms
/// @notice What every part of {IncomeShareSplitter} reads: the limits, the terms, the tokens offered and sold (sold
/// tokens are the claim shares) and the sale's status.
abstract contract IncomeShareTerms is IIncomeShareSplitter, PersonalTokenModule, ReentrancyGuardTransient {
    /// @notice Accumulator scale: amount-per-share is kept in units of 1e-36 per share unit.
    uint256 public constant SCALE = ScaledAccumulator.SCALE;
    /// @notice Basis points in 100%.
    uint256 public constant BPS = 10_000;
    /// @notice Most distinct assets income can be paid in (bounds the work of a share transfer).
    uint256 public constant MAX_PAYOUT_ASSETS = 16;
    /// @notice Most reporting periods a term may have.
    uint256 public constant MAX_PERIODS = 1000;
    /// @notice Most units of one asset the splitter can ever receive: keeps every scaled sum below 2^255. Also the
    /// most a declared `value` may be.
    uint256 public constant MAX_TOTAL_RECEIVED = type(uint256).max / SCALE / 2;
    /// @notice Most tokens a splitter may offer (just under 1e18 whole tokens): with fewer than `SCALE` claim shares,
    /// the remainder carried between payments (less than one scaled unit per share) stays under one payout unit.
    uint256 public constant MAX_TOKENS_OFFERED = SCALE - 1;
    /// @notice The `period` of a payment not attached to any period.
    uint256 public constant NO_PERIOD = type(uint256).max;

    Terms internal _terms;
    /// @inheritdoc IIncomeShareSplitter
    uint256 public tokensOffered;
    /// @inheritdoc IIncomeShareSplitter
    uint256 public tokensSold;

    /// @inheritdoc IIncomeShareSplitter
    function terms() external view returns (Terms memory) {
        return _terms;
    }

    /// @inheritdoc IIncomeShareSplitter
    function saleStatus() public view returns (SaleStatus) {
        uint256 sold = tokensSold;
        if (sold >= _terms.softCap && (sold == tokensOffered || block.timestamp >= _terms.saleEnd)) {
            return SaleStatus.Succeeded;
        }
        if (block.timestamp < _terms.saleStart) return SaleStatus.Upcoming;
        if (block.timestamp < _terms.saleEnd) return SaleStatus.Active;
        return SaleStatus.Failed;
    }

    function _revertNotCreator(address caller) internal pure override {
        revert IncomeShareSplitter_NotCreator(caller);
    }
}
