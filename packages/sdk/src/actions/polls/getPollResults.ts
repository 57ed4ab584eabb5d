import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readNamed} from "../../utils/contract.js";
import {pollsContract} from "./pollsContract.js";

/**
 * `IHolderPolls.PollState`, by index.
 *
 * @example
 * pollStates[2] // "ended": the contract's `state(pollId)` is 2
 */
export const pollStates = ["pending", "active", "ended", "finalized", "cancelled"] as const;
export type PollState = (typeof pollStates)[number];

export type GetPollResultsParameters = {polls: Address; pollId: bigint};
export type GetPollResultsReturnType = {
  pollId: bigint;
  question: string;
  options: string[];
  state: PollState;
  start: bigint;
  end: bigint;
  /** The token snapshot id the weights are read at (`balanceOfAt(voter, snapshot)`). */
  snapshot: bigint;
  /** When that snapshot was taken (unix seconds): balances held at the end of that second vote. */
  snapshotTime: bigint;
  /** Votes (token units) per option, in order. */
  tally: bigint[];
  /** The leading option: most votes, lowest index among equals. Show `tied` as "no winner". */
  winner: {option: bigint; label: string; votes: bigint};
  /** Several options share the most votes (also true without votes). */
  tied: boolean;
  turnout: {
    /** Votes cast (token units). */
    votes: bigint;
    /** Total supply at the snapshot (includes tokens held by contracts that cannot vote). */
    supply: bigint;
    /** votes / supply in basis points, rounded down. */
    bps: bigint;
    voters: bigint;
  };
};
export type GetPollResultsErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * A poll's question, options and results, readable at any time (final from its end).
 *
 * @example
 * const {tally, winner, tied, turnout} = await getPollResults(publicClient, {polls, pollId: 0n})
 */
export async function getPollResults<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {polls, pollId}: GetPollResultsParameters,
): Promise<GetPollResultsReturnType> {
  const contract = pollsContract.at(polls);
  const {poll, results: r} = await readNamed(client, contract, {
    poll: ["getPoll", [pollId]],
    results: ["results", [pollId]],
  });
  return {
    pollId,
    question: poll.questionURI,
    options: [...poll.options],
    state: pollStates[r.state] ?? "pending",
    start: BigInt(poll.start),
    end: BigInt(poll.end),
    snapshot: BigInt(poll.snapshot),
    snapshotTime: BigInt(poll.snapshotTime),
    tally: [...r.tallies],
    winner: {option: r.winningOption, label: poll.options[Number(r.winningOption)] ?? "", votes: r.winningVotes},
    tied: r.tied,
    turnout: {votes: r.totalVotes, supply: r.totalSupply, bps: r.turnoutBps, voters: r.voterCount},
  };
}
