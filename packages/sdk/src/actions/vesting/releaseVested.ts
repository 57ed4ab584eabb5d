import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type VestingParameters, vestingContract} from "./vestingContract.js";

export type ReleaseVestedParameters = VestingParameters;
export type ReleaseVestedReturnType = Hash;
export type ReleaseVestedErrorType = WriteActionErrorType;

/**
 * Sends what has vested to the creator (`CreatorVesting.release`). Anyone may call it; the tokens only ever go to the
 * beneficiary. Fails with `CreatorVesting_NothingToRelease` before the cliff.
 *
 * @example
 * const hash = await releaseVested(walletClient, {vesting})
 */
export const releaseVested = /* @__PURE__ */ vestingContract.write<ReleaseVestedParameters>()({
  name: "releaseVested",
  functionName: "release",
});
