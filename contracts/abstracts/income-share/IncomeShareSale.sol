// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IIncomeShareSplitter} from "../../interfaces/IIncomeShareSplitter.sol";
import {AssetTransfer} from "../../libraries/AssetTransfer.sol";
import {IncomeShareDistribution} from "./IncomeShareDistribution.sol";

/// @title IncomeShareSale
/// @notice The primary sale of {IncomeShareSplitter}: purchases (each buys claim shares), an optional EIP-712
/// allowlist, delivery once the soft cap is met, refunds after a failure, and the creator's proceeds and unsold tokens.
abstract contract IncomeShareSale is IncomeShareDistribution, EIP712 {
    using SafeERC20 for IERC20;

    bytes32 private constant _ALLOWANCE_TYPEHASH =
        keccak256("Allowance(address buyer,uint256 maxTokens,uint256 deadline)");
    uint256 private constant _WHOLE_TOKEN = 1e18;

    struct Purchase {
        uint256 tokens;
        uint256 paid;
        uint256 undelivered;
    }

    /// @dev Sale payments held: refundable before success, the creator's proceeds after.
    uint256 internal _saleFunds;
    /// @dev Personal tokens held for the sale: unsold plus bought-but-undelivered.
    uint256 internal _tokenReserve;
    /// @dev Bought-but-undelivered tokens (owed to buyers once the soft cap is reached).
    uint256 internal _undelivered;
    mapping(address buyer => Purchase) private _purchases;
    mapping(bytes32 digest => bool) private _revokedAllowances;

    /// @inheritdoc IIncomeShareSplitter
    function buy(uint256 tokens, Allowance calldata allowance)
        external
        payable
        nonReentrant
        returns (uint256 bought, uint256 cost)
    {
        SaleStatus status = saleStatus();
        if (status != SaleStatus.Active) revert IncomeShareSplitter_WrongSaleStatus(status);
        if (tokens == 0) revert IncomeShareSplitter_ZeroAmount();

        uint256 available = tokensOffered - tokensSold;
        bought = tokens < available ? tokens : available;
        Purchase storage purchase = _purchases[msg.sender];
        if (_terms.allowlistSigner != address(0)) _checkAllowance(msg.sender, purchase.tokens + bought, allowance);
        // Rounded up, so never zero: price > 0 and bought > 0.
        cost = Math.mulDiv(bought, _terms.price, _WHOLE_TOKEN, Math.Rounding.Ceil);

        _settleAll(msg.sender);
        _shares[msg.sender] += bought;
        tokensSold += bought;
        purchase.tokens += bought;
        purchase.paid += cost;
        _saleFunds += cost;
        emit TokensPurchased(msg.sender, bought, cost);

        uint256 deliver;
        if (tokensSold >= _terms.softCap) {
            deliver = purchase.undelivered + bought;
            _undelivered -= purchase.undelivered;
            purchase.undelivered = 0;
            _tokenReserve -= deliver;
        } else {
            purchase.undelivered += bought;
            _undelivered += bought;
        }

        _collectSalePayment(cost);
        if (deliver != 0) {
            emit TokensDelivered(msg.sender, deliver);
            IERC20(token).safeTransfer(msg.sender, deliver);
        }
    }

    /// @inheritdoc IIncomeShareSplitter
    function deliverTokens(address buyer) external nonReentrant returns (uint256 tokens) {
        if (tokensSold < _terms.softCap) revert IncomeShareSplitter_WrongSaleStatus(saleStatus());
        Purchase storage purchase = _purchases[buyer];
        tokens = purchase.undelivered;
        if (tokens == 0) revert IncomeShareSplitter_NothingToWithdraw();
        purchase.undelivered = 0;
        _undelivered -= tokens;
        _tokenReserve -= tokens;
        emit TokensDelivered(buyer, tokens);
        IERC20(token).safeTransfer(buyer, tokens);
    }

    /// @inheritdoc IIncomeShareSplitter
    function refund(address to) external nonReentrant returns (uint256 amount) {
        SaleStatus status = saleStatus();
        if (status != SaleStatus.Failed) revert IncomeShareSplitter_WrongSaleStatus(status);
        if (to == address(0)) revert IncomeShareSplitter_ZeroAddress();
        Purchase storage purchase = _purchases[msg.sender];
        amount = purchase.paid;
        if (amount == 0) revert IncomeShareSplitter_NothingToWithdraw();
        purchase.paid = 0;
        _saleFunds -= amount;
        emit PaymentRefunded(msg.sender, to, amount);
        if (!AssetTransfer.send(_terms.paymentAsset, to, amount)) {
            revert IncomeShareSplitter_EthTransferFailed(to, amount);
        }
    }

    /// @inheritdoc IIncomeShareSplitter
    function withdrawProceeds(address to) external onlyCreator nonReentrant returns (uint256 amount) {
        if (tokensSold < _terms.softCap) revert IncomeShareSplitter_WrongSaleStatus(saleStatus());
        // Final only when the window closed: a soft cap or a sell-out reached with borrowed money must stay bought
        // until then, so it cannot be repaid from the buyers' payments in the same transaction.
        uint64 saleEnd = _terms.saleEnd;
        if (block.timestamp < saleEnd) revert IncomeShareSplitter_ProceedsLocked(saleEnd);
        if (to == address(0)) revert IncomeShareSplitter_ZeroAddress();
        amount = _saleFunds;
        if (amount == 0) revert IncomeShareSplitter_NothingToWithdraw();
        _saleFunds = 0;
        emit ProceedsWithdrawn(to, amount);
        if (!AssetTransfer.send(_terms.paymentAsset, to, amount)) {
            revert IncomeShareSplitter_EthTransferFailed(to, amount);
        }
    }

    /// @inheritdoc IIncomeShareSplitter
    function withdrawUnsold(address to) external onlyCreator nonReentrant returns (uint256 amount) {
        SaleStatus status = saleStatus();
        if (status != SaleStatus.Succeeded && status != SaleStatus.Failed) {
            revert IncomeShareSplitter_WrongSaleStatus(status);
        }
        if (to == address(0)) revert IncomeShareSplitter_ZeroAddress();
        // After a failure nothing is owed to buyers: every token held for the sale goes back.
        amount = status == SaleStatus.Failed ? _tokenReserve : _tokenReserve - _undelivered;
        if (amount == 0) revert IncomeShareSplitter_NothingToWithdraw();
        _tokenReserve -= amount;
        emit UnsoldTokensWithdrawn(to, amount);
        IERC20(token).safeTransfer(to, amount);
    }

    /// @inheritdoc IIncomeShareSplitter
    function revokeAllowance(address buyer, uint256 maxTokens, uint256 deadline) external onlyCreator {
        _revokedAllowances[allowanceDigest(buyer, maxTokens, deadline)] = true;
        emit AllowanceRevoked(buyer, maxTokens, deadline);
    }

    /// @inheritdoc IIncomeShareSplitter
    function purchaseOf(address buyer) external view returns (uint256 tokens, uint256 paid, uint256 undelivered) {
        Purchase storage purchase = _purchases[buyer];
        return (purchase.tokens, purchase.paid, purchase.undelivered);
    }

    /// @inheritdoc IIncomeShareSplitter
    function isAllowanceRevoked(address buyer, uint256 maxTokens, uint256 deadline) external view returns (bool) {
        return _revokedAllowances[allowanceDigest(buyer, maxTokens, deadline)];
    }

    /// @inheritdoc IIncomeShareSplitter
    function allowanceDigest(address buyer, uint256 maxTokens, uint256 deadline) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_ALLOWANCE_TYPEHASH, buyer, maxTokens, deadline)));
    }

    function _checkAllowance(address buyer, uint256 totalTokens, Allowance calldata allowance) private view {
        if (block.timestamp > allowance.deadline) revert IncomeShareSplitter_AllowanceExpired(allowance.deadline);
        if (totalTokens > allowance.maxTokens) {
            revert IncomeShareSplitter_AllowanceExceeded(allowance.maxTokens, totalTokens);
        }
        bytes32 digest = allowanceDigest(buyer, allowance.maxTokens, allowance.deadline);
        if (_revokedAllowances[digest]) {
            revert IncomeShareSplitter_AllowanceRevoked(buyer, allowance.maxTokens, allowance.deadline);
        }
        if (!SignatureChecker.isValidSignatureNowCalldata(_terms.allowlistSigner, digest, allowance.signature)) {
            revert IncomeShareSplitter_InvalidAllowance();
        }
    }

    /// @dev Takes the sale payment: ETH with any excess returned, or exactly `cost` of the ERC-20.
    function _collectSalePayment(uint256 cost) private {
        address asset = _terms.paymentAsset;
        uint256 value = AssetTransfer.valueFor(asset, cost);
        if (msg.value != value) {
            // Only an ETH payment may carry more than its value; the excess goes back (`take` moves no ETH).
            if (msg.value < value || asset != AssetTransfer.ETH) {
                revert IncomeShareSplitter_WrongPayment(value, msg.value);
            }
            uint256 excess = msg.value - value;
            if (!AssetTransfer.send(AssetTransfer.ETH, msg.sender, excess)) {
                revert IncomeShareSplitter_EthTransferFailed(msg.sender, excess);
            }
        }
        uint256 received = AssetTransfer.take(asset, msg.sender, cost);
        if (received != cost) revert IncomeShareSplitter_PaymentShortfall(cost, received);
    }
}
