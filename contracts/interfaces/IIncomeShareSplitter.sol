// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalTokenModule} from "./IPersonalTokenModule.sol";

/// @title IIncomeShareSplitter
/// @notice An income-share agreement: a primary sale of personal tokens that comes with a claim on a share of the
/// creator's income for a fixed term, and the splitter that pays that income to the claim holders.
///
/// Lifecycle: the factory launches the splitter holding `tokensOffered` tokens. During the sale window buyers pay
/// `price` per whole token and get one claim share per token unit bought. Once `softCap` tokens are sold the sale has
/// succeeded for good: tokens are delivered and income can be paid in; the proceeds stay until the window closes
/// (`saleEnd`), so a soft cap reached with borrowed money cannot be repaid from the buyers' payments. If the window
/// closes below the soft cap, every buyer takes back exactly what they paid, the creator takes back every token and
/// whatever else was sent to the splitter ({recoverSurplus}). For each reporting period of the term the creator reports gross income with evidence and pays the share
/// owed, in the sale currency or any other asset (e.g. Uniswap LP shares); anyone may also pay in. Holders claim any
/// time, several assets at once, to any recipient.
/// @dev Distribution is O(1) in the number of holders: a cumulative amount-per-share scaled by 1e36 per asset, with
/// the division remainder carried to the next payment and each holder's accrual kept in scaled units, so rounding never
/// drops a holder's fraction: each holder can claim its pro-rata share of everything distributed less under one unit,
/// and the carried remainder is under one unit in all (at most `MAX_TOKENS_OFFERED` < 1e36 shares).
interface IIncomeShareSplitter is IPersonalTokenModule {
    /// @notice The immutable terms, fixed when the splitter is launched.
    /// @param paymentAsset Sale currency and reporting currency: an ERC-20, or address(0) for ETH.
    /// @param price Payment-asset units per whole token (1e18 token units); a buyer pays `ceil(tokens * price / 1e18)`.
    /// @param softCap Tokens that must be sold for the sale to succeed (`0 < softCap <= tokensOffered`).
    /// @param saleStart First second of the sale.
    /// @param saleEnd First second after the sale.
    /// @param shareBps Share of gross income owed to claim holders, in basis points (1..10,000).
    /// @param termStart Start of the income term (`>= saleEnd`).
    /// @param termEnd End of the income term.
    /// @param periodLength Length of a reporting period in seconds (e.g. 91 days for quarterly).
    /// @param gracePeriod Seconds after a period's end before a missing report counts as late.
    /// @param payoutCap Total value (in payment-asset units) after which the agreement is complete; 0 for none.
    /// @param allowlistSigner Account whose EIP-712 {Allowance} each buyer needs; address(0) for an open sale.
    /// @param transferableShares Whether claim shares may be transferred after the sale (default: no).
    struct Terms {
        address paymentAsset;
        uint256 price;
        uint256 softCap;
        uint64 saleStart;
        uint64 saleEnd;
        uint16 shareBps;
        uint64 termStart;
        uint64 termEnd;
        uint64 periodLength;
        uint64 gracePeriod;
        uint256 payoutCap;
        address allowlistSigner;
        bool transferableShares;
    }

    /// @notice An allowlist approval, signed by `allowlistSigner` (EIP-712, this contract's domain): `buyer` may buy up
    /// to `maxTokens` in total until `deadline`. Reusing it never lets the buyer exceed `maxTokens`.
    struct Allowance {
        uint256 maxTokens;
        uint256 deadline;
        bytes signature;
    }

    /// @notice Sale phases. `Succeeded` and `Failed` are final.
    enum SaleStatus {
        Upcoming,
        Active,
        Succeeded,
        Failed
    }

