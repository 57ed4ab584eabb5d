import type {Address, Hash} from "viem";
import {incomeShareTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type RefundPaymentParameters = WriteParameters & {
  splitter: Address;
  /** Where the payment goes back to; defaults to the sender. */
  to?: Address | undefined;
};
export type RefundPaymentReturnType = Hash;
export type RefundPaymentErrorType = WriteActionErrorType;

/**
 * Takes a buyer's whole payment back after a failed sale (below the soft cap at the deadline). Fails with
 * `IncomeShareSplitter_WrongSaleStatus` while the sale can still succeed.
 *
 * @example
 * const hash = await refundPayment(walletClient, {splitter}) // after a failed sale
 */
export const refundPayment = /* @__PURE__ */ defineWriteAction<RefundPaymentParameters>()({
  name: "refundPayment",
  address: "splitter",
  target: incomeShareTarget,
  abi: incomeShareSplitterAbi,
  functionName: "refund",
  args: ({to}, {sender}) => [to ?? sender] as const,
});
