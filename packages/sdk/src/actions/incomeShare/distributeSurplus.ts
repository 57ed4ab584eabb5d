import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function distributeSurplus<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, asset, account}: DistributeSurplusParameters,
): Promise<DistributeSurplusReturnType> {
  assertAddress(splitter, "splitter");
  assertAddress(asset, "asset");
  return writeProtocolContract(
    client,
    {address: splitter, abi: incomeShareSplitterAbi, functionName: "distributeSurplus", args: [asset], account},
    "distributeSurplus",
  );
}
