// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIncomeShareSplitter} from "../../interfaces/IIncomeShareSplitter.sol";
import {AssetTransfer} from "../../libraries/AssetTransfer.sol";
import {ScaledAccumulator} from "../../libraries/ScaledAccumulator.sol";
import {IncomeShareTerms} from "./IncomeShareTerms.sol";

/// @title IncomeShareDistribution
/// @notice The multi-asset distribution of {IncomeShareSplitter}: claim shares, income paid in up to
/// `MAX_PAYOUT_ASSETS` assets, spread in O(1) through a 1e36 accumulator per asset with the remainder carried, and
/// claimed pro rata. What the contract owes besides income ({_reserved}) is left to the composing contract.
abstract contract IncomeShareDistribution is IncomeShareTerms {
    struct AssetState {
        bool listed;
        uint256 perShare;
        uint256 carry;
        uint256 received;
        uint256 claimed;
    }

    mapping(address account => uint256) internal _shares;
    mapping(address asset => AssetState) internal _assets;
    address[] private _assetList;
    mapping(address asset => mapping(address account => uint256)) private _perSharePaid;
    mapping(address asset => mapping(address account => uint256)) private _accruedScaled;
    mapping(address asset => mapping(address account => uint256)) private _claimedUnits;

    /// @inheritdoc IIncomeShareSplitter
    function distribute(address asset, uint256 amount) external payable nonReentrant returns (uint256 received) {
        received = _payIn(asset, amount);
        emit IncomeDistributed(asset, msg.sender, NO_PERIOD, received, 0);
    }

    /// @inheritdoc IIncomeShareSplitter
    function distributeSurplus(address asset) external nonReentrant returns (uint256 received) {
        AssetState storage state = _assets[asset];
        if (!state.listed) revert IncomeShareSplitter_AssetNotAccepted(asset);
        received = AssetTransfer.balanceOf(asset) - _reserved(asset, state);
        if (received == 0) revert IncomeShareSplitter_NothingToWithdraw();
        _credit(state, received);
        emit IncomeDistributed(asset, msg.sender, NO_PERIOD, received, 0);
    }

    /// @inheritdoc IIncomeShareSplitter
    function claim(address[] calldata assets, address to) external nonReentrant returns (uint256[] memory amounts) {
        if (to == address(0)) revert IncomeShareSplitter_ZeroAddress();
        uint256 length = assets.length;
        amounts = new uint256[](length);
        bool any;
        for (uint256 i; i < length; ++i) {
            address asset = assets[i];
            AssetState storage state = _assets[asset];
            if (!state.listed) continue;
            uint256 entitled = _entitled(asset, state.perShare, msg.sender);
            uint256 amount = entitled - _claimedUnits[asset][msg.sender];
            if (amount == 0) continue;
            _claimedUnits[asset][msg.sender] = entitled;
            state.claimed += amount;
            amounts[i] = amount;
            any = true;
        }
        if (!any) revert IncomeShareSplitter_NothingToWithdraw();
        for (uint256 i; i < length; ++i) {
            if (amounts[i] == 0) continue;
            emit IncomeClaimed(msg.sender, assets[i], to, amounts[i]);
            if (!AssetTransfer.send(assets[i], to, amounts[i])) {
                revert IncomeShareSplitter_EthTransferFailed(to, amounts[i]);
            }
        }
    }

    /// @inheritdoc IIncomeShareSplitter
    function transferShares(address to, uint256 shares) external nonReentrant {
        if (!_terms.transferableShares) revert IncomeShareSplitter_SharesNotTransferable();
        SaleStatus status = saleStatus();
        if (status != SaleStatus.Succeeded) revert IncomeShareSplitter_WrongSaleStatus(status);
        if (to == address(0)) revert IncomeShareSplitter_ZeroAddress();
        if (shares == 0) revert IncomeShareSplitter_ZeroAmount();
        uint256 held = _shares[msg.sender];
        if (held < shares) revert IncomeShareSplitter_InsufficientShares(held, shares);
        _settleAll(msg.sender);
        _settleAll(to);
        _shares[msg.sender] = held - shares;
        _shares[to] += shares;
        emit SharesTransferred(msg.sender, to, shares);
    }

    /// @inheritdoc IIncomeShareSplitter
    function sharesOf(address account) external view returns (uint256) {
        return _shares[account];
    }

    /// @inheritdoc IIncomeShareSplitter
    function claimable(address account, address asset) external view returns (uint256) {
        return _entitled(asset, _assets[asset].perShare, account) - _claimedUnits[asset][account];
    }

    /// @inheritdoc IIncomeShareSplitter
    function payoutAssets() external view returns (address[] memory) {
        return _assetList;
    }

    /// @inheritdoc IIncomeShareSplitter
    function assetTotals(address asset) external view returns (uint256 received, uint256 claimed) {
        AssetState storage state = _assets[asset];
        return (state.received, state.claimed);
    }

    /// @dev Pulls an income payment, lists a new asset (creator only), and credits what actually arrived.
    function _payIn(address asset, uint256 amount) internal returns (uint256 received) {
        if (tokensSold < _terms.softCap) revert IncomeShareSplitter_WrongSaleStatus(saleStatus());
        if (amount == 0) revert IncomeShareSplitter_ZeroAmount();
        AssetState storage state = _assets[asset];
        if (!state.listed) {
            if (msg.sender != creator || _assetList.length == MAX_PAYOUT_ASSETS) {
                revert IncomeShareSplitter_AssetNotAccepted(asset);
            }
            state.listed = true;
            _assetList.push(asset);
        }
        uint256 value = AssetTransfer.valueFor(asset, amount);
        if (msg.value != value) revert IncomeShareSplitter_WrongPayment(value, msg.value);
        received = AssetTransfer.take(asset, msg.sender, amount);
        if (received == 0) revert IncomeShareSplitter_ZeroAmount();
        _credit(state, received);
    }

    /// @dev O(1) distribution: raise the amount-per-share, carrying the division remainder to the next payment.
    function _credit(AssetState storage state, uint256 received) internal {
        uint256 room = MAX_TOTAL_RECEIVED - state.received;
        if (received > room) revert IncomeShareSplitter_PaymentTooLarge(received, room);
        (uint256 perShare, uint256 carry) = ScaledAccumulator.add(received, state.carry, tokensSold);
        state.perShare += perShare;
        state.carry = carry;
        state.received += received;
    }

    function _settleAll(address account) internal {
        uint256 length = _assetList.length;
        for (uint256 i; i < length; ++i) {
            address asset = _assetList[i];
            _settle(asset, _assets[asset].perShare, account);
        }
    }

    /// @dev Everything `account` ever earned in `asset`, in whole units: the scaled accrual plus what its current shares
    /// earned since its last checkpoint, rounded down once. Claims pay the difference with what was already claimed, so
    /// the fraction is never dropped and a claim writes a single slot.
    function _entitled(address asset, uint256 perShare, address account) internal view returns (uint256) {
        uint256 scaled = _accruedScaled[asset][account] + _shares[account] * (perShare - _perSharePaid[asset][account]);
        return scaled / SCALE;
    }

    /// @dev Checkpoints `account` before its shares change: what it earned so far moves into its scaled accrual.
    function _settle(address asset, uint256 perShare, address account) internal {
        uint256 paid = _perSharePaid[asset][account];
        if (paid == perShare) return;
        _accruedScaled[asset][account] += _shares[account] * (perShare - paid);
        _perSharePaid[asset][account] = perShare;
    }

    /// @dev What the contract owes for `asset`: unclaimed income, plus whatever else the composing contract holds.
    function _reserved(address asset, AssetState storage state) internal view virtual returns (uint256 reserved);
}
