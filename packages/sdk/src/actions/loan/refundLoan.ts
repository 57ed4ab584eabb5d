import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type LoanParameters, loanContract} from "./loanContract.js";

export type RefundLoanParameters = LoanParameters & {
  /** Where the refund goes; defaults to the sender. */
  to?: Address | undefined;
};
export type RefundLoanReturnType = Hash;
export type RefundLoanErrorType = WriteActionErrorType;

/**
 * Burns all of the sender's claim tokens of a loan that failed to reach its principal by the deadline, and pays back
 * as many asset units (exactly what those claims were lent for).
 *
 * @example
 * const hash = await refundLoan(walletClient, {loan})
 */
export const refundLoan = /* @__PURE__ */ loanContract.write<RefundLoanParameters>()({
  name: "refundLoan",
  functionName: "refund",
  args: ({to}, {sender}) => [to ?? sender] as const,
});
