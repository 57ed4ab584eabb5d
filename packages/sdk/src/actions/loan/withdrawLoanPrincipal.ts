import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type LoanParameters, loanContract} from "./loanContract.js";

export type WithdrawLoanPrincipalParameters = LoanParameters & {
  /** Where the principal goes; defaults to the sender. */
  to?: Address | undefined;
};
export type WithdrawLoanPrincipalReturnType = Hash;
export type WithdrawLoanPrincipalErrorType = WriteActionErrorType;

/**
 * The creator takes the whole principal of a funded loan, once.
 *
 * @example
 * const hash = await withdrawLoanPrincipal(walletClient, {loan})
 */
export const withdrawLoanPrincipal = /* @__PURE__ */ loanContract.write<WithdrawLoanPrincipalParameters>()({
  name: "withdrawLoanPrincipal",
  functionName: "withdrawPrincipal",
  args: ({to}, {sender}) => [to ?? sender] as const,
});
