import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import {incomeShareTarget} from "../../contracts.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import {multicallProtocolContracts, zipResults} from "../../utils/contract.js";
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

export type GetClaimableErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * Reads claimable income across agreements and assets in two multicalls (payout assets, then amounts).
 *
 * @example
 * const claimable = await getClaimable(publicClient, {splitters: [splitter], account: alice})
 */
export async function getClaimable<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {splitters, account, assets}: GetClaimableParameters,
): Promise<GetClaimableReturnType> {
  for (const [i, splitter] of splitters.entries()) assertAddress(splitter, `splitters[${i}]`);
  assertAddress(account, "account");
  for (const [i, asset] of (assets ?? []).entries()) assertAddress(asset, `assets[${i}]`);
  if (splitters.length === 0) return [];
  // One multicall for every splitter's payout assets (unless given), one for every (splitter, asset) amount: both at
  // the latest block, two round trips whatever the number of agreements.
  const lists: readonly (readonly Address[])[] =
    assets === undefined
      ? await multicallProtocolContracts(
          client,
          splitters.map(
            (splitter) =>
              ({
                address: splitter,
                abi: incomeShareSplitterAbi,
                target: incomeShareTarget,
                functionName: "payoutAssets",
              }) as const,
          ),
        )
      : splitters.map(() => assets);
  const pairs = zipResults(splitters, lists).flatMap(([splitter, list]) => list.map((asset) => ({splitter, asset})));
  if (pairs.length === 0) return [];
  const amounts = await multicallProtocolContracts(
    client,
    pairs.map(
      ({splitter, asset}) =>
        ({
          address: splitter,
          abi: incomeShareSplitterAbi,
          target: incomeShareTarget,
          functionName: "claimable",
          args: [account, asset],
        }) as const,
    ),
  );
  return zipResults(pairs, amounts).map(([pair, amount]) => ({...pair, amount}));
}
