import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

export type TransferLoanClaimParameters = WriteParameters & {
  /** The loan: its claim token is the loan contract itself. */
  loan: Address;
  to: Address;
  /** Claim units (one per asset unit lent). */
  amount: bigint;
};
export type TransferLoanClaimReturnType = Hash;
export type TransferLoanClaimErrorType = WriteActionErrorType;

/**
 * Sells or gives part of the debt: transfers claim tokens. What they earned before stays claimable by the sender;
 * every later repayment goes to the receiver.
 *
 * @example
 * const hash = await transferLoanClaim(walletClient, {loan, to: buyer, amount: parseUnits("400", 6)})
 */
export async function transferLoanClaim<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {loan, to, amount, account}: TransferLoanClaimParameters,
): Promise<TransferLoanClaimReturnType> {
  assertAddress(loan, "loan");
  assertAddress(to, "to");
  assertAmount(amount, "amount");
  return writeProtocolContract(
    client,
    {address: loan, abi: personalLoanAbi, functionName: "transfer", args: [to, amount], account},
    "transferLoanClaim",
  );
}
