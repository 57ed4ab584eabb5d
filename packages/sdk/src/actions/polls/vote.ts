import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type PollsParameters, pollsContract} from "./pollsContract.js";

export type VoteParameters = PollsParameters & {
  pollId: bigint;
  /** The option's index (0-based). */
  option: bigint | number;
};
export type VoteReturnType = Hash;
export type VoteErrorType = WriteActionErrorType;

/**
 * Votes in a poll with the sender's balance at the poll's snapshot (1 token = 1 vote); voting again before the end
 * moves the same weight to the new option. Fails with `HolderPolls_NoVotingWeight` for an account that held nothing at
 * the snapshot, `HolderPolls_TooEarly` / `_TooLate` outside the window. For a gasless vote see {@link signVote}.
 *
 * @example
 * const hash = await vote(walletClient, {polls, pollId: 0n, option: 1n})
 */
export const vote = /* @__PURE__ */ pollsContract.write<VoteParameters>()({
  name: "vote",
  functionName: "vote",
  args: ({pollId, option}) => [pollId, BigInt(option)] as const,
});
