import type {Address, Hash} from "viem";
import {vestingTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {creatorVestingAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ReleaseVestedParameters = WriteParameters & {vesting: Address};
export type ReleaseVestedReturnType = Hash;
export type ReleaseVestedErrorType = WriteActionErrorType;

/**
 * Sends what has vested to the creator (`CreatorVesting.release`). Anyone may call it; the tokens only ever go to the
 * beneficiary. Fails with `CreatorVesting_NothingToRelease` before the cliff.
 *
 * @example
 * const hash = await releaseVested(walletClient, {vesting})
 */
export const releaseVested = /* @__PURE__ */ defineWriteAction<ReleaseVestedParameters>()({
  name: "releaseVested",
  address: "vesting",
  target: vestingTarget,
  abi: creatorVestingAbi,
  functionName: "release",
  args: () => [] as const,
});
