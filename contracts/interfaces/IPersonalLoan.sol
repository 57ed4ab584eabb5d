// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

import {IPersonalTokenModule} from "./IPersonalTokenModule.sol";

/// @title IPersonalLoan
/// @notice A tokenized personal loan ("Alex Masmej Loan 2019"): lenders fund a principal in ETH or an ERC-20, the
/// creator takes it and repays a fixed schedule of installments with interest, and the claim on those repayments is
/// this contract's own ERC-20, which trades like any token.
///
/// Lifecycle ({status}):
/// - `Funding`: until `fundingDeadline` (exclusive), anyone {fund}s and is minted one claim unit per asset unit that
///   arrived, until the principal is reached exactly.
/// - `Failed`: the deadline passed below the principal; every claim holder {refund}s exactly what its claims stand
///   for (one asset unit per claim unit). Nothing else can happen.
/// - `Active`: the principal is reached. The creator {withdrawPrincipal}s it once; anyone {repay}s on the creator's
///   behalf, early or late, up to what is still owed. Installments are paid in order; each one records when it was
///   paid in full and whether that was after its due date plus the grace period.
/// - `Repaid`: everything owed has arrived; claims stay claimable forever.
///
/// Repayments go to whoever holds the claim when they arrive, pro rata, in O(1) whatever the number of holders
/// (ERC-2222 / ERC-1726 funds distribution): each repayment raises a cumulative amount-per-claim-unit scaled by 1e36,
/// carrying the division remainder to the next repayment; every balance change (transfer, mint, burn) moves a
/// per-account correction with the claims, so what a seller earned stays with the seller and the buyer earns only what
/// arrives afterwards. A
/// holder's sub-unit remainder stays in its account while it holds claims and returns to the carried remainder when
/// its balance reaches zero, so nothing is dropped at any decimals.
interface IPersonalLoan is IPersonalTokenModule, IERC20Metadata {
    /// @notice One installment of the schedule, as given at launch.
    /// @param dueDate When it is due (timestamp, after the funding deadline, strictly increasing).
    /// @param amount What is owed for it, in asset units (non-zero).
    struct Installment {
        uint64 dueDate;
        uint128 amount;
    }

    /// @notice The loan's terms, fixed at launch (`data` of {IPersonalTokenModule-initializeModule}).
    /// @param name The claim token's name (e.g. "Peter Pan Loan 2026").
    /// @param symbol The claim token's symbol.
    /// @param asset What is lent and repaid: address(0) for ETH, or an ERC-20 (not rebasing).
    /// @param principal What the lenders fund and the creator receives, in asset units (1 .. {MAX_PRINCIPAL}).
    /// @param fundingDeadline Funding is open before this timestamp (in the future at launch).
    /// @param gracePeriod Seconds after a due date before an unpaid installment reads late (≤ {MAX_GRACE_PERIOD}).
    /// @param installments The schedule (1 .. {MAX_INSTALLMENTS}); their sum is what is owed back, at least the
    /// principal (the difference is the interest) and at most {MAX_OWED}.
    struct Terms {
        string name;
        string symbol;
        address asset;
        uint128 principal;
        uint64 fundingDeadline;
        uint32 gracePeriod;
        Installment[] installments;
    }

    /// @notice Where the loan stands.
    enum Status {
        Funding,
        Failed,
        Active,
        Repaid
    }

    /// @notice An installment as recorded on chain.
    /// @param dueDate When it is due.
    /// @param amount What is owed for it.
    /// @param paid What has been paid towards it so far (repayments fill installments in order).
    /// @param paidAt When it was paid in full (0 while it is not).
    /// @param late Whether it was paid in full after `dueDate + gracePeriod`, or is still not paid in full after it.
    struct InstallmentRecord {
        uint64 dueDate;
        uint128 amount;
        uint128 paid;
        uint64 paidAt;
        bool late;
    }

    /// @notice Emitted when `lender` funds `amount` (what arrived) and is minted as many claim units.
    event LoanFunded(address indexed lender, uint256 amount, uint256 totalFunded);
    /// @notice Emitted by the funding that reaches the principal.
    event FundingCompleted(uint256 principal, uint256 completedAt);
    /// @notice Emitted when a claim holder of a failed loan burns `amount` claim units for as many asset units.
    event FundingRefunded(address indexed holder, address indexed to, uint256 amount);
    /// @notice Emitted when the creator takes the principal.
    event PrincipalWithdrawn(address indexed to, uint256 amount);
    /// @notice Emitted when `payer` repays `amount` (what arrived) on the creator's behalf.
    event LoanRepayment(address indexed payer, uint256 amount, uint256 totalRepaid);
    /// @notice Emitted when installment `index` is paid in full.
    event InstallmentPaid(uint256 indexed index, uint256 paidAt, bool late);
    /// @notice Emitted when everything owed has been repaid.
    event LoanRepaid(uint256 totalRepaid, uint256 repaidAt);
    /// @notice Emitted when `amount` of the repayments `account` earned is paid to `to`.
    event RepaymentClaimed(address indexed account, address indexed to, uint256 amount);
    /// @notice Emitted when assets the loan owes nobody are sent to the creator.
    event SurplusRecovered(address indexed asset, address indexed to, uint256 amount);

