import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAmount} from "../../utils/validate.js";
import {type LoanParameters, loanContract} from "./loanContract.js";

export type TransferLoanClaimParameters = LoanParameters & {
  to: Address;
  /** Claim units (one per asset unit lent). */
  amount: bigint;
};
export type TransferLoanClaimReturnType = Hash;
export type TransferLoanClaimErrorType = WriteActionErrorType;

/**
 * Sells or gives part of the debt: transfers claim tokens. What they earned before stays claimable by the sender;
 * every later repayment goes to the receiver.
 *
 * @example
 * const hash = await transferLoanClaim(walletClient, {loan, to: buyer, amount: parseUnits("400", 6)})
 */
export const transferLoanClaim = /* @__PURE__ */ loanContract.write<TransferLoanClaimParameters>()({
  name: "transferLoanClaim",
  functionName: "transfer",
  args: ({to, amount}) => [to, amount] as const,
  validate: ({amount}) => assertAmount(amount, "amount"),
});