    /// @notice What was declared, owed and paid for one reporting period.
    /// @param start First second of the period.
    /// @param end First second after the period.
    /// @param due Deadline for the report (`end + gracePeriod`, at most `type(uint64).max`: never late).
    /// @param reported Whether the creator reported.
    /// @param late Not reported, due, and past its deadline.
    /// @param grossIncome Declared gross income (payment-asset units).
    /// @param owed `grossIncome * shareBps / 10,000`.
    /// @param paid Payment-asset units received against the period: the only payment the contract can verify, and the
    /// only one that counts toward `totalPaid` and the payout cap.
    /// @param declaredValue What the creator declared the other assets paid against the period to be worth (in
    /// payment-asset units): a claim, recorded as such, that never counts as paid.
    /// @param evidenceHash Hash of the evidence document.
    /// @param evidenceURI Where the evidence can be read.
    struct PeriodRecord {
        uint64 start;
        uint64 end;
        uint64 due;
        bool reported;
        bool late;
        uint256 grossIncome;
        uint256 owed;
        uint256 paid;
        uint256 declaredValue;
        bytes32 evidenceHash;
        string evidenceURI;
    }

    /// @notice Emitted when a buyer buys tokens and the claim shares that come with them.
    event TokensPurchased(address indexed buyer, uint256 tokens, uint256 cost);
    /// @notice Emitted when bought tokens reach their buyer.
    event TokensDelivered(address indexed buyer, uint256 tokens);
    /// @notice Emitted when a buyer of a failed sale takes their payment back.
    event PaymentRefunded(address indexed buyer, address indexed to, uint256 amount);
    /// @notice Emitted when the creator withdraws sale proceeds.
    event ProceedsWithdrawn(address indexed to, uint256 amount);
    /// @notice Emitted when the creator takes back unsold tokens.
    event UnsoldTokensWithdrawn(address indexed to, uint256 amount);
    /// @notice Emitted when the creator reports a period's gross income.
    event IncomeReported(
        uint256 indexed period, uint256 grossIncome, uint256 owed, string evidenceURI, bytes32 evidenceHash
    );
    /// @notice Emitted for every payment in; `period` is `type(uint256).max` for payments not attached to a period.
    event IncomeDistributed(
        address indexed asset, address indexed payer, uint256 indexed period, uint256 received, uint256 value
    );
    /// @notice Emitted when a holder claims one asset.
    event IncomeClaimed(address indexed holder, address indexed asset, address indexed to, uint256 amount);
    /// @notice Emitted when claim shares move between holders (only if shares are transferable).
    event SharesTransferred(address indexed from, address indexed to, uint256 shares);
    /// @notice Emitted when the payout cap is met.
    event AgreementCompleted(uint256 totalPaid);
    /// @notice Emitted when a balance nobody is owed leaves a failed sale for the creator.
    event SurplusRecovered(address indexed asset, address indexed to, uint256 amount);
    /// @notice Emitted when the creator revokes an allowlist approval.
    event AllowanceRevoked(address indexed buyer, uint256 maxTokens, uint256 deadline);

