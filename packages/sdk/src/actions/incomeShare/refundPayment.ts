import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function refundPayment<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, to, account}: RefundPaymentParameters,
): Promise<RefundPaymentReturnType> {
  assertAddress(splitter, "splitter");
  const recipient = to ?? senderAddress(client as Client, account, "refundPayment");
  return writeProtocolContract(
    client,
    {address: splitter, abi: incomeShareSplitterAbi, functionName: "refund", args: [recipient], account},
    "refundPayment",
  );
}
