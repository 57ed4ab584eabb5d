import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import type {IncomeShareTerms} from "../../modules/incomeShare.js";
import {type SaleStatus, saleStatuses} from "../../types.js";
import {readFields} from "../../utils/contract.js";
import {splitterContract} from "./splitterContract.js";

export type GetSaleParameters = {splitter: Address};

export type GetSaleReturnType = {
  token: Address;
  creator: Address;
  terms: IncomeShareTerms;
  status: SaleStatus;
  tokensOffered: bigint;
  tokensSold: bigint;
  /** Reporting periods in the term, how many are late now, and what was paid against them in the payment asset. */
  periodCount: bigint;
  latePeriodCount: bigint;
  totalPaid: bigint;
  /** Assets income was paid in, in listing order. */
  payoutAssets: readonly Address[];
  isComplete: boolean;
};

export type GetSaleErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * Reads an income-share agreement: its terms, the sale's progress and the income record's totals.
 *
 * @example
 * const {status, tokensSold, tokensOffered, terms} = await getSale(publicClient, {splitter})
 */
export async function getSale<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {splitter}: GetSaleParameters,
): Promise<GetSaleReturnType> {
  const contract = splitterContract.at(splitter);
  const {saleStatus, ...fields} = await readFields(client, contract, [
    "token",
    "creator",
    "terms",
    "saleStatus",
    "tokensOffered",
    "tokensSold",
    "periodCount",
    "latePeriodCount",
    "totalPaid",
    "payoutAssets",
    "isComplete",
  ]);
  return {...fields, status: saleStatuses[saleStatus] ?? "upcoming"};
}
