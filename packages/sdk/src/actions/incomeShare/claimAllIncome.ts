import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {getClaimable} from "./getClaimable.js";
import {splitterContract} from "./splitterContract.js";

export type ClaimAllIncomeParameters = WriteParameters & {
  /** The agreements to claim from (e.g. every personal token the holder bought into). */
  splitters: readonly Address[];
  /** Where the income goes; defaults to the sender. */
  to?: Address | undefined;
};

/** One claim transaction per splitter that had something to claim, with the assets it claimed. */
export type ClaimAllIncomeReturnType = {splitter: Address; assets: Address[]; hash: Hash}[];

export type ClaimAllIncomeErrorType = WriteActionErrorType;

/**
 * Claims everything the sender can claim across several agreements: reads every claimable amount first (in
 * parallel), then sends one `claim` per splitter with a positive amount, for exactly those assets. Splitters with
 * nothing to claim cost nothing.
 *
 * @example
 * const claims = await claimAllIncome(walletClient, {splitters: [alexSplitter, samSplitter]})
 */
export async function claimAllIncome<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitters, to, account}: ClaimAllIncomeParameters,
): Promise<ClaimAllIncomeReturnType> {
  for (const [i, splitter] of splitters.entries()) assertAddress(splitter, `splitters[${i}]`);
  if (to !== undefined) assertAddress(to, "to");
  const holder = senderAddress(client as Client, account, "claimAllIncome");
  const claimable = await getClaimable(client, {splitters, account: holder});
  const results: ClaimAllIncomeReturnType = [];
  for (const splitter of new Set(splitters)) {
    const assets = claimable.filter((c) => c.splitter === splitter && c.amount > 0n).map((c) => c.asset);
    if (assets.length === 0) continue;
    const hash = await writeProtocolContract(
      client,
      {
        ...splitterContract.at(splitter),
        functionName: "claim",
        args: [assets, to ?? holder],
        account,
      },
      "claimAllIncome",
    );
    results.push({splitter, assets, hash});
  }
  return results;
}