    /// @notice Thrown at launch when the splitter is given no tokens to sell, or more than `max`.
    error IncomeShareSplitter_TokensOfferedOutOfRange(uint256 tokensOffered, uint256 max);
    /// @notice Thrown at launch when the splitter holds fewer tokens (`balance`) than it was told it offers.
    error IncomeShareSplitter_TokensNotReceived(uint256 tokensOffered, uint256 balance);
    /// @notice Thrown at launch when the sale would be paid in the personal token itself.
    error IncomeShareSplitter_PaymentAssetIsToken(address paymentAsset);
    /// @notice Thrown at launch when the price per whole token is zero.
    error IncomeShareSplitter_ZeroPrice();
    /// @notice Thrown at launch when the soft cap is zero.
    error IncomeShareSplitter_ZeroSoftCap();
    /// @notice Thrown at launch when the soft cap is above the tokens offered.
    error IncomeShareSplitter_SoftCapAboveOffered(uint256 softCap, uint256 tokensOffered);
    /// @notice Thrown at launch when the sale window does not end after it starts.
    error IncomeShareSplitter_EmptySaleWindow(uint64 saleStart, uint64 saleEnd);
    /// @notice Thrown at launch when the sale window has already ended.
    error IncomeShareSplitter_SaleEndPassed(uint64 saleEnd, uint256 timestamp);
    /// @notice Thrown at launch when the share of income is zero or above `max` basis points.
    error IncomeShareSplitter_ShareBpsOutOfRange(uint16 shareBps, uint256 max);
    /// @notice Thrown at launch when the income term starts before the sale ends.
    error IncomeShareSplitter_TermStartsBeforeSaleEnd(uint64 termStart, uint64 saleEnd);
    /// @notice Thrown at launch when the income term does not end after it starts.
    error IncomeShareSplitter_EmptyTerm(uint64 termStart, uint64 termEnd);
    /// @notice Thrown at launch when the reporting period length is zero.
    error IncomeShareSplitter_ZeroPeriodLength();
    /// @notice Thrown at launch when the term holds more than `max` reporting periods.
    error IncomeShareSplitter_TooManyPeriods(uint256 periods, uint256 max);
    /// @notice Thrown when the sale is not in the phase the call needs.
    error IncomeShareSplitter_WrongSaleStatus(SaleStatus status);
    /// @notice Thrown when an amount is zero.
    error IncomeShareSplitter_ZeroAmount();
    /// @notice Thrown when a recipient is the zero address.
    error IncomeShareSplitter_ZeroAddress();
    /// @notice Thrown when ETH sent does not cover the cost, or ETH is sent with an ERC-20 payment.
    error IncomeShareSplitter_WrongPayment(uint256 expected, uint256 sent);
    /// @notice Thrown when an ERC-20 payment for the sale arrives short (fee-on-transfer sale currencies are refused).
    error IncomeShareSplitter_PaymentShortfall(uint256 expected, uint256 received);
    /// @notice Thrown when the allowlist signature is invalid for this buyer, chain and contract.
    error IncomeShareSplitter_InvalidAllowance();
    /// @notice Thrown when the allowlist approval has expired.
    error IncomeShareSplitter_AllowanceExpired(uint256 deadline);
    /// @notice Thrown when the allowlist approval was revoked by the creator.
    error IncomeShareSplitter_AllowanceRevoked(address buyer, uint256 maxTokens, uint256 deadline);
    /// @notice Thrown when a purchase would take the buyer past their approved maximum.
    error IncomeShareSplitter_AllowanceExceeded(uint256 maxTokens, uint256 requested);
    /// @notice Thrown when the caller has nothing to refund, deliver or withdraw.
    error IncomeShareSplitter_NothingToWithdraw();
    /// @notice Thrown when a creator-only function is called by someone else.
    error IncomeShareSplitter_NotCreator(address caller);
    /// @notice Thrown when a period index is past the term.
    error IncomeShareSplitter_UnknownPeriod(uint256 period, uint256 periodCount);
    /// @notice Thrown when a period is reported before it ended.
    error IncomeShareSplitter_PeriodNotEnded(uint256 period, uint64 end);
    /// @notice Thrown when a period is reported twice.
    error IncomeShareSplitter_AlreadyReported(uint256 period);
    /// @notice Thrown when someone other than the creator pays in an asset not yet listed, or the list is full.
    error IncomeShareSplitter_AssetNotAccepted(address asset);
    /// @notice Thrown when shares are transferred but the terms keep them with the buyers.
    error IncomeShareSplitter_SharesNotTransferable();
    /// @notice Thrown when a holder transfers more shares than they hold.
    error IncomeShareSplitter_InsufficientShares(uint256 held, uint256 requested);
    /// @notice Thrown when a payment would take an asset's all-time receipts past `MAX_TOTAL_RECEIVED` (~5.8e40 units).
    error IncomeShareSplitter_PaymentTooLarge(uint256 received, uint256 room);
    /// @notice Thrown when an ETH transfer out fails.
    error IncomeShareSplitter_EthTransferFailed(address to, uint256 amount);
    /// @notice Thrown when the creator withdraws proceeds before the sale window closed: buyers' payments stay until
    /// `saleEnd`, even after the soft cap is reached or the sale sold out, so no one can reach either with money that
    /// leaves again in the same transaction (a flash loan).
    error IncomeShareSplitter_ProceedsLocked(uint64 saleEnd);
    /// @notice Thrown when a declared `value` is above `max` (`MAX_TOTAL_RECEIVED`), the most any payment can be worth.
    error IncomeShareSplitter_ValueTooLarge(uint256 value, uint256 max);

