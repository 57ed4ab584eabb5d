import type {Address, Hash} from "viem";
import {pollsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type FinalizePollParameters = WriteParameters & {
  /** The token's polls module (`HolderPolls`). */
  polls: Address;
  pollId: bigint;
};
export type FinalizePollReturnType = Hash;
export type FinalizePollErrorType = WriteActionErrorType;

/**
 * Anyone finalizes a poll once its end has passed (`HolderPolls_TooEarly` before), emitting `PollFinalized` with the
 * winner. Results are readable with {@link getPollResults} at any time; finalizing records them in a log.
 *
 * @example
 * const hash = await finalizePoll(walletClient, {polls, pollId: 0n})
 */
export const finalizePoll = /* @__PURE__ */ defineWriteAction<FinalizePollParameters>()({
  name: "finalizePoll",
  address: "polls",
  target: pollsTarget,
  abi: holderPollsAbi,
  functionName: "finalize",
  args: ({pollId}) => [pollId] as const,
  validate: ({pollId}) => {
    assertAmount(pollId, "pollId");
  },
});
