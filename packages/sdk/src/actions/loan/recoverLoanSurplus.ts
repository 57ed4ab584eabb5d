import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {personalLoanAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type RecoverLoanSurplusParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
  /** The asset to recover (zero for ETH): anything the loan holds beyond what it owes lenders and claim holders. */
  asset: Address;
};
export type RecoverLoanSurplusReturnType = Hash;
export type RecoverLoanSurplusErrorType = WriteActionErrorType;

/**
 * Sends to the creator what the loan holds beyond what it owes (a repayment sent by plain transfer instead of
 * `repay`, forced ETH, other tokens). Anyone may call it; it never touches funding, principal or repayments owed.
 *
 * @example
 * const hash = await recoverLoanSurplus(walletClient, {loan, asset: usdc})
 */
export async function recoverLoanSurplus<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {loan, asset, account}: RecoverLoanSurplusParameters,
): Promise<RecoverLoanSurplusReturnType> {
  assertAddress(loan, "loan");
  assertAddress(asset, "asset");
  return writeProtocolContract(
    client,
    {address: loan, abi: personalLoanAbi, functionName: "recoverSurplus", args: [asset], account},
    "recoverLoanSurplus",
  );
}