    /// @notice Buys up to `tokens` tokens and as many claim shares; the last buyer gets what is left (partial fill).
    /// @dev Pay in ETH (`msg.value` >= cost; the excess comes back) or the ERC-20 payment asset (approve first).
    /// Emits {TokensPurchased}, and {TokensDelivered} once the soft cap is reached.
    /// Requirements: the sale is active; the allowance is valid when the sale is allowlisted.
    /// @param tokens Tokens wanted (18 decimals).
    /// @param allowance The creator's approval; ignored (pass empty) for an open sale.
    /// @return bought Tokens bought (`<= tokens`).
    /// @return cost Payment taken.
    function buy(uint256 tokens, Allowance calldata allowance) external payable returns (uint256 bought, uint256 cost);

    /// @notice Sends `buyer` the tokens they bought before the soft cap was reached. Anyone may call it.
    /// @dev Emits {TokensDelivered}. Requirements: the soft cap is reached; something is undelivered.
    function deliverTokens(address buyer) external returns (uint256 tokens);

    /// @notice Returns the caller's whole payment after a failed sale.
    /// @dev Emits {PaymentRefunded}. Requirements: the sale failed; the caller paid and was not refunded yet.
    function refund(address to) external returns (uint256 amount);

    /// @notice Sends the sale proceeds to `to`. Creator only, once the sale is final for its buyers: the window closed
    /// (`saleEnd`) with the soft cap reached. Reaching the soft cap, or selling out, before then delivers the tokens
    /// but leaves every payment in the splitter until `saleEnd`, so a purchase made with money that must leave in the
    /// same transaction (a flash loan) can never reach either.
    /// @dev Emits {ProceedsWithdrawn}. Requirements: the soft cap is reached ({IncomeShareSplitter_WrongSaleStatus});
    /// `saleEnd` has passed ({IncomeShareSplitter_ProceedsLocked}); something is left to withdraw.
    function withdrawProceeds(address to) external returns (uint256 amount);

    /// @notice Sends unsold tokens (all of them after a failed sale) to `to`. Creator only, once the sale is final.
    /// @dev Emits {UnsoldTokensWithdrawn}.
    function withdrawUnsold(address to) external returns (uint256 amount);

    /// @notice Sends the creator whatever `asset` balance a failed sale holds beyond what it owes: the payment asset
    /// above the refunds still due, the personal token above the tokens held for the sale, any other asset (or ETH)
    /// in full. Anyone may call it; it never touches a refund or a token the creator can take back.
    /// @dev Emits {SurplusRecovered}. Requirements: the sale failed; there is a surplus.
    /// @return amount The amount sent to the creator.
    function recoverSurplus(address asset) external returns (uint256 amount);

    /// @notice Revokes the allowlist approval `(buyer, maxTokens, deadline)`: no purchase can use it from now on
    /// (tokens already bought with it stay bought). Creator only. Each signed approval is revoked on its own.
    /// @dev Emits {AllowanceRevoked}.
    function revokeAllowance(address buyer, uint256 maxTokens, uint256 deadline) external;

    /// @notice Records a period's declared gross income and its evidence. Creator only, once per period, after the
    /// period ended.
    /// @dev Emits {IncomeReported}.
    function report(uint256 period, uint256 grossIncome, string calldata evidenceURI, bytes32 evidenceHash) external;

