// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IncomeShareRecord} from "../abstracts/income-share/IncomeShareRecord.sol";
import {IncomeShareSale} from "../abstracts/income-share/IncomeShareSale.sol";
import {IIncomeShareSplitter} from "../interfaces/IIncomeShareSplitter.sol";
import {AssetTransfer} from "../libraries/AssetTransfer.sol";

/// @title IncomeShareSplitter
/// @notice See {IIncomeShareSplitter}.
/// @dev A clone launched by the factory, composed of its parts: {IncomeShareSale} (the primary sale),
/// {IncomeShareRecord} (periods, reports and payments) and, under both, {IncomeShareDistribution} (shares and the
/// per-asset accumulators) on {IncomeShareTerms}. This contract validates the terms and says what the parts owe
/// together ({_reserved}), which bounds what {recoverSurplus} and {distributeSurplus} may move.
///
/// OpenZeppelin's EIP712 keeps its name and version hashes as immutables of the implementation, which clones share,
/// and rebuilds the domain separator whenever `address(this)` or `block.chainid` differs from the cached one — always,
/// for a clone — so allowlist signatures are bound to this clone and chain.
contract IncomeShareSplitter is IncomeShareSale, IncomeShareRecord {
    /// @dev Clones share the implementation's EIP-712 name and version hashes.
    constructor() EIP712("IncomeShareSplitter", "1") {}

    /// @notice Sets the terms; called by the factory in the launch transaction with the offered tokens already here.
    /// @param data `abi.encode(Terms)`.
    function initializeModule(address token_, address creator_, uint256 tokenAmount, bytes calldata data)
        external
        initializer
    {
        Terms memory t = abi.decode(data, (Terms));
        _validateTerms(t, token_, tokenAmount);
        _initializeModule(token_, creator_);
        _terms = t;
        tokensOffered = tokenAmount;
        _tokenReserve = tokenAmount;
    }

    /// @inheritdoc IIncomeShareSplitter
    function recoverSurplus(address asset) external nonReentrant returns (uint256 amount) {
        SaleStatus status = saleStatus();
        if (status != SaleStatus.Failed) revert IncomeShareSplitter_WrongSaleStatus(status);
        // Nothing was ever listed, so the only amounts owed are the refunds and the tokens held for the sale.
        amount = AssetTransfer.balanceOf(asset) - _reserved(asset, _assets[asset]);
        if (amount == 0) revert IncomeShareSplitter_NothingToWithdraw();
        address to = creator;
        emit SurplusRecovered(asset, to, amount);
        if (!AssetTransfer.send(asset, to, amount)) revert IncomeShareSplitter_EthTransferFailed(to, amount);
    }

    function _validateTerms(Terms memory t, address token_, uint256 tokenAmount) private view {
        if (tokenAmount == 0 || tokenAmount > MAX_TOKENS_OFFERED) {
            revert IncomeShareSplitter_TokensOfferedOutOfRange(tokenAmount, MAX_TOKENS_OFFERED);
        }
        uint256 balance = IERC20(token_).balanceOf(address(this));
        if (balance < tokenAmount) revert IncomeShareSplitter_TokensNotReceived(tokenAmount, balance);
        if (t.paymentAsset == token_) revert IncomeShareSplitter_PaymentAssetIsToken(t.paymentAsset);
        if (t.price == 0) revert IncomeShareSplitter_ZeroPrice();
        if (t.softCap == 0) revert IncomeShareSplitter_ZeroSoftCap();
        if (t.softCap > tokenAmount) revert IncomeShareSplitter_SoftCapAboveOffered(t.softCap, tokenAmount);
        if (t.saleStart >= t.saleEnd) revert IncomeShareSplitter_EmptySaleWindow(t.saleStart, t.saleEnd);
        if (t.saleEnd <= block.timestamp) revert IncomeShareSplitter_SaleEndPassed(t.saleEnd, block.timestamp);
        if (t.shareBps == 0 || t.shareBps > BPS) revert IncomeShareSplitter_ShareBpsOutOfRange(t.shareBps, BPS);
        if (t.termStart < t.saleEnd) revert IncomeShareSplitter_TermStartsBeforeSaleEnd(t.termStart, t.saleEnd);
        if (t.termEnd <= t.termStart) revert IncomeShareSplitter_EmptyTerm(t.termStart, t.termEnd);
        if (t.periodLength == 0) revert IncomeShareSplitter_ZeroPeriodLength();
        uint256 periods = Math.ceilDiv(t.termEnd - t.termStart, t.periodLength);
        if (periods > MAX_PERIODS) revert IncomeShareSplitter_TooManyPeriods(periods, MAX_PERIODS);
    }

    /// @dev What the contract owes for `asset`: unclaimed income, plus sale funds or sale tokens where they apply.
    function _reserved(address asset, AssetState storage state) internal view override returns (uint256 reserved) {
        reserved = state.received - state.claimed;
        if (asset == _terms.paymentAsset) reserved += _saleFunds;
        if (asset == token) reserved += _tokenReserve;
    }
}
