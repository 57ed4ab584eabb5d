import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import type {IncomeShareTerms} from "../../modules/incomeShare.js";
import {type SaleStatus, saleStatuses} from "../../types.js";
import {readProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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

export type GetSaleErrorType = ValidationErrorType | ReadContractErrorType;

/** Reads an income-share agreement: its terms, the sale's progress and the income record's totals. */
export async function getSale<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {splitter}: GetSaleParameters,
): Promise<GetSaleReturnType> {
  assertAddress(splitter, "splitter");
  const read = <result>(functionName: string) =>
    readProtocolContract<result>(client, {address: splitter, abi: incomeShareSplitterAbi, functionName});
  const [token, creator, terms, status, tokensOffered, tokensSold, periodCount, latePeriodCount, totalPaid, payoutAssets, isComplete] =
    await Promise.all([
      read<Address>("token"),
      read<Address>("creator"),
      read<IncomeShareTerms>("terms"),
      read<number>("saleStatus"),
      read<bigint>("tokensOffered"),
      read<bigint>("tokensSold"),
      read<bigint>("periodCount"),
      read<bigint>("latePeriodCount"),
      read<bigint>("totalPaid"),
      read<readonly Address[]>("payoutAssets"),
      read<boolean>("isComplete"),
    ]);
  return {
    token,
    creator,
    terms,
    status: saleStatuses[status] ?? "upcoming",
    tokensOffered,
    tokensSold,
    periodCount,
    latePeriodCount,
    totalPaid,
    payoutAssets,
    isComplete,
  };
}
