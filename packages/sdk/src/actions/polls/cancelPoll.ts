import type {Address, Hash} from "viem";
import {pollsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type CancelPollParameters = WriteParameters & {
  /** The token's polls module (`HolderPolls`). */
  polls: Address;
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
export const cancelPoll = /* @__PURE__ */ defineWriteAction<CancelPollParameters>()({
  name: "cancelPoll",
  address: "polls",
  target: pollsTarget,
  abi: holderPollsAbi,
  functionName: "cancelPoll",
  args: ({pollId}) => [pollId] as const,
  validate: ({pollId}) => {
    assertAmount(pollId, "pollId");
  },
});
