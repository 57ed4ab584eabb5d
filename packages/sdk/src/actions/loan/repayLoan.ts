import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineLoanPayment} from "./loanPayment.js";

export type RepayLoanParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
  /** Asset units to repay: at most what is still owed (`getLoan(...).owed`). */
  amount: bigint;
  /** ERC-20 loans: approve exactly `amount` first (and wait for it) if the allowance is short. Default: false. */
  approve?: boolean | undefined;
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
