import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {zeroAddress} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

export type DistributeIncomeParameters = WriteParameters & {
  splitter: Address;
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
export async function distributeIncome<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, asset, amount, account}: DistributeIncomeParameters,
): Promise<DistributeIncomeReturnType> {
  assertAddress(splitter, "splitter");
  assertAddress(asset, "asset");
  assertAmount(amount, "amount", {min: 1n});
  return writeProtocolContract(
    client,
    {
      address: splitter,
      abi: incomeShareSplitterAbi,
      functionName: "distribute",
      args: [asset, amount],
      value: asset === zeroAddress ? amount : undefined,
      account,
    },
    "distributeIncome",
  );
}
