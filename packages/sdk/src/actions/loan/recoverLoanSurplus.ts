import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAddress} from "../../utils/validate.js";
import {type LoanParameters, loanContract} from "./loanContract.js";

export type RecoverLoanSurplusParameters = LoanParameters & {
  /** The asset to recover (zero for ETH): anything the loan holds beyond what it owes lenders and claim holders. */
  asset: Address;
};
export type RecoverLoanSurplusReturnType = Hash;
export type RecoverLoanSurplusErrorType = WriteActionErrorType;

/**
 * Sends to the creator what the loan holds beyond what it owes (a repayment sent by plain transfer instead of
 * `repay`, forced ETH, other tokens). Anyone may call it; it never touches funding, principal or repayments owed.
 *
 * @example
 * const hash = await recoverLoanSurplus(walletClient, {loan, asset: usdc})
 */
export const recoverLoanSurplus = /* @__PURE__ */ loanContract.write<RecoverLoanSurplusParameters>()({
  name: "recoverLoanSurplus",
  functionName: "recoverSurplus",
  args: ({asset}) => [asset] as const,
  validate: ({asset}) => assertAddress(asset, "asset"), // the Solidity input is `asset_`
});
