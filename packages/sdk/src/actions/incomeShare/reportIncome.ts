import type {Hash} from "viem";
import {type Hex, zeroHash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type ReportIncomeParameters = SplitterParameters & {
  /** The period reported (0-based; see `getSale().periodCount`). */
  period: bigint;
  /** Gross income earned in the period, in payment-asset units; `shareBps` of it becomes owed. */
  grossIncome: bigint;
  /** Where the evidence lives (e.g. an IPFS URI of a statement). */
  evidenceURI: string;
  /** keccak256 of the evidence document, so it cannot be swapped later; defaults to zero. */
  evidenceHash?: Hex | undefined;
};
export type ReportIncomeReturnType = Hash;
export type ReportIncomeErrorType = WriteActionErrorType;

/**
 * Records a period's gross income and its evidence (creator only, once per period, after it ended). The record is
 * public forever: {@link getPeriodRecord} shows what was declared, owed and paid.
 *
 * @example
 * const hash = await reportIncome(walletClient, {splitter, period: 0n, grossIncome: parseUnits("20000", 6), evidenceURI: "ipfs://q0"})
 */
export const reportIncome = /* @__PURE__ */ splitterContract.write<ReportIncomeParameters>()({
  name: "reportIncome",
  functionName: "report",
  args: ({period, grossIncome, evidenceURI, evidenceHash = zeroHash}) =>
    [period, grossIncome, evidenceURI, evidenceHash] as const,
});
