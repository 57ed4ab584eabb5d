import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type DistributeSurplusParameters = SplitterParameters & {
  /** A payout asset already listed (`zeroAddress` for ETH). */
  asset: Address;
};
export type DistributeSurplusReturnType = Hash;
export type DistributeSurplusErrorType = WriteActionErrorType;

/**
 * Credits to the claim holders any balance of `asset` that reached the splitter by a plain transfer, without going
 * through {@link distributeIncome} or {@link payIncome}. Anyone may call it; `asset` must already be a payout asset
 * (`IncomeShareSplitter_AssetNotAccepted` otherwise).
 *
 * @example
 * const hash = await distributeSurplus(walletClient, {splitter, asset: usdc})
 */
export const distributeSurplus = /* @__PURE__ */ splitterContract.write<DistributeSurplusParameters>()({
  name: "distributeSurplus",
  functionName: "distributeSurplus",
  args: ({asset}) => [asset] as const,
});
