import type {Address, Chain, Client, Hex, ReadContractErrorType, Transport} from "viem";
import type {ContractRevertedErrorType} from "../../errors/contract.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readProtocolContract} from "../../utils/contract.js";
import {splitterContract} from "./splitterContract.js";

export type GetPeriodRecordParameters = {splitter: Address; period: bigint};

/** What was declared, owed and paid for one period, and whether its report is late. */
export type GetPeriodRecordReturnType = {
  period: bigint;
  /**
   * Unix seconds: first second, end (exclusive; the term's end for a shorter last period), and when the report is due
   * (end + grace).
   */
  start: bigint;
  end: bigint;
  due: bigint;
  reported: boolean;
  /**
   * True while the report is missing after `due`, for a period that ended by the agreement's completion (the term's
   * end, or when the payout cap was met if earlier): a period ending after the cap was met is never late.
   */
  late: boolean;
  grossIncome: bigint;
  /** `grossIncome × shareBps / 10,000`, in payment-asset units. */
  owed: bigint;
  /** Payment-asset units paid against the period so far: the only payment the contract can verify. */
  paid: bigint;
  /** What the creator declared other assets paid against the period (e.g. LP shares) to be worth: a claim, never counted as paid. */
  declaredValue: bigint;
  evidenceURI: string;
  evidenceHash: Hex;
};

export type GetPeriodRecordErrorType = ValidationErrorType | ContractRevertedErrorType | ReadContractErrorType;

/**
 * Reads one period's record (`periodRecord`); an index past the term fails with `IncomeShareSplitter_UnknownPeriod`.
 *
 * @example
 * const {owed, paid, late} = await getPeriodRecord(publicClient, {splitter, period: 0n})
 */
export async function getPeriodRecord<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {splitter, period}: GetPeriodRecordParameters,
): Promise<GetPeriodRecordReturnType> {
  const contract = splitterContract.at(splitter);
  return {period, ...(await readProtocolContract(client, {...contract, functionName: "periodRecord", args: [period]}))};
}
