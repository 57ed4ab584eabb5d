import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ClaimLoanRepaymentsParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
  /** Where the sender's repayments go; defaults to the sender. */
  to?: Address | undefined;
  /** Claim for another account instead (`claimFor`): the repayments go to that account itself, e.g. a Uniswap pair. */
  for?: Address | undefined;
};
export type ClaimLoanRepaymentsReturnType = Hash;
export type ClaimLoanRepaymentsErrorType = WriteActionErrorType;

/**
 * Pays out the repayments the sender's claim tokens earned (`claim(to)`), or pushes another account's to it
 * (`claimFor(account)`, anyone may). Read what is claimable first with {@link getLoanPosition}.
 *
 * @example
 * const hash = await claimLoanRepayments(walletClient, {loan})
 */
export async function claimLoanRepayments<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: ClaimLoanRepaymentsParameters,
): Promise<ClaimLoanRepaymentsReturnType> {
  const {loan, to, account} = parameters;
  assertAddress(loan, "loan");
  if (to !== undefined) assertAddress(to, "to");
  if (parameters.for !== undefined) {
    assertAddress(parameters.for, "for");
    if (to !== undefined) {
      throw new InvalidParameterError({
        field: "to",
        reason: "cannot be combined with `for` (claimFor pays the account)",
      });
    }
    return writeProtocolContract(
      client,
      {address: loan, abi: personalLoanAbi, functionName: "claimFor", args: [parameters.for], account},
      "claimLoanRepayments",
    );
  }
  const recipient = to ?? senderAddress(client as Client, account, "claimLoanRepayments");
  return writeProtocolContract(
    client,
    {address: loan, abi: personalLoanAbi, functionName: "claim", args: [recipient], account},
    "claimLoanRepayments",
  );
}
