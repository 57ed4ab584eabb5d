import type {Address} from "viem";
import {assertAddress} from "../utils/validate.js";
import type {LaunchModule} from "./types.js";

export type PollsModuleParameters = {
  /** Override the implementation (defaults to the registry's `holderPollsImplementation`). */
  implementation?: Address | undefined;
};

/**
 * Holder polls ("Control My Life", `HolderPolls`) to launch with the token ({@link launchToken}) or later
 * ({@link launchModule}): no tokens, no settings.
 */
export function pollsModule({implementation}: PollsModuleParameters = {}): LaunchModule {
  if (implementation !== undefined) assertAddress(implementation, "polls.implementation");
  return {implementation: implementation ?? "holderPollsImplementation", tokenAmount: 0n, data: "0x"};
}
