import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readNamed} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {splitterContract} from "./splitterContract.js";

export type GetSalePositionParameters = {splitter: Address; account: Address};
export type GetSalePositionReturnType = {
  /** Tokens the account bought in the sale (18 decimals), and what it paid for them (payment-asset units). */
  tokensBought: bigint;
  paid: bigint;
  /** Bought tokens the splitter still holds for the account: delivered once the sale succeeds. */
  undelivered: bigint;
  /** Claim shares the account holds now: its part of the income share, `shares / totalShares` (they move only when the terms let shares transfer). */
  shares: bigint;
  /** All claim shares: the tokens sold. */
  totalShares: bigint;
};
export type GetSalePositionErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * A buyer's place in an income-share agreement, read in one block: what it bought and paid, what is still to be
 * delivered, and its claim shares out of all of them (what it receives of each payment).
 *
 * @example
 * const {shares, totalShares} = await getSalePosition(publicClient, {splitter, account: buyer})
 */
export async function getSalePosition<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {splitter, account}: GetSalePositionParameters,
): Promise<GetSalePositionReturnType> {
  const contract = splitterContract.at(splitter);
  assertAddress(account, "account"); // `purchaseOf` names it `buyer`: report it under this action's own name
  const {purchase, shares, totalShares} = await readNamed(client, contract, {
    purchase: ["purchaseOf", [account]],
    shares: ["sharesOf", [account]],
    totalShares: ["tokensSold"],
  });
  const [tokensBought, paid, undelivered] = purchase;
  return {tokensBought, paid, undelivered, shares, totalShares};
}