    /// @notice Pays `amount` of `asset` (address(0): ETH, sent as value) to the claim holders, unattached to a period.
    /// Anyone may pay in an asset already listed; only the creator lists a new one (16 at most).
    /// @dev Credits what actually arrived. Emits {IncomeDistributed}. Requirements: the soft cap is reached.
    /// @return received The amount credited.
    function distribute(address asset, uint256 amount) external payable returns (uint256 received);

    /// @notice Pays income against `period`, creator only. In the payment asset, the received amount counts as paid
    /// (`value` is ignored). In any other asset, `value` is what the creator declares it worth in the payment asset:
    /// recorded in the period's `declaredValue`, never counted in `totalPaid` nor toward the payout cap, so a
    /// declaration can neither complete the agreement nor stop a period from being late.
    /// @dev Emits {IncomeDistributed}, and {AgreementCompleted} when the payout cap is met.
    /// Requirements: `value <= MAX_TOTAL_RECEIVED` for other assets ({IncomeShareSplitter_ValueTooLarge}).
    function payIncome(uint256 period, address asset, uint256 amount, uint256 value)
        external
        payable
        returns (uint256 received);

    /// @notice Claims the caller's income in each of `assets`, sent to `to`.
    /// @dev Emits {IncomeClaimed} per asset with a non-zero amount.
    /// @return amounts What was paid, per asset.
    function claim(address[] calldata assets, address to) external returns (uint256[] memory amounts);

    /// @notice Moves claim shares (and their future income; past accruals stay with the sender).
    /// @dev Emits {SharesTransferred}. Requirements: shares are transferable and the sale is final and succeeded.
    function transferShares(address to, uint256 shares) external;

    /// @notice Credits as income any balance of `asset` that arrived without going through {distribute} (plain
    /// transfers). Anyone may call it; only listed assets.
    /// @return received The amount credited.
    function distributeSurplus(address asset) external returns (uint256 received);

    /// @notice The terms.
    function terms() external view returns (Terms memory);
    /// @notice Tokens the splitter was launched with (the hard cap).
    function tokensOffered() external view returns (uint256);
    /// @notice Tokens sold so far (== total claim shares).
    function tokensSold() external view returns (uint256);
    /// @notice The sale phase now.
    function saleStatus() external view returns (SaleStatus);
    /// @notice Claim shares of `account`.
    function sharesOf(address account) external view returns (uint256);
    /// @notice Tokens bought and payment made by `buyer`, and tokens not yet delivered.
    function purchaseOf(address buyer) external view returns (uint256 tokens, uint256 paid, uint256 undelivered);
    /// @notice Income of `asset` that `account` can claim now.
    function claimable(address account, address asset) external view returns (uint256);
    /// @notice Assets paid in so far, in listing order.
    function payoutAssets() external view returns (address[] memory);
    /// @notice Totals for `asset`: received from payers and claimed by holders.
    function assetTotals(address asset) external view returns (uint256 received, uint256 claimed);
    /// @notice Number of reporting periods in the term.
    function periodCount() external view returns (uint256);
    /// @notice The record of `period`.
    function periodRecord(uint256 period) external view returns (PeriodRecord memory);
    /// @notice Total paid against periods in the payment asset (declared values of other assets are not counted).
    function totalPaid() external view returns (uint256);
    /// @notice Whether the agreement is complete: the term ended or the payout cap was met (in the payment asset).
    function isComplete() external view returns (bool);
    /// @notice Number of periods that are late now.
    function latePeriodCount() external view returns (uint256);
    /// @notice Whether the creator revoked the approval `(buyer, maxTokens, deadline)`.
    function isAllowanceRevoked(address buyer, uint256 maxTokens, uint256 deadline) external view returns (bool);
    /// @notice The EIP-712 digest the allowlist signer signs for `buyer`.
    function allowanceDigest(address buyer, uint256 maxTokens, uint256 deadline) external view returns (bytes32);
}
