import type {Address, Hash} from "viem";
import {loanTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type RefundLoanParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
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
export const refundLoan = /* @__PURE__ */ defineWriteAction<RefundLoanParameters>()({
  name: "refundLoan",
  address: "loan",
  target: loanTarget,
  abi: personalLoanAbi,
  functionName: "refund",
  args: ({to}, {sender}) => [to ?? sender] as const,
  validate: ({to}) => {
    if (to !== undefined) assertAddress(to, "to");
  },
});
