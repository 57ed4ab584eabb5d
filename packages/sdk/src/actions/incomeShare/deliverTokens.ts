import type {Address, Hash} from "viem";
import {incomeShareTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type DeliverTokensParameters = WriteParameters & {
  splitter: Address;
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
export const deliverTokens = /* @__PURE__ */ defineWriteAction<DeliverTokensParameters>()({
  name: "deliverTokens",
  address: "splitter",
  target: incomeShareTarget,
  abi: incomeShareSplitterAbi,
  functionName: "deliverTokens",
  args: ({buyer}) => [buyer] as const,
  validate: ({buyer}) => {
    assertAddress(buyer, "buyer");
  },
});
