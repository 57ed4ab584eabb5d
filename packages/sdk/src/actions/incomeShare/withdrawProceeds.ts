import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type WithdrawProceedsParameters = SplitterParameters & {
  /** Where the proceeds go; defaults to the sender. */
  to?: Address | undefined;
};
export type WithdrawProceedsReturnType = Hash;
export type WithdrawProceedsErrorType = WriteActionErrorType;

/**
 * Sends the sale proceeds to the creator (creator only, once the sale closed with the soft cap reached: below the
 * soft cap it fails with `IncomeShareSplitter_WrongSaleStatus`, before the sale's end with
 * `IncomeShareSplitter_ProceedsLocked` — even a sold-out sale keeps its buyers' payments until then).
 *
 * @example
 * const hash = await withdrawProceeds(walletClient, {splitter}) // the creator, once the sale closed above the soft cap
 */
export const withdrawProceeds = /* @__PURE__ */ splitterContract.write<WithdrawProceedsParameters>()({
  name: "withdrawProceeds",
  functionName: "withdrawProceeds",
  args: ({to}, {sender}) => [to ?? sender] as const,
});
