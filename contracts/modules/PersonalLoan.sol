// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {PersonalTokenModule} from "../abstracts/PersonalTokenModule.sol";
import {IPersonalLoan} from "../interfaces/IPersonalLoan.sol";
import {AssetTransfer} from "../libraries/AssetTransfer.sol";
import {ScaledAccumulator} from "../libraries/ScaledAccumulator.sol";

/// @title PersonalLoan
/// @notice See {IPersonalLoan}.
/// @dev A clone launched by the factory beside the token (funded with no personal tokens); the clone is itself the
/// claim ERC-20 (OpenZeppelin `ERC20Upgradeable`, namespaced storage), named at initialization. Claim units equal
/// asset units lent, so once funded the claim supply is the principal and never changes.
/// Accounting, exact in scaled units (asset units × 1e36):
/// - asset held = funded − refunded − (principal if withdrawn) + repaid − claimed; anything above is surplus.
/// - repaid × 1e36 = Σ accumulated + carry, where each account's accumulated total is `perClaim × balance +
///   correction` (ERC-1726 "magnified funds correction"): claimed × 1e36 + Σ (claimable × 1e36 + remainder).
/// Every balance change moves `perClaim × value` of correction from the receiver to the sender ({_update}), so
/// repayments go to whoever held the claim when they arrived; transfers cost two correction writes, claims one.
contract PersonalLoan is IPersonalLoan, PersonalTokenModule, ERC20Upgradeable, ReentrancyGuardTransient {
    /// @inheritdoc IPersonalLoan
    uint256 public constant SCALE = ScaledAccumulator.SCALE;
    /// @inheritdoc IPersonalLoan
    uint256 public constant MAX_PRINCIPAL = ScaledAccumulator.SCALE - 1;
    /// @inheritdoc IPersonalLoan
    uint256 public constant MAX_OWED = type(uint128).max;
    /// @inheritdoc IPersonalLoan
    uint256 public constant MAX_INSTALLMENTS = 120;
    /// @inheritdoc IPersonalLoan
    uint256 public constant MAX_GRACE_PERIOD = 365 days;
    uint8 private constant _DEFAULT_DECIMALS = 18;

    /// @dev One slot: the asset, the funding deadline and the grace period.
    struct Config {
        address asset;
        uint64 fundingDeadline;
        uint32 gracePeriod;
    }

    /// @dev One slot: the principal and what the schedule owes in total.
    struct Amounts {
        uint128 principal;
        uint128 totalOwed;
    }

    /// @dev One slot: what lenders funded (ever) and took back from a failed loan.
    struct Totals {
        uint128 funded;
        uint128 refunded;
    }

    /// @dev One slot: what was repaid, and the sum of the installments paid in full (`paidThrough <= repaid`).
    struct Repayment {
        uint128 repaid;
        uint128 paidThrough;
    }

    /// @dev One slot: milestones, the next installment to fill, and the claim token's decimals.
    struct Progress {
        uint64 fundedAt;
        uint64 repaidAt;
        uint32 next;
        bool withdrawn;
        uint8 decimals;
    }

    /// @dev One slot per installment.
    struct Record {
        uint64 dueDate;
        uint128 amount;
        uint64 paidAt;
    }

    Config private _config;
    Amounts private _amounts;
    Totals private _totals;
    Repayment private _repayment;
    Progress private _progress;
    uint256 private _claimed;
    uint256 private _perClaim;
    uint256 private _carry;
    Record[] private _schedule;
    /// @dev ERC-1726 "magnified funds correction", in scaled units, kept modulo 2^256 (see {_accumulated}).
    mapping(address account => uint256) private _correction;
    /// @dev Whole units each account has claimed.
    mapping(address account => uint256) private _withdrawn;

    /// @notice Sets the loan up; called by the factory in the launch transaction.
    /// @param data `abi.encode(Terms)`.
    function initializeModule(address token_, address creator_, uint256 tokenAmount, bytes calldata data)
        external
        initializer
    {
        if (tokenAmount != 0) revert PersonalLoan_FundedAtLaunch(tokenAmount);
        Terms memory t = abi.decode(data, (Terms));
        if (bytes(t.name).length == 0) revert PersonalLoan_EmptyName();
        if (bytes(t.symbol).length == 0) revert PersonalLoan_EmptySymbol();
        if (t.principal == 0 || t.principal > MAX_PRINCIPAL) {
            revert PersonalLoan_PrincipalOutOfRange(t.principal, MAX_PRINCIPAL);
        }
        if (t.fundingDeadline <= block.timestamp) {
            revert PersonalLoan_FundingDeadlineNotInFuture(t.fundingDeadline, block.timestamp);
        }
        if (t.gracePeriod > MAX_GRACE_PERIOD) revert PersonalLoan_GracePeriodTooLong(t.gracePeriod, MAX_GRACE_PERIOD);
        uint256 count = t.installments.length;
        if (count == 0 || count > MAX_INSTALLMENTS) {
            revert PersonalLoan_InstallmentCountOutOfRange(count, MAX_INSTALLMENTS);
        }
        uint256 owedTotal;
        uint256 previous = t.fundingDeadline;
        for (uint256 i; i < count; ++i) {
            Installment memory inst = t.installments[i];
            if (inst.amount == 0) revert PersonalLoan_ZeroInstallment(i);
            if (inst.dueDate <= previous) revert PersonalLoan_DueDateNotAfter(i, inst.dueDate, previous);
            previous = inst.dueDate;
            owedTotal += inst.amount;
            _schedule.push(Record({dueDate: inst.dueDate, amount: inst.amount, paidAt: 0}));
        }
        if (owedTotal < t.principal) revert PersonalLoan_OwedBelowPrincipal(owedTotal, t.principal);
        if (owedTotal > MAX_OWED) revert PersonalLoan_OwedTooLarge(owedTotal, MAX_OWED);

        _initializeModule(token_, creator_);
        __ERC20_init(t.name, t.symbol);
        _config = Config({asset: t.asset, fundingDeadline: t.fundingDeadline, gracePeriod: t.gracePeriod});
        // forge-lint: disable-next-line(unsafe-typecast) owedTotal <= MAX_OWED = type(uint128).max, checked above
        _amounts = Amounts({principal: t.principal, totalOwed: uint128(owedTotal)});
        _progress.decimals = _assetDecimals(t.asset);
    }

    // ------------------------------------------------------------------------------------------------ lenders

    /// @inheritdoc IPersonalLoan
    function fund(uint256 amount) external payable nonReentrant returns (uint256 credited) {
        Status s = status();
        if (s != Status.Funding) revert PersonalLoan_WrongStatus(s);
        if (amount == 0) revert PersonalLoan_ZeroAmount();
        Totals memory tot = _totals;
        uint256 principal_ = _amounts.principal;
        uint256 remaining = principal_ - tot.funded;
        uint256 take = amount < remaining ? amount : remaining;
        address asset_ = _config.asset;
        // ETH comes whole (the part above `take` goes back below); an ERC-20 is asked for `take` only.
        uint256 value = AssetTransfer.valueFor(asset_, amount);
        if (msg.value != value) revert PersonalLoan_WrongPayment(value, msg.value);
        // Pulled before any write (under `nonReentrant`); credits what arrived (fee-on-transfer tokens).
        credited = AssetTransfer.take(asset_, msg.sender, take);
        if (credited == 0) revert PersonalLoan_ZeroAmount();
        if (credited > remaining) revert PersonalLoan_FundingExceeded(credited, remaining);
        // forge-lint: disable-next-line(unsafe-typecast) funded + credited <= principal <= MAX_PRINCIPAL < 2^128
        tot.funded += uint128(credited);
        _totals = tot;
        emit LoanFunded(msg.sender, credited, tot.funded);
        if (tot.funded == principal_) {
            _progress.fundedAt = uint64(block.timestamp);
            emit FundingCompleted(principal_, block.timestamp);
        }
        _mint(msg.sender, credited);
        if (msg.value > credited) {
            uint256 excess = msg.value - credited;
            if (!AssetTransfer.send(AssetTransfer.ETH, msg.sender, excess)) {
                revert PersonalLoan_EthTransferFailed(msg.sender, excess);
            }
        }
    }

    /// @inheritdoc IPersonalLoan
    function refund(address to) external nonReentrant returns (uint256 amount) {
        Status s = status();
        if (s != Status.Failed) revert PersonalLoan_WrongStatus(s);
        if (to == address(0)) revert PersonalLoan_ZeroAddress();
        amount = balanceOf(msg.sender);
        if (amount == 0) revert PersonalLoan_NothingToRefund(msg.sender);
        _burn(msg.sender, amount);
        // forge-lint: disable-next-line(unsafe-typecast) refunded + amount <= funded < 2^128
        _totals.refunded += uint128(amount);
        emit FundingRefunded(msg.sender, to, amount);
        if (!AssetTransfer.send(_config.asset, to, amount)) revert PersonalLoan_EthTransferFailed(to, amount);
    }

    /// @inheritdoc IPersonalLoan
    function claim(address to) external nonReentrant returns (uint256 amount) {
        if (to == address(0)) revert PersonalLoan_ZeroAddress();
        return _claim(msg.sender, to);
    }

    /// @inheritdoc IPersonalLoan
    function claimFor(address account) external nonReentrant returns (uint256 amount) {
        if (account == address(0)) revert PersonalLoan_ZeroAddress();
        return _claim(account, account);
    }

    // ------------------------------------------------------------------------------------------------ creator

    /// @inheritdoc IPersonalLoan
    function withdrawPrincipal(address to) external onlyCreator nonReentrant {
        Progress memory p = _progress;
        if (p.fundedAt == 0) revert PersonalLoan_WrongStatus(status());
        if (p.withdrawn) revert PersonalLoan_PrincipalAlreadyWithdrawn();
        if (to == address(0)) revert PersonalLoan_ZeroAddress();
        _progress.withdrawn = true;
        uint256 amount = _amounts.principal;
        emit PrincipalWithdrawn(to, amount);
        if (!AssetTransfer.send(_config.asset, to, amount)) revert PersonalLoan_EthTransferFailed(to, amount);
    }

    /// @inheritdoc IPersonalLoan
    function repay(uint256 amount) external payable nonReentrant returns (uint256 received) {
        Status s = status();
        if (s != Status.Active) revert PersonalLoan_WrongStatus(s);
        if (amount == 0) revert PersonalLoan_ZeroAmount();
        Amounts memory am = _amounts;
        Repayment memory r = _repayment;
        uint256 debt = am.totalOwed - r.repaid;
        if (amount > debt) revert PersonalLoan_RepaymentExceedsDebt(amount, debt);
        address asset_ = _config.asset;
        uint256 value = AssetTransfer.valueFor(asset_, amount);
        if (msg.value != value) revert PersonalLoan_WrongPayment(value, msg.value);
        // Pulled before any write (under `nonReentrant`): a hook sees the state as it was.
        received = AssetTransfer.take(asset_, msg.sender, amount);
        if (received == 0) revert PersonalLoan_ZeroAmount();
        // O(1) in the number of holders: raise the amount per claim unit, carry the division's remainder.
        (uint256 perClaim, uint256 carry) = ScaledAccumulator.add(received, _carry, am.principal);
        _perClaim += perClaim;
        _carry = carry;
        // forge-lint: disable-next-line(unsafe-typecast) received <= amount <= debt, so repaid stays <= totalOwed
        r.repaid += uint128(received);
        emit LoanRepayment(msg.sender, received, r.repaid);
        _fillInstallments(r);
        _repayment = r;
    }

    /// @inheritdoc IPersonalLoan
    function recoverSurplus(address asset_) external nonReentrant returns (uint256 amount) {
        uint256 held = asset_ == _config.asset ? _held() : 0;
        uint256 balance = AssetTransfer.balanceOf(asset_);
        amount = balance > held ? balance - held : 0;
        if (amount == 0) revert PersonalLoan_NothingToRecover(asset_);
        address to = creator;
        emit SurplusRecovered(asset_, to, amount);
        if (!AssetTransfer.send(asset_, to, amount)) revert PersonalLoan_EthTransferFailed(to, amount);
    }

    // ------------------------------------------------------------------------------------------------ views

    /// @inheritdoc IPersonalLoan
    function status() public view returns (Status) {
        Progress memory p = _progress;
        if (p.fundedAt != 0) return p.repaidAt != 0 ? Status.Repaid : Status.Active;
        return block.timestamp < _config.fundingDeadline ? Status.Funding : Status.Failed;
    }

    /// @inheritdoc IERC20Metadata
    function decimals() public view override(ERC20Upgradeable, IERC20Metadata) returns (uint8) {
        return _progress.decimals;
    }

    /// @inheritdoc IPersonalLoan
    function asset() external view returns (address) {
        return _config.asset;
    }

    /// @inheritdoc IPersonalLoan
    function principal() external view returns (uint256) {
        return _amounts.principal;
    }

    /// @inheritdoc IPersonalLoan
    function totalOwed() external view returns (uint256) {
        return _amounts.totalOwed;
    }

    /// @inheritdoc IPersonalLoan
    function fundingDeadline() external view returns (uint256) {
        return _config.fundingDeadline;
    }

    /// @inheritdoc IPersonalLoan
    function gracePeriod() external view returns (uint256) {
        return _config.gracePeriod;
    }

    /// @inheritdoc IPersonalLoan
    function totalFunded() external view returns (uint256) {
        return _totals.funded;
    }

    /// @inheritdoc IPersonalLoan
    function fundedAt() external view returns (uint256) {
        return _progress.fundedAt;
    }

    /// @inheritdoc IPersonalLoan
    function principalWithdrawn() external view returns (bool) {
        return _progress.withdrawn;
    }

    /// @inheritdoc IPersonalLoan
    function totalRefunded() external view returns (uint256) {
        return _totals.refunded;
    }

    /// @inheritdoc IPersonalLoan
    function totalRepaid() external view returns (uint256) {
        return _repayment.repaid;
    }

    /// @inheritdoc IPersonalLoan
    function owed() external view returns (uint256) {
        return _amounts.totalOwed - _repayment.repaid;
    }

    /// @inheritdoc IPersonalLoan
    function repaidAt() external view returns (uint256) {
        return _progress.repaidAt;
    }

    /// @inheritdoc IPersonalLoan
    function totalClaimed() external view returns (uint256) {
        return _claimed;
    }

    /// @inheritdoc IPersonalLoan
    function repaymentPerClaim() external view returns (uint256) {
        return _perClaim;
    }

    /// @inheritdoc IPersonalLoan
    function carriedRemainder() external view returns (uint256) {
        return _carry;
    }

    /// @inheritdoc IPersonalLoan
    function claimable(address account) external view returns (uint256) {
        return _accumulated(account) / SCALE - _withdrawn[account];
    }

    /// @inheritdoc IPersonalLoan
    function remainderOf(address account) external view returns (uint256) {
        return _accumulated(account) % SCALE;
    }

    /// @inheritdoc IPersonalLoan
    function installmentCount() external view returns (uint256) {
        return _schedule.length;
    }

    /// @inheritdoc IPersonalLoan
    function installment(uint256 index) public view returns (InstallmentRecord memory rec) {
        uint256 count = _schedule.length;
        if (index >= count) revert PersonalLoan_UnknownInstallment(index, count);
        Record memory s = _schedule[index];
        rec.dueDate = s.dueDate;
        rec.amount = s.amount;
        rec.paidAt = s.paidAt;
        uint256 next = _progress.next;
        if (index < next) {
            rec.paid = s.amount;
        } else if (index == next) {
            Repayment memory r = _repayment;
            rec.paid = r.repaid - r.paidThrough;
        }
        uint256 lateAfter = uint256(s.dueDate) + _config.gracePeriod;
        rec.late = s.paidAt != 0 ? s.paidAt > lateAfter : block.timestamp > lateAfter;
    }

    /// @inheritdoc IPersonalLoan
    function installments() external view returns (InstallmentRecord[] memory records) {
        uint256 count = _schedule.length;
        records = new InstallmentRecord[](count);
        for (uint256 i; i < count; ++i) {
            records[i] = installment(i);
        }
    }

    /// @inheritdoc IPersonalLoan
    function nextInstallment() external view returns (uint256) {
        return _progress.next;
    }

    /// @inheritdoc IPersonalLoan
    function lateInstallmentCount() external view returns (uint256 late) {
        uint256 count = _schedule.length;
        for (uint256 i; i < count; ++i) {
            if (installment(i).late) ++late;
        }
    }

    // ------------------------------------------------------------------------------------------------ internals

    /// @dev Keeps what every account earned so far unchanged while its balance moves (ERC-1726): the claims that leave
    /// `from` take `perClaim × value` of accumulated repayments with them, so `from`'s correction grows by that much and
    /// `to`'s shrinks by it; repayments that arrived so far stay with whoever held the claim. An account left with no
    /// claims returns its sub-unit remainder to the carry, to be spread with the next repayment.
    function _update(address from, address to, uint256 value) internal override {
        if (to == address(this)) revert ERC20InvalidReceiver(to);
        uint256 acc = _perClaim;
        if (acc != 0 && from != to) {
            unchecked {
                // Modulo 2^256 on purpose: only `perClaim × balance + correction` is meaningful, and it is exact.
                uint256 moved = acc * value;
                if (from != address(0)) _correction[from] += moved;
                if (to != address(0)) _correction[to] -= moved;
            }
        }
        super._update(from, to, value);
        if (acc != 0 && from != address(0) && from != to && balanceOf(from) == 0) {
            // With no balance, the account's accumulated total is its correction.
            uint256 rest = _correction[from] % SCALE;
            if (rest != 0) {
                _correction[from] -= rest;
                _carry += rest;
            }
        }
    }

    /// @dev Marks every installment the repayments now cover as paid (in order), and the loan repaid once all are.
    function _fillInstallments(Repayment memory r) private {
        Progress memory p = _progress;
        uint256 count = _schedule.length;
        uint256 through = r.paidThrough;
        uint256 grace = _config.gracePeriod;
        uint256 next = p.next;
        while (next < count) {
            Record storage s = _schedule[next];
            uint256 end = through + s.amount;
            if (end > r.repaid) break;
            through = end;
            s.paidAt = uint64(block.timestamp);
            emit InstallmentPaid(next, block.timestamp, block.timestamp > uint256(s.dueDate) + grace);
            ++next;
        }
        if (next == p.next) return;
        // forge-lint: disable-next-line(unsafe-typecast) through <= repaid < 2^128
        r.paidThrough = uint128(through);
        // forge-lint: disable-next-line(unsafe-typecast) next <= MAX_INSTALLMENTS
        p.next = uint32(next);
        if (next == count) {
            p.repaidAt = uint64(block.timestamp);
            emit LoanRepaid(r.repaid, block.timestamp);
        }
        _progress = p;
    }

    function _claim(address account, address to) private returns (uint256 amount) {
        uint256 earned = _accumulated(account) / SCALE;
        amount = earned - _withdrawn[account];
        if (amount == 0) revert PersonalLoan_NothingToClaim(account);
        _withdrawn[account] = earned;
        _claimed += amount;
        emit RepaymentClaimed(account, to, amount);
        if (!AssetTransfer.send(_config.asset, to, amount)) revert PersonalLoan_EthTransferFailed(to, amount);
    }

    /// @dev Everything `account` ever earned, in scaled units: `perClaim × balance + correction`, exact (at most
    /// totalOwed × 1e36 < 2^248), though each term alone wraps modulo 2^256.
    function _accumulated(address account) private view returns (uint256) {
        unchecked {
            return _perClaim * balanceOf(account) + _correction[account];
        }
    }

    /// @dev What the loan owes in its asset: funding not yet withdrawn or refunded, and repayments not yet claimed.
    function _held() private view returns (uint256) {
        Totals memory tot = _totals;
        uint256 held = tot.funded - tot.refunded;
        if (_progress.withdrawn) held -= _amounts.principal;
        return held + _repayment.repaid - _claimed;
    }

    /// @dev The claim token copies the asset's decimals (18 for ETH, or when the asset does not say).
    function _assetDecimals(address asset_) private view returns (uint8) {
        if (asset_ == address(0) || asset_.code.length == 0) return _DEFAULT_DECIMALS;
        try IERC20Metadata(asset_).decimals() returns (uint8 d) {
            return d;
        } catch {
            return _DEFAULT_DECIMALS;
        }
    }

    function _revertNotCreator(address caller) internal pure override {
        revert PersonalLoan_NotCreator(caller);
    }
}
