import type {Address, Hash} from "viem";
import {pollsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAbiValue, assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type VoteParameters = WriteParameters & {
  /** The token's polls module (`HolderPolls`). */
  polls: Address;
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
export const vote = /* @__PURE__ */ defineWriteAction<VoteParameters>()({
  name: "vote",
  address: "polls",
  target: pollsTarget,
  abi: holderPollsAbi,
  functionName: "vote",
  args: ({pollId, option}) => [pollId, BigInt(option)] as const,
  validate: ({pollId, option}) => {
    assertAmount(pollId, "pollId");
    assertAbiValue({type: "uint256"}, option, "option");
  },
});
