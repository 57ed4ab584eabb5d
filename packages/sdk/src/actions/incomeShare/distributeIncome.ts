import {type Address, type Hash, zeroAddress} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAmount} from "../../utils/validate.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type DistributeIncomeParameters = SplitterParameters & {
  /** The asset paid (`zeroAddress` for ETH, sent as value); approve the splitter for ERC-20s first. */
  asset: Address;
  amount: bigint;
};
export type DistributeIncomeReturnType = Hash;
export type DistributeIncomeErrorType = WriteActionErrorType;

/**
 * Pays income to the claim holders without attaching it to a period (the splitter's `distribute`); holders collect it
 * with {@link claimIncome}. Anyone may pay in an asset already listed; only the creator lists a new one (16 at most),
 * else it fails with `IncomeShareSplitter_AssetNotAccepted`. Needs the soft cap reached
 * (`IncomeShareSplitter_WrongSaleStatus` before).
 *
 * @example
 * const hash = await distributeIncome(walletClient, {splitter, asset: usdc, amount: parseUnits("500", 6)})
 */
export const distributeIncome = /* @__PURE__ */ splitterContract.write<DistributeIncomeParameters>()({
  name: "distributeIncome",
  functionName: "distribute",
  args: ({asset, amount}) => [asset, amount] as const,
  value: ({asset, amount}) => (asset === zeroAddress ? amount : undefined),
  validate: ({amount}) => assertAmount(amount, "amount", {min: 1n}),
});
