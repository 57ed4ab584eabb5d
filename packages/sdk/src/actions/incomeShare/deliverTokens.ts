import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type DeliverTokensParameters = SplitterParameters & {
  /** The buyer whose tokens are delivered (they go to the buyer, whoever sends the transaction). */
  buyer: Address;
};
export type DeliverTokensReturnType = Hash;
export type DeliverTokensErrorType = WriteActionErrorType;

/**
 * Sends a buyer the tokens they bought before the soft cap was reached (anyone may call it). Fails with
 * `IncomeShareSplitter_WrongSaleStatus` until the soft cap is reached, and with `IncomeShareSplitter_NothingToWithdraw`
 * when nothing is left to deliver to `buyer`.
 *
 * @example
 * const hash = await deliverTokens(walletClient, {splitter, buyer: alice})
 */
export const deliverTokens = /* @__PURE__ */ splitterContract.write<DeliverTokensParameters>()({
  name: "deliverTokens",
  functionName: "deliverTokens",
  args: ({buyer}) => [buyer] as const,
});
