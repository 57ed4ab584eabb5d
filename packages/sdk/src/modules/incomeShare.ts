import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, type Hex, zeroAddress} from "viem";
import {incomeShareSplitterAbi} from "../generated.js";
import {assertAbiValue, assertAmount, firstParameter} from "../utils/validate.js";
import type {LaunchModule, ModuleDefinition} from "./types.js";

/** `IIncomeShareSplitter.Terms`, taken from the generated ABI. */
export const incomeShareTermsParameter = /* @__PURE__ */ firstParameter(incomeShareSplitterAbi, "terms", "outputs");

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

/** The income-share module's entry in {@link protocolModules}: deployment key, ABI and `data` encoder. */
export const incomeShareModuleDefinition: ModuleDefinition<
  "incomeShareSplitterImplementation",
  typeof incomeShareSplitterAbi,
  (terms: IncomeShareTerms) => Hex
> = {
  implementation: "incomeShareSplitterImplementation",
  abi: incomeShareSplitterAbi,
  /** `abi.encode(Terms)`. */
  encode: (terms: IncomeShareTerms): Hex => encodeAbiParameters([incomeShareTermsParameter], [terms]),
};

/**
 * An income-share agreement (primary sale + income split) to launch with the token. Validates the terms offline.
 *
 * @example
 * const hash = await launchToken(walletClient, {
 *   name: "Alex Masmej", symbol: "ALEX", totalSupply: parseEther("10000000"),
 *   allocations: [{recipient: alex, amount: parseEther("9000000")}],
 *   modules: [incomeShareModule({tokenAmount: parseEther("1000000"), terms})],
 * })
 */
export function incomeShareModule({tokenAmount, terms, implementation}: IncomeShareModuleParameters): LaunchModule {
  assertAmount(tokenAmount, "incomeShare.tokenAmount", {min: 1n});
  const full: IncomeShareTerms = {payoutCap: 0n, allowlistSigner: zeroAddress, transferableShares: false, ...terms};
  assertAbiValue(incomeShareTermsParameter, full, "incomeShare.terms");
  return {
    implementation: implementation ?? incomeShareModuleDefinition.implementation,
    tokenAmount,
    data: incomeShareModuleDefinition.encode(full),
  };
}
