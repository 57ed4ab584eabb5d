import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";

/** The vesting contract's custom errors in words: what went wrong and what to do. */
export const vestingMessages: MessagesOf<Extract<ProtocolErrorName, `CreatorVesting_${string}`>> = {
  CreatorVesting_NothingToRelease: () =>
    "Nothing has vested since the last release (the cliff may not have passed yet): try again later.",
};
