import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readNamed} from "../../utils/contract.js";
import {loanContract} from "./loanContract.js";

export type GetLoanPositionParameters = {loan: Address; account: Address};
export type GetLoanPositionReturnType = {
  /** Claim tokens the account holds (one per asset unit lent). */
  balance: bigint;
  /** Its share of the claims, in basis points of the supply (rounded down; 0 before any funding). */
  shareBps: bigint;
  /** Asset units it can claim now. */
  claimable: bigint;
  /** Its sub-unit remainder, in 1e36-scaled units (paid with later repayments). */
  remainder: bigint;
};
export type GetLoanPositionErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * An account's claim on a loan: what it holds and what it can claim now, read in one block.
 *
 * @example
 * const {balance, claimable} = await getLoanPosition(publicClient, {loan, account: alice})
 */
export async function getLoanPosition<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {loan, account}: GetLoanPositionParameters,
): Promise<GetLoanPositionReturnType> {
  const contract = loanContract.at(loan);
  const {balance, totalSupply, claimable, remainder} = await readNamed(client, contract, {
    balance: ["balanceOf", [account]],
    totalSupply: ["totalSupply"],
    claimable: ["claimable", [account]],
    remainder: ["remainderOf", [account]],
  });
  return {balance, shareBps: totalSupply === 0n ? 0n : (balance * 10_000n) / totalSupply, claimable, remainder};
}
