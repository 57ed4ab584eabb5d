import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type RecoverERC20Parameters = WriteParameters & {
  /** The staking campaign (a `StakingRewards` module of the token). */
  campaign: Address;
  /** The ERC-20 to recover (the reward token, the staking token or any other). */
  asset: Address;
};
export type RecoverERC20ReturnType = Hash;
export type RecoverERC20ErrorType = WriteActionErrorType;

/**
 * The creator takes back what the campaign holds beyond what it owes: stray tokens, staking tokens above the stake,
 * reward tokens above what is owed and still to stream (`unallocated` included). Fails with
 * `StakingRewards_NothingToRecover` when there is no surplus, `StakingRewards_NotCreator` for anyone else.
 *
 * @example
 * const hash = await recoverERC20(walletClient, {campaign, asset: usdc})
 */
export async function recoverERC20<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {campaign, asset, account}: RecoverERC20Parameters,
): Promise<RecoverERC20ReturnType> {
  assertAddress(campaign, "campaign");
  assertAddress(asset, "asset");
  return writeProtocolContract(
    client,
    {address: campaign, abi: stakingRewardsAbi, functionName: "recoverERC20", args: [asset], account},
    "recoverERC20",
  );
}