    /// @notice Thrown at launch when the loan is given personal tokens: it holds only the loan's asset.
    error PersonalLoan_FundedAtLaunch(uint256 tokenAmount);
    /// @notice Thrown at launch when the claim token's name is empty.
    error PersonalLoan_EmptyName();
    /// @notice Thrown at launch when the claim token's symbol is empty.
    error PersonalLoan_EmptySymbol();
    /// @notice Thrown at launch when the principal is zero or above `max`.
    error PersonalLoan_PrincipalOutOfRange(uint256 principal, uint256 max);
    /// @notice Thrown at launch when the funding deadline is not in the future.
    error PersonalLoan_FundingDeadlineNotInFuture(uint256 fundingDeadline, uint256 timestamp);
    /// @notice Thrown at launch when the grace period is above `max` seconds.
    error PersonalLoan_GracePeriodTooLong(uint256 gracePeriod, uint256 max);
    /// @notice Thrown at launch when the schedule is empty or has more than `max` installments.
    error PersonalLoan_InstallmentCountOutOfRange(uint256 count, uint256 max);
    /// @notice Thrown at launch when installment `index` is for nothing.
    error PersonalLoan_ZeroInstallment(uint256 index);
    /// @notice Thrown at launch when installment `index` is due at or before `previous` (the funding deadline for the
    /// first installment, the previous due date for the others).
    error PersonalLoan_DueDateNotAfter(uint256 index, uint256 dueDate, uint256 previous);
    /// @notice Thrown at launch when the schedule owes back less than the principal.
    error PersonalLoan_OwedBelowPrincipal(uint256 owed, uint256 principal);
    /// @notice Thrown at launch when the schedule owes back more than `max`.
    error PersonalLoan_OwedTooLarge(uint256 owed, uint256 max);
    /// @notice Thrown when a creator-only function is called by someone else.
    error PersonalLoan_NotCreator(address caller);
    /// @notice Thrown when the loan's status does not allow the call.
    error PersonalLoan_WrongStatus(Status status);
    /// @notice Thrown when an amount is zero, or a transfer credits nothing.
    error PersonalLoan_ZeroAmount();
    /// @notice Thrown when an address that must receive something is zero.
    error PersonalLoan_ZeroAddress();
    /// @notice Thrown when the ETH sent (`value`) does not match what the call expects (`expected`; 0 for ERC-20 loans).
    error PersonalLoan_WrongPayment(uint256 expected, uint256 value);
    /// @notice Thrown when an ERC-20 delivers more than was asked and would fund beyond the principal.
    error PersonalLoan_FundingExceeded(uint256 received, uint256 remaining);
    /// @notice Thrown when the principal was already withdrawn.
    error PersonalLoan_PrincipalAlreadyWithdrawn();
    /// @notice Thrown when a repayment is above what is still owed.
    error PersonalLoan_RepaymentExceedsDebt(uint256 amount, uint256 owed);
    /// @notice Thrown when `account` has no repayment to claim.
    error PersonalLoan_NothingToClaim(address account);
    /// @notice Thrown when `account` holds no claim to refund.
    error PersonalLoan_NothingToRefund(address account);
    /// @notice Thrown when an ETH payment to `to` fails.
    error PersonalLoan_EthTransferFailed(address to, uint256 amount);
    /// @notice Thrown when the loan holds no `asset` beyond what it owes.
    error PersonalLoan_NothingToRecover(address asset);
    /// @notice Thrown when installment `index` does not exist (`count` installments).
    error PersonalLoan_UnknownInstallment(uint256 index, uint256 count);

    // ------------------------------------------------------------------------------------------------ lenders

    /// @notice Lends up to `amount` of the asset (never more than what the principal still lacks); mints one claim unit
    /// per asset unit that arrived. ETH loans: send exactly `amount` as value, anything above what was needed comes back.
    /// @dev Emits {LoanFunded}, {IERC20-Transfer}, and {FundingCompleted} when the principal is reached.
    /// Requirements: status `Funding`; `amount > 0`; something arrives.
    /// @param amount The most the lender lends.
    /// @return credited What was lent: the claim units minted.
    function fund(uint256 amount) external payable returns (uint256 credited);

    /// @notice Burns all of the caller's claims of a failed loan and pays as many asset units to `to`.
    /// @dev Emits {FundingRefunded}, {IERC20-Transfer}. Requirements: status `Failed`; the caller holds claims.
    /// @return amount What was refunded.
    function refund(address to) external returns (uint256 amount);

