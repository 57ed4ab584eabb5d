import type {Address, Hash} from "viem";
import {loanTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type WithdrawLoanPrincipalParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the sender's token). */
  loan: Address;
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
export const withdrawLoanPrincipal = /* @__PURE__ */ defineWriteAction<WithdrawLoanPrincipalParameters>()({
  name: "withdrawLoanPrincipal",
  address: "loan",
  target: loanTarget,
  abi: personalLoanAbi,
  functionName: "withdrawPrincipal",
  args: ({to}, {sender}) => [to ?? sender] as const,
  validate: ({to}) => {
    if (to !== undefined) assertAddress(to, "to");
  },
});
