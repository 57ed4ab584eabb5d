import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {readProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type GetClaimableParameters = {
  /** One agreement or several (e.g. every token a holder bought into). */
  splitters: readonly Address[];
  account: Address;
  /** Assets to read; defaults to each splitter's payout assets. */
  assets?: readonly Address[] | undefined;
};

/** What `account` can claim now, per splitter and asset (zero amounts included). */
export type GetClaimableReturnType = {splitter: Address; asset: Address; amount: bigint}[];

export type GetClaimableErrorType = ValidationErrorType | ReadContractErrorType;

/**
 * Reads claimable income across agreements and assets in parallel (batched by a client with `batch.multicall`).
 *
 * @example
 * const claimable = await getClaimable(publicClient, {splitters: [splitter], account: alice})
 */
export async function getClaimable<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {splitters, account, assets}: GetClaimableParameters,
): Promise<GetClaimableReturnType> {
  splitters.forEach((splitter, i) => assertAddress(splitter, `splitters[${i}]`));
  assertAddress(account, "account");
  assets?.forEach((asset, i) => assertAddress(asset, `assets[${i}]`));
  const perSplitter = await Promise.all(
    splitters.map(async (splitter) => {
      const list =
        assets ??
        (await readProtocolContract(client, {
          address: splitter,
          abi: incomeShareSplitterAbi,
          functionName: "payoutAssets",
        }));
      return Promise.all(
        list.map(async (asset) => ({
          splitter,
          asset,
          amount: await readProtocolContract(client, {
            address: splitter,
            abi: incomeShareSplitterAbi,
            functionName: "claimable",
            args: [account, asset],
          }),
        })),
      );
    }),
  );
  return perSplitter.flat();
}