    /// @notice Pays the caller's claimable repayments to `to`.
    /// @dev Emits {RepaymentClaimed}. Requirements: something to claim; `to` non-zero.
    /// @return amount What was paid.
    function claim(address to) external returns (uint256 amount);

    /// @notice Pays `account`'s claimable repayments to `account` itself; anyone may call it (e.g. for an AMM pair that
    /// holds claims: with an ERC-20 loan paired against its asset, the pair's `sync` then hands them to its LPs).
    /// @dev Emits {RepaymentClaimed}. Requirements: something to claim.
    /// @return amount What was paid.
    function claimFor(address account) external returns (uint256 amount);

    // ------------------------------------------------------------------------------------------------ creator

    /// @notice The creator takes the whole principal, once, as soon as it is reached.
    /// @dev Emits {PrincipalWithdrawn}. Requirements: creator only; status `Active` or `Repaid`; not withdrawn yet.
    function withdrawPrincipal(address to) external;

    /// @notice Repays `amount` on the creator's behalf; anyone may pay, early or late. Fills installments in order and
    /// distributes what arrived to the claim holders of this moment.
    /// @dev Emits {LoanRepayment}, {InstallmentPaid} per installment completed, {LoanRepaid} on the last one.
    /// Requirements: status `Active`; `0 < amount <= owed()`; ETH loans send exactly `amount` as value.
    /// @return received What arrived and was distributed.
    function repay(uint256 amount) external payable returns (uint256 received);

    /// @notice Sends to the creator what the loan holds of `asset` beyond what it owes (tokens sent by plain transfer,
    /// forced ETH, other tokens). Anyone may call it.
    /// @dev Emits {SurplusRecovered}. Requirements: a surplus exists.
    /// @return amount What was sent.
    function recoverSurplus(address asset) external returns (uint256 amount);

    // ------------------------------------------------------------------------------------------------ views

    /// @notice Largest principal, in asset units (just under 1e36, so the carried remainder stays under one unit).
    function MAX_PRINCIPAL() external view returns (uint256);
    /// @notice Largest total owed back, in asset units.
    function MAX_OWED() external view returns (uint256);
    /// @notice Most installments a schedule may have.
    function MAX_INSTALLMENTS() external view returns (uint256);
    /// @notice Longest grace period, in seconds.
    function MAX_GRACE_PERIOD() external view returns (uint256);
    /// @notice Scaled units per asset unit in the accumulator and the remainders (1e36).
    function SCALE() external view returns (uint256);

    /// @notice Where the loan stands.
    function status() external view returns (Status);
    /// @notice The asset lent and repaid (address(0) for ETH).
    function asset() external view returns (address);
    /// @notice The principal.
    function principal() external view returns (uint256);
    /// @notice What the schedule owes back in total (principal plus interest).
    function totalOwed() external view returns (uint256);
    /// @notice When funding closes.
    function fundingDeadline() external view returns (uint256);
    /// @notice Seconds after a due date before an unpaid installment reads late.
    function gracePeriod() external view returns (uint256);
    /// @notice What lenders have funded so far (net of refunds only in `totalRefunded`).
    function totalFunded() external view returns (uint256);
    /// @notice When the principal was reached (0 while it is not).
    function fundedAt() external view returns (uint256);
    /// @notice Whether the creator has taken the principal.
    function principalWithdrawn() external view returns (bool);
    /// @notice What holders of a failed loan took back.
    function totalRefunded() external view returns (uint256);
    /// @notice Everything repaid so far.
    function totalRepaid() external view returns (uint256);
    /// @notice What is still owed (`totalOwed − totalRepaid`).
    function owed() external view returns (uint256);
    /// @notice When the loan was repaid in full (0 while it is not).
    function repaidAt() external view returns (uint256);
    /// @notice Everything holders have claimed.
    function totalClaimed() external view returns (uint256);
    /// @notice The cumulative repayment per claim unit, scaled by {SCALE}.
    function repaymentPerClaim() external view returns (uint256);
    /// @notice The carried remainder, in scaled units: spread with the next repayment.
    function carriedRemainder() external view returns (uint256);
    /// @notice What `account` can claim now, in whole asset units.
    function claimable(address account) external view returns (uint256);
    /// @notice `account`'s sub-unit remainder in scaled units (< {SCALE}), kept while it holds claims.
    function remainderOf(address account) external view returns (uint256);
    /// @notice Number of installments.
    function installmentCount() external view returns (uint256);
    /// @notice Installment `index` as recorded.
    function installment(uint256 index) external view returns (InstallmentRecord memory);
    /// @notice Every installment as recorded.
    function installments() external view returns (InstallmentRecord[] memory);
    /// @notice Index of the first installment not paid in full (`installmentCount()` once repaid).
    function nextInstallment() external view returns (uint256);
    /// @notice How many installments are late (paid late, or unpaid past due plus grace).
    function lateInstallmentCount() external view returns (uint256);
}
