import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type PollsParameters, pollsContract} from "./pollsContract.js";

export type FinalizePollParameters = PollsParameters & {
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
export const finalizePoll = /* @__PURE__ */ pollsContract.write<FinalizePollParameters>()({
  name: "finalizePoll",
  functionName: "finalize",
  args: ({pollId}) => [pollId] as const,
});
