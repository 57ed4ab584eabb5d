import {formatUnits} from "viem";
import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {days, LOAN_STATUS, time, tokens} from "./format.js";

/** The loan contract's custom errors in words: what went wrong and what to do. */
export const loanMessages: MessagesOf<Extract<ProtocolErrorName, `PersonalLoan_${string}`>> = {
  PersonalLoan_FundedAtLaunch: ([amount]) =>
    `The loan was given ${tokens(amount)} at launch: launch it with tokenAmount 0 (it holds only the loan's asset).`,
  PersonalLoan_EmptyName: () => 'The claim token\'s name is empty: name the debt, e.g. "Peter Pan Loan 2026".',
  PersonalLoan_EmptySymbol: () => "The claim token's symbol is empty: give it a symbol such as PPL26.",
  PersonalLoan_PrincipalOutOfRange: ([principal, max]) =>
    `The principal ${principal} is out of range: lend between 1 and ${max} asset units.`,
  PersonalLoan_FundingDeadlineNotInFuture: ([deadline, timestamp]) =>
    `The funding deadline ${time(deadline)} is not after now (${time(timestamp)}): give lenders time to fund.`,
  PersonalLoan_GracePeriodTooLong: ([gracePeriod, max]) =>
    `The grace period is ${days(gracePeriod)}, more than the maximum of ${days(max)}: grace periods are in seconds — check the unit.`,
  PersonalLoan_InstallmentCountOutOfRange: ([count, max]) =>
    `The schedule has ${count} installments: a loan needs 1 to ${max}.`,
  PersonalLoan_ZeroInstallment: ([index]) => `Installment ${index} is for nothing: give it an amount or remove it.`,
  PersonalLoan_DueDateNotAfter: ([index, dueDate, previous]) =>
    `Installment ${index} is due ${time(dueDate)}, not after ${time(previous)} (the funding deadline or the previous installment): due dates must increase.`,
  PersonalLoan_OwedBelowPrincipal: ([owed, principal]) =>
    `The installments owe back ${owed}, less than the principal ${principal}: what is repaid must cover what is lent.`,
  PersonalLoan_OwedTooLarge: ([owed, max]) => `The installments owe back ${owed}, above the maximum ${max}.`,
  PersonalLoan_NotCreator: ([caller]) =>
    `${caller} is not the loan's creator: only the creator can take the principal.`,
  PersonalLoan_WrongStatus: ([status]) =>
    `The loan is ${LOAN_STATUS[status] ?? `in state ${status}`}, which does not allow this.`,
  PersonalLoan_ZeroAmount: () => "The amount is zero (or nothing arrived): send a positive amount.",
  PersonalLoan_ZeroAddress: () => "The recipient is the zero address: name a real account.",
  PersonalLoan_WrongPayment: ([expected, value]) =>
    `The transaction sent ${formatUnits(value, 18)} ETH but the call expects ${formatUnits(expected, 18)}: send exactly the amount for an ETH loan, and no ETH for an ERC-20 loan.`,
  PersonalLoan_FundingExceeded: ([received, remaining]) =>
    `The asset delivered ${received}, more than the ${remaining} the principal still lacked: this token is not supported.`,
  PersonalLoan_PrincipalAlreadyWithdrawn: () => "The principal was already withdrawn.",
  PersonalLoan_RepaymentExceedsDebt: ([amount, owed]) =>
    `The repayment of ${amount} is more than the ${owed} still owed: repay at most what is owed.`,
  PersonalLoan_NothingToClaim: ([account]) => `${account} has no repayment to claim yet.`,
  PersonalLoan_NothingToRefund: ([account]) => `${account} holds no claim tokens of this loan: nothing to refund.`,
  PersonalLoan_EthTransferFailed: ([to, amount]) =>
    `Sending ${formatUnits(amount, 18)} ETH to ${to} failed (it rejects ETH): choose another recipient.`,
  PersonalLoan_NothingToRecover: ([asset]) =>
    `The loan holds no ${asset} beyond what it owes lenders and claim holders: nothing to recover.`,
  PersonalLoan_UnknownInstallment: ([index, count]) =>
    `Installment ${index} does not exist: the loan has ${count} (0 to ${BigInt(count) - 1n}).`,
};
