import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {SALE_STATUS, time, tokens} from "./format.js";

/** The incomeShare contract's custom errors in words: what went wrong and what to do. */
export const incomeShareMessages: MessagesOf<Extract<ProtocolErrorName, `IncomeShareSplitter_${string}`>> = {
  IncomeShareSplitter_TokensOfferedOutOfRange: ([offered, max]) =>
    `The splitter would offer ${tokens(offered)}: give it between 1 unit and ${tokens(max)} to sell (the module's tokenAmount).`,
  IncomeShareSplitter_TokensNotReceived: ([offered, balance]) =>
    `The splitter holds ${tokens(balance)}, not the ${tokens(offered)} it offers: launch it through the factory, which funds it first.`,
  IncomeShareSplitter_PaymentAssetIsToken: ([asset]) =>
    `The sale cannot be paid in the personal token itself (${asset}): choose ETH (the zero address) or another ERC-20.`,
  IncomeShareSplitter_ZeroPrice: () => "The price per whole token is zero: set a positive price.",
  IncomeShareSplitter_ZeroSoftCap: () =>
    "The soft cap is zero: set the least number of tokens the sale must sell to succeed (at least 1 unit).",
  IncomeShareSplitter_SoftCapAboveOffered: ([softCap, offered]) =>
    `The soft cap (${tokens(softCap)}) is above the ${tokens(offered)} offered: lower it or offer more tokens.`,
  IncomeShareSplitter_EmptySaleWindow: ([start, end]) =>
    `The sale window ends (${time(end)}) no later than it starts (${time(start)}): make saleEnd later than saleStart.`,
  IncomeShareSplitter_SaleEndPassed: ([end, now]) =>
    `The sale would end at ${time(end)}, which is not after now (${time(now)}): choose a saleEnd in the future.`,
  IncomeShareSplitter_ShareBpsOutOfRange: ([bps, max]) =>
    `The income share is ${bps} basis points: choose between 1 and ${max} (100%).`,
  IncomeShareSplitter_TermStartsBeforeSaleEnd: ([termStart, saleEnd]) =>
    `The income term starts (${time(termStart)}) before the sale ends (${time(saleEnd)}): start the term at or after saleEnd.`,
  IncomeShareSplitter_EmptyTerm: ([start, end]) =>
    `The income term ends (${time(end)}) no later than it starts (${time(start)}): make termEnd later than termStart.`,
  IncomeShareSplitter_ZeroPeriodLength: () =>
    "The reporting period length is zero: choose a positive periodLength (e.g. 30 days).",
  IncomeShareSplitter_TooManyPeriods: ([periods, max]) =>
    `The term holds ${periods} reporting periods, more than the ${max} allowed: lengthen periodLength or shorten the term.`,
  IncomeShareSplitter_WrongSaleStatus: ([status]) =>
    `The sale is ${SALE_STATUS[status] ?? `in state ${status}`}, which does not allow this: check getSale().status first.`,
  IncomeShareSplitter_ZeroAmount: () => "The amount is zero: pass a positive amount.",
  IncomeShareSplitter_ZeroAddress: () => "The recipient is the zero address: pass a recipient.",
  IncomeShareSplitter_WrongPayment: ([expected, sent]) =>
    `The payment sent (${sent} wei) does not match what is due (${expected}): send exactly the cost in ETH, or no ETH when paying in an ERC-20.`,
  IncomeShareSplitter_PaymentShortfall: ([expected, received]) =>
    `Only ${received} of ${expected} arrived: fee-on-transfer tokens cannot be the sale currency.`,
  IncomeShareSplitter_InvalidAllowance: () =>
    "The allowlist signature is not valid for this buyer, chain and sale: ask the sale's allowlist signer for a new one.",
  IncomeShareSplitter_AllowanceExpired: ([deadline]) =>
    `The allowlist approval expired at ${time(deadline)}: ask the allowlist signer for a new one.`,
  IncomeShareSplitter_AllowanceRevoked: ([buyer, maxTokens, deadline]) =>
    `The creator revoked this allowlist approval (${buyer}, ${tokens(maxTokens)}, until ${time(deadline)}): ask the allowlist signer for a new one.`,
  IncomeShareSplitter_AllowanceExceeded: ([maxTokens, requested]) =>
    `The allowlist approval covers ${tokens(maxTokens)} in total but the purchase brings you to ${tokens(requested)}: buy less.`,
  IncomeShareSplitter_NothingToWithdraw: () => "There is nothing to refund, deliver or withdraw for this account.",
  IncomeShareSplitter_NotCreator: ([caller]) => `${caller} is not the creator: only the token's creator can do this.`,
  IncomeShareSplitter_UnknownPeriod: ([period, count]) =>
    `Period ${period} does not exist: the agreement has periods 0 to ${count - 1n}.`,
  IncomeShareSplitter_PeriodNotEnded: ([period, end]) =>
    `Period ${period} ends at ${time(end)}: report its income after it ended.`,
  IncomeShareSplitter_AlreadyReported: ([period]) => `Period ${period} is already reported: reports cannot be edited.`,
  IncomeShareSplitter_AssetNotAccepted: ([asset]) =>
    `${asset} is not a payout asset yet (or the list of 16 is full): only the creator can list a new asset, by paying income in it.`,
  IncomeShareSplitter_SharesNotTransferable: () =>
    "Claim shares of this agreement stay with the buyers: the terms do not allow transfers.",
  IncomeShareSplitter_InsufficientShares: ([held, requested]) =>
    `You hold ${held} claim shares, fewer than the ${requested} to transfer.`,
  IncomeShareSplitter_PaymentTooLarge: ([received, room]) =>
    `The payment of ${received} exceeds the ${room} this asset can still take: pay less.`,
  IncomeShareSplitter_ProceedsLocked: ([saleEnd]) =>
    `The buyers' payments stay in the sale until it closes at ${time(saleEnd)}: withdraw the proceeds after that.`,
  IncomeShareSplitter_ValueTooLarge: ([value, max]) =>
    `The declared value ${value} is above the ${max} any payment can be worth: declare what the payment is really worth.`,
  IncomeShareSplitter_EthTransferFailed: ([to, amount]) =>
    `Sending ${amount} wei to ${to} failed (the recipient refuses ETH): claim or refund to another address.`,
};
