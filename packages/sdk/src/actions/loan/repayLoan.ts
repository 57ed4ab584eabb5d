import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineLoanPayment, type LoanPaymentParameters} from "./loanPayment.js";

export type RepayLoanParameters = LoanPaymentParameters & {
  /** Asset units to repay: at most what is still owed (`getLoan(...).owed`). */
  amount: bigint;
};
export type RepayLoanReturnType = Hash;
export type RepayLoanErrorType = WriteActionErrorType;

/**
 * Repays `amount` of an active loan on the creator's behalf — anyone may, early or late. Installments are filled in
 * order and recorded on chain (when each was paid in full, whether late); what arrives is distributed pro rata to
 * whoever holds the claim token at that moment. An ETH loan sends `amount` as value.
 *
 * @example
 * const hash = await repayLoan(walletClient, {loan, amount: parseUnits("525", 6), approve: true})
 */
export const repayLoan = /* @__PURE__ */ defineLoanPayment<RepayLoanParameters>("repayLoan", "repay");
