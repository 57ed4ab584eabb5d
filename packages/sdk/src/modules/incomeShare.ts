import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, zeroAddress} from "viem";
import {incomeShareSplitterAbi} from "../generated.js";
import {assertAbiValue, assertAmount} from "../utils/validate.js";
import type {LaunchModule} from "./types.js";

type TermsFunction = Extract<(typeof incomeShareSplitterAbi)[number], {type: "function"; name: "terms"}>;
/** `IIncomeShareSplitter.Terms`, taken from the generated ABI. */
export const incomeShareTermsParameter: TermsFunction["outputs"][0] = incomeShareSplitterAbi.find(
  (item): item is TermsFunction => item.type === "function" && item.name === "terms",
)!.outputs[0];

/** The immutable terms of an income-share agreement (see IIncomeShareSplitter.Terms), as viem types them. */
export type IncomeShareTerms = AbiParameterToPrimitiveType<typeof incomeShareTermsParameter>;

export type IncomeShareModuleParameters = {
  /** Tokens on sale: minted to the splitter at launch (the hard cap). */
  tokenAmount: bigint;
  /** The terms; `payoutCap` (0: none), `allowlistSigner` (zero: open sale) and `transferableShares` default off. */
  terms: Omit<IncomeShareTerms, "payoutCap" | "allowlistSigner" | "transferableShares"> &
    Partial<Pick<IncomeShareTerms, "payoutCap" | "allowlistSigner" | "transferableShares">>;
  /** Override the implementation (defaults to the registry's `incomeShareSplitterImplementation`). */
  implementation?: Address | undefined;
};

/** An income-share agreement (primary sale + income split) to launch with the token. Validates the terms offline. */
export function incomeShareModule({tokenAmount, terms, implementation}: IncomeShareModuleParameters): LaunchModule {
  assertAmount(tokenAmount, "incomeShare.tokenAmount", {min: 1n});
  const full: IncomeShareTerms = {payoutCap: 0n, allowlistSigner: zeroAddress, transferableShares: false, ...terms};
  assertAbiValue(incomeShareTermsParameter, full, "incomeShare.terms");
  return {
    implementation: implementation ?? "incomeShareSplitterImplementation",
    tokenAmount,
    data: encodeAbiParameters([incomeShareTermsParameter], [full]),
  };
}
