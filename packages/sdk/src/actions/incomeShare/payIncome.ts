import {type Address, type Hash, zeroAddress} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAmount} from "../../utils/validate.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type PayIncomeParameters = SplitterParameters & {
  /** The period paid against. */
  period: bigint;
  /** The asset paid (`zeroAddress` for ETH, sent as value); approve the splitter for ERC-20s first. */
  asset: Address;
  amount: bigint;
  /**
   * What the payment is worth in the payment asset (the creator's declaration, e.g. for LP shares). Ignored — the
   * amount received counts — when `asset` is the payment asset, so it defaults to `amount`.
   */
  value?: bigint | undefined;
};
export type PayIncomeReturnType = Hash;
export type PayIncomeErrorType = WriteActionErrorType;

/**
 * Pays income to the claim holders against a reported period (creator only); holders collect it with
 * {@link claimIncome}. The first payment in an asset lists it as a payout asset (16 at most).
 *
 * @example
 * const hash = await payIncome(walletClient, {splitter, period: 0n, asset: usdc, amount: parseUnits("3000", 6)})
 */
export const payIncome = /* @__PURE__ */ splitterContract.write<PayIncomeParameters>()({
  name: "payIncome",
  functionName: "payIncome",
  args: ({period, asset, amount, value}) => [period, asset, amount, value ?? amount] as const,
  value: ({asset, amount}) => (asset === zeroAddress ? amount : undefined),
  validate: ({amount}) => assertAmount(amount, "amount", {min: 1n}),
});
