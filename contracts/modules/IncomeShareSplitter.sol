// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {PersonalTokenModule} from "../abstracts/PersonalTokenModule.sol";
import {IIncomeShareSplitter} from "../interfaces/IIncomeShareSplitter.sol";
import {ScaledAccumulator} from "../libraries/ScaledAccumulator.sol";
import {TokenPull} from "../libraries/TokenPull.sol";

/// @title IncomeShareSplitter
/// @notice See {IIncomeShareSplitter}.
/// @dev A clone launched by the factory. OpenZeppelin's EIP712 keeps its name and version hashes as immutables of the
/// implementation, which clones share, and rebuilds the domain separator whenever `address(this)` or `block.chainid`
/// differs from the cached one — always, for a clone — so allowlist signatures are bound to this clone and chain.
contract IncomeShareSplitter is IIncomeShareSplitter, PersonalTokenModule, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;
    using TokenPull for IERC20;

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

    bytes32 private constant _ALLOWANCE_TYPEHASH =
        keccak256("Allowance(address buyer,uint256 maxTokens,uint256 deadline)");
    uint256 private constant _WHOLE_TOKEN = 1e18;

    struct AssetState {
        bool listed;
        uint256 perShare;
        uint256 carry;
        uint256 received;
        uint256 claimed;
    }

    struct Purchase {
        uint256 tokens;
        uint256 paid;
        uint256 undelivered;
    }

    struct Period {
        uint64 reportedAt;
        uint256 grossIncome;
        uint256 paid;
        uint256 declaredValue;
        bytes32 evidenceHash;
        string evidenceURI;
    }

    Terms private _terms;
    /// @inheritdoc IIncomeShareSplitter
    uint256 public tokensOffered;
    /// @inheritdoc IIncomeShareSplitter
    uint256 public tokensSold;
    /// @inheritdoc IIncomeShareSplitter
    uint256 public totalPaid;
    /// @dev Timestamp the payout cap was met (0: not met).
    uint64 private _capMetAt;
    /// @dev Sale payments held: refundable before success, the creator's proceeds after.
    uint256 private _saleFunds;
    /// @dev Personal tokens held for the sale: unsold plus bought-but-undelivered.
    uint256 private _tokenReserve;
    /// @dev Bought-but-undelivered tokens (owed to buyers once the soft cap is reached).
    uint256 private _undelivered;

    mapping(address buyer => Purchase) private _purchases;
    mapping(address account => uint256) private _shares;
    mapping(address asset => AssetState) private _assets;
    address[] private _assetList;
    mapping(address asset => mapping(address account => uint256)) private _perSharePaid;
    mapping(address asset => mapping(address account => uint256)) private _accruedScaled;
    mapping(address asset => mapping(address account => uint256)) private _claimedUnits;
    mapping(uint256 period => Period) private _periods;
    mapping(bytes32 digest => bool) private _revokedAllowances;

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

    // ------------------------------------------------------------------------------------------------ primary sale

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
        _send(_terms.paymentAsset, to, amount);
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
        _send(_terms.paymentAsset, to, amount);
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
    function recoverSurplus(address asset) external nonReentrant returns (uint256 amount) {
        SaleStatus status = saleStatus();
        if (status != SaleStatus.Failed) revert IncomeShareSplitter_WrongSaleStatus(status);
        // Nothing was ever listed, so the only amounts owed are the refunds and the tokens held for the sale.
        amount = _balanceOf(asset) - _reserved(asset, _assets[asset]);
        if (amount == 0) revert IncomeShareSplitter_NothingToWithdraw();
        address to = creator;
        emit SurplusRecovered(asset, to, amount);
        _send(asset, to, amount);
    }

    /// @inheritdoc IIncomeShareSplitter
    function revokeAllowance(address buyer, uint256 maxTokens, uint256 deadline) external onlyCreator {
        _revokedAllowances[allowanceDigest(buyer, maxTokens, deadline)] = true;
        emit AllowanceRevoked(buyer, maxTokens, deadline);
    }

    // ------------------------------------------------------------------------------------------------ income

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
    function distribute(address asset, uint256 amount) external payable nonReentrant returns (uint256 received) {
        received = _payIn(asset, amount);
        emit IncomeDistributed(asset, msg.sender, NO_PERIOD, received, 0);
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
    function distributeSurplus(address asset) external nonReentrant returns (uint256 received) {
        AssetState storage state = _assets[asset];
        if (!state.listed) revert IncomeShareSplitter_AssetNotAccepted(asset);
        received = _balanceOf(asset) - _reserved(asset, state);
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
            _send(assets[i], to, amounts[i]);
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

    // ------------------------------------------------------------------------------------------------ views

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

    /// @inheritdoc IIncomeShareSplitter
    function sharesOf(address account) external view returns (uint256) {
        return _shares[account];
    }

    /// @inheritdoc IIncomeShareSplitter
    function purchaseOf(address buyer) external view returns (uint256 tokens, uint256 paid, uint256 undelivered) {
        Purchase storage purchase = _purchases[buyer];
        return (purchase.tokens, purchase.paid, purchase.undelivered);
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

    /// @inheritdoc IIncomeShareSplitter
    function isAllowanceRevoked(address buyer, uint256 maxTokens, uint256 deadline) external view returns (bool) {
        return _revokedAllowances[allowanceDigest(buyer, maxTokens, deadline)];
    }

    /// @inheritdoc IIncomeShareSplitter
    function allowanceDigest(address buyer, uint256 maxTokens, uint256 deadline) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_ALLOWANCE_TYPEHASH, buyer, maxTokens, deadline)));
    }

    // ------------------------------------------------------------------------------------------------ internals

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
        if (asset == address(0)) {
            if (msg.value < cost) revert IncomeShareSplitter_WrongPayment(cost, msg.value);
            if (msg.value > cost) _send(address(0), msg.sender, msg.value - cost);
        } else {
            if (msg.value != 0) revert IncomeShareSplitter_WrongPayment(0, msg.value);
            uint256 received = IERC20(asset).pull(msg.sender, cost);
            if (received != cost) revert IncomeShareSplitter_PaymentShortfall(cost, received);
        }
    }

    /// @dev Pulls an income payment, lists a new asset (creator only), and credits what actually arrived.
    function _payIn(address asset, uint256 amount) private returns (uint256 received) {
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
        if (asset == address(0)) {
            if (msg.value != amount) revert IncomeShareSplitter_WrongPayment(amount, msg.value);
            received = amount;
        } else {
            if (msg.value != 0) revert IncomeShareSplitter_WrongPayment(0, msg.value);
            received = IERC20(asset).pull(msg.sender, amount);
            if (received == 0) revert IncomeShareSplitter_ZeroAmount();
        }
        _credit(state, received);
    }

    /// @dev O(1) distribution: raise the amount-per-share, carrying the division remainder to the next payment.
    function _credit(AssetState storage state, uint256 received) private {
        uint256 room = MAX_TOTAL_RECEIVED - state.received;
        if (received > room) revert IncomeShareSplitter_PaymentTooLarge(received, room);
        (uint256 perShare, uint256 carry) = ScaledAccumulator.add(received, state.carry, tokensSold);
        state.perShare += perShare;
        state.carry = carry;
        state.received += received;
    }

    function _settleAll(address account) private {
        uint256 length = _assetList.length;
        for (uint256 i; i < length; ++i) {
            address asset = _assetList[i];
            _settle(asset, _assets[asset].perShare, account);
        }
    }

    /// @dev Everything `account` ever earned in `asset`, in whole units: the scaled accrual plus what its current shares
    /// earned since its last checkpoint, rounded down once. Claims pay the difference with what was already claimed, so
    /// the fraction is never dropped and a claim writes a single slot.
    function _entitled(address asset, uint256 perShare, address account) private view returns (uint256) {
        uint256 scaled = _accruedScaled[asset][account] + _shares[account] * (perShare - _perSharePaid[asset][account]);
        return scaled / SCALE;
    }

    /// @dev Checkpoints `account` before its shares change: what it earned so far moves into its scaled accrual.
    function _settle(address asset, uint256 perShare, address account) private {
        uint256 paid = _perSharePaid[asset][account];
        if (paid == perShare) return;
        _accruedScaled[asset][account] += _shares[account] * (perShare - paid);
        _perSharePaid[asset][account] = perShare;
    }

    /// @dev What the contract owes for `asset`: unclaimed income, plus sale funds or sale tokens where they apply.
    function _reserved(address asset, AssetState storage state) private view returns (uint256 reserved) {
        reserved = state.received - state.claimed;
        if (asset == _terms.paymentAsset) reserved += _saleFunds;
        if (asset == token) reserved += _tokenReserve;
    }

    function _revertNotCreator(address caller) internal pure override {
        revert IncomeShareSplitter_NotCreator(caller);
    }

    function _balanceOf(address asset) private view returns (uint256) {
        return asset == address(0) ? address(this).balance : IERC20(asset).balanceOf(address(this));
    }

    function _send(address asset, address to, uint256 amount) private {
        if (asset == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert IncomeShareSplitter_EthTransferFailed(to, amount);
        } else {
            IERC20(asset).safeTransfer(to, amount);
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
