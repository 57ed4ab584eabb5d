import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type RefundPaymentParameters = SplitterParameters & {
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
export const refundPayment = /* @__PURE__ */ splitterContract.write<RefundPaymentParameters>()({
  name: "refundPayment",
  functionName: "refund",
  args: ({to}, {sender}) => [to ?? sender] as const,
});
