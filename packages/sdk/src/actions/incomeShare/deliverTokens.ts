import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function deliverTokens<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, buyer, account}: DeliverTokensParameters,
): Promise<DeliverTokensReturnType> {
  assertAddress(splitter, "splitter");
  assertAddress(buyer, "buyer");
  return writeProtocolContract(
    client,
    {address: splitter, abi: incomeShareSplitterAbi, functionName: "deliverTokens", args: [buyer], account},
    "deliverTokens",
  );
}
