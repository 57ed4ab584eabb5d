import type {Address, Hash} from "viem";
import {loanTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type TransferLoanClaimParameters = WriteParameters & {
  /** The loan: its claim token is the loan contract itself. */
  loan: Address;
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
export const transferLoanClaim = /* @__PURE__ */ defineWriteAction<TransferLoanClaimParameters>()({
  name: "transferLoanClaim",
  address: "loan",
  target: loanTarget,
  abi: personalLoanAbi,
  functionName: "transfer",
  args: ({to, amount}) => [to, amount] as const,
  validate: ({to, amount}) => {
    assertAddress(to, "to");
    assertAmount(amount, "amount");
  },
});
