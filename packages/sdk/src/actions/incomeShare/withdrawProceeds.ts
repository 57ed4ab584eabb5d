import type {
  Account,
  Address,
  Chain,
  Client,
  Hash,
  SimulateContractErrorType,
  Transport,
  WriteContractErrorType,
} from "viem";
import type {ContractRevertedErrorType} from "../../errors/contract.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type WithdrawProceedsParameters = WriteParameters & {
  splitter: Address;
  /** Where the proceeds go; defaults to the sender. */
  to?: Address | undefined;
};
export type WithdrawProceedsReturnType = Hash;
export type WithdrawProceedsErrorType =
  | ValidationErrorType
  | ContractRevertedErrorType
  | SimulateContractErrorType
  | WriteContractErrorType;

/**
 * Sends the sale proceeds to the creator (creator only, once the sale closed with the soft cap reached: below the
 * soft cap it fails with `IncomeShareSplitter_WrongSaleStatus`, before the sale's end with
 * `IncomeShareSplitter_ProceedsLocked` — even a sold-out sale keeps its buyers' payments until then).
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
