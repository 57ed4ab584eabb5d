import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineLoanPayment, type LoanPaymentParameters} from "./loanPayment.js";

export type FundLoanParameters = LoanPaymentParameters & {
  /** The most to lend, in asset units; the loan takes only what the principal still lacks. */
  amount: bigint;
};
export type FundLoanReturnType = Hash;
export type FundLoanErrorType = WriteActionErrorType;

/**
 * Lends up to `amount` to a loan that is still funding, and receives as many claim tokens as asset units arrived.
 * An ETH loan sends `amount` as value (what the principal did not need comes back); an ERC-20 loan needs an allowance
 * (`approve: true` sets it). Below the principal at the deadline, {@link refundLoan} gives everything back.
 *
 * @example
 * const hash = await fundLoan(walletClient, {loan, amount: parseUnits("1000", 6), approve: true})
 */
export const fundLoan = /* @__PURE__ */ defineLoanPayment<FundLoanParameters>("fundLoan", "fund");
