import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CampaignParameters, campaignContract} from "./campaignContract.js";

export type RecoverERC20Parameters = CampaignParameters & {
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
export const recoverERC20 = /* @__PURE__ */ campaignContract.write<RecoverERC20Parameters>()({
  name: "recoverERC20",
  functionName: "recoverERC20",
  args: ({asset}) => [asset] as const,
});
