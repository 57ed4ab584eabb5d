import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {readProtocolContract, senderAddress, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type ClaimIncomeParameters = SplitterParameters & {
  /** Assets to claim in one transaction; defaults to every payout asset of the splitter. */
  assets?: readonly Address[] | undefined;
  /** Where the income goes; defaults to the sender. */
  to?: Address | undefined;
};
export type ClaimIncomeReturnType = Hash;
export type ClaimIncomeErrorType = WriteActionErrorType;

/**
 * Claims the sender's income in several assets at once (`IncomeShareSplitter.claim`). To claim from several
 * agreements, use {@link claimAllIncome}.
 *
 * @example
 * const hash = await claimIncome(walletClient, {splitter})
 */
export async function claimIncome<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, assets, to, account}: ClaimIncomeParameters,
): Promise<ClaimIncomeReturnType> {
  const contract = splitterContract.at(splitter);
  for (const [i, asset] of (assets ?? []).entries()) assertAddress(asset, `assets[${i}]`);
  if (to !== undefined) assertAddress(to, "to");
  const recipient = to ?? senderAddress(client as Client, account, "claimIncome");
  const claimed = assets ?? (await readProtocolContract(client, {...contract, functionName: "payoutAssets"}));
  return writeProtocolContract(
    client,
    {...contract, functionName: "claim", args: [claimed, recipient], account},
    "claimIncome",
  );
}
