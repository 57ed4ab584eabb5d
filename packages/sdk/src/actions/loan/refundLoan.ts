import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type RefundLoanParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
  /** Where the refund goes; defaults to the sender. */
  to?: Address | undefined;
};
export type RefundLoanReturnType = Hash;
export type RefundLoanErrorType = WriteActionErrorType;

/**
 * Burns all of the sender's claim tokens of a loan that failed to reach its principal by the deadline, and pays back
 * as many asset units (exactly what those claims were lent for).
 *
 * @example
 * const hash = await refundLoan(walletClient, {loan})
 */
export async function refundLoan<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {loan, to, account}: RefundLoanParameters,
): Promise<RefundLoanReturnType> {
  assertAddress(loan, "loan");
  if (to !== undefined) assertAddress(to, "to");
  const recipient = to ?? senderAddress(client as Client, account, "refundLoan");
  return writeProtocolContract(
    client,
    {address: loan, abi: personalLoanAbi, functionName: "refund", args: [recipient], account},
    "refundLoan",
  );
}
