import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type WithdrawLoanPrincipalParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the sender's token). */
  loan: Address;
  /** Where the principal goes; defaults to the sender. */
  to?: Address | undefined;
};
export type WithdrawLoanPrincipalReturnType = Hash;
export type WithdrawLoanPrincipalErrorType = WriteActionErrorType;

/**
 * The creator takes the whole principal of a funded loan, once.
 *
 * @example
 * const hash = await withdrawLoanPrincipal(walletClient, {loan})
 */
export async function withdrawLoanPrincipal<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {loan, to, account}: WithdrawLoanPrincipalParameters,
): Promise<WithdrawLoanPrincipalReturnType> {
  assertAddress(loan, "loan");
  if (to !== undefined) assertAddress(to, "to");
  const recipient = to ?? senderAddress(client as Client, account, "withdrawLoanPrincipal");
  return writeProtocolContract(
    client,
    {address: loan, abi: personalLoanAbi, functionName: "withdrawPrincipal", args: [recipient], account},
    "withdrawLoanPrincipal",
  );
}
