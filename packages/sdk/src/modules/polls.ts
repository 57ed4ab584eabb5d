import type {Address, Hex} from "viem";
import {holderPollsAbi} from "../generated.js";
import {assertAddress} from "../utils/validate.js";
import type {LaunchModule, ModuleDefinition} from "./types.js";

export type PollsModuleParameters = {
  /** Override the implementation (defaults to the registry's `holderPollsImplementation`). */
  implementation?: Address | undefined;
};

/** The polls module's entry in {@link protocolModules}: deployment key, ABI and `data` encoder (no settings). */
export const pollsModuleDefinition: ModuleDefinition<"holderPollsImplementation", typeof holderPollsAbi, () => Hex> = {
  implementation: "holderPollsImplementation",
  abi: holderPollsAbi,
  encode: (): Hex => "0x",
};

/**
 * Holder polls ("Control My Life", `HolderPolls`) to launch with the token ({@link launchToken}) or later
 * ({@link launchModule}): no tokens, no settings.
 *
 * @example
 * const hash = await launchToken(walletClient, {...launch, modules: [pollsModule()]})
 */
export function pollsModule({implementation}: PollsModuleParameters = {}): LaunchModule {
  if (implementation !== undefined) assertAddress(implementation, "polls.implementation");
  return {
    implementation: implementation ?? pollsModuleDefinition.implementation,
    tokenAmount: 0n,
    data: pollsModuleDefinition.encode(),
  };
}
