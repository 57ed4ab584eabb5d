import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function withdrawProceeds<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, to, account}: WithdrawProceedsParameters,
): Promise<WithdrawProceedsReturnType> {
  assertAddress(splitter, "splitter");
  const recipient = to ?? senderAddress(client as Client, account, "withdrawProceeds");
  return writeProtocolContract(
    client,
    {address: splitter, abi: incomeShareSplitterAbi, functionName: "withdrawProceeds", args: [recipient], account},
    "withdrawProceeds",
  );
}
