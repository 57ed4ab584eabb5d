import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type PollsParameters, pollsContract} from "./pollsContract.js";

export type CancelPollParameters = PollsParameters & {
  pollId: bigint;
};
export type CancelPollReturnType = Hash;
export type CancelPollErrorType = WriteActionErrorType;

/**
 * The creator cancels a poll nobody has voted in yet (`HolderPolls_PollHasVotes` otherwise).
 *
 * @example
 * const hash = await cancelPoll(walletClient, {polls, pollId: 0n})
 */
export const cancelPoll = /* @__PURE__ */ pollsContract.write<CancelPollParameters>()({
  name: "cancelPoll",
  functionName: "cancelPoll",
  args: ({pollId}) => [pollId] as const,
});
