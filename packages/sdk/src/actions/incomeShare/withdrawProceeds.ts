import type {Address, Hash} from "viem";
import {incomeShareTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type WithdrawProceedsParameters = WriteParameters & {
  splitter: Address;
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
export const withdrawProceeds = /* @__PURE__ */ defineWriteAction<WithdrawProceedsParameters>()({
  name: "withdrawProceeds",
  address: "splitter",
  target: incomeShareTarget,
  abi: incomeShareSplitterAbi,
  functionName: "withdrawProceeds",
  args: ({to}, {sender}) => [to ?? sender] as const,
});
