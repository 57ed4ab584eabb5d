import type {Address, Hash} from "viem";
import {stakingTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {stakingRewardsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

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
export const recoverERC20 = /* @__PURE__ */ defineWriteAction<RecoverERC20Parameters>()({
  name: "recoverERC20",
  address: "campaign",
  target: stakingTarget,
  abi: stakingRewardsAbi,
  functionName: "recoverERC20",
  args: ({asset}) => [asset] as const,
  validate: ({asset}) => {
    assertAddress(asset, "asset");
  },
});
