import type {Address, Hash} from "viem";
import {incomeShareTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type DistributeSurplusParameters = WriteParameters & {
  splitter: Address;
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
export const distributeSurplus = /* @__PURE__ */ defineWriteAction<DistributeSurplusParameters>()({
  name: "distributeSurplus",
  address: "splitter",
  target: incomeShareTarget,
  abi: incomeShareSplitterAbi,
  functionName: "distributeSurplus",
  args: ({asset}) => [asset] as const,
  validate: ({asset}) => {
    assertAddress(asset, "asset");
  },
});
