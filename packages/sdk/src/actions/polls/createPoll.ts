import type {Account, Chain, Client, Hash, Transport} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {readProtocolContract, writeProtocolContract} from "../../utils/contract.js";
import {assertAbiValue} from "../../utils/validate.js";
import {type PollsParameters, pollsContract} from "./pollsContract.js";

/** `HolderPolls.MIN_OPTIONS` / `MAX_OPTIONS`. */
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 16;

export type CreatePollParameters = PollsParameters & {
  /** Where the question lives (ipfs://..., https://...) or the question itself; must not be empty. */
  questionURI: string;
  /** 2 to 16 non-empty labels. */
  options: readonly string[];
  /** When voting opens (unix seconds); omitted or in the past: now. At most 365 days ahead. */
  start?: bigint | undefined;
  /** When voting closes (exclusive; unix seconds): after the start, at most 365 days after it. */
  end: bigint;
};
export type CreatePollReturnType = {
  hash: Hash;
  /** The new poll's id (`pollCount()` read before sending: only the creator creates polls). */
  pollId: bigint;
};
export type CreatePollErrorType = WriteActionErrorType;

/**
 * The creator asks the holders a question. The token takes a balance snapshot now (or reuses one under a day old):
 * only tokens held at the end of the snapshot's second vote, and voting opens the second after it at the earliest. Options and times can never be edited; a poll without votes can be cancelled.
 *
 * @example
 * const {pollId} = await createPoll(creator, {polls, questionURI: "ipfs://june", options: ["Run 5 km", "Learn piano"], end: now + 7n * 86_400n})
 */
export async function createPoll<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {polls, questionURI, options, start = 0n, end, account}: CreatePollParameters,
): Promise<CreatePollReturnType> {
  const module = pollsContract.at(polls);
  if (typeof questionURI !== "string" || questionURI === "") {
    throw new InvalidParameterError({field: "questionURI", reason: "must be a non-empty string"});
  }
  assertAbiValue({type: "string[]"}, options, "options");
  if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
    throw new InvalidParameterError({
      field: "options",
      reason: `must have ${MIN_OPTIONS} to ${MAX_OPTIONS} entries, not ${options.length}`,
    });
  }
  options.forEach((option, i) => {
    if (option === "") throw new InvalidParameterError({field: `options[${i}]`, reason: "must not be empty"});
  });
  assertAbiValue({type: "uint64"}, start, "start");
  assertAbiValue({type: "uint64"}, end, "end");
  if (end <= start) throw new InvalidParameterError({field: "end", reason: "must be after start"});
  const pollId = await readProtocolContract(client, {...module, functionName: "pollCount"});
  const hash = await writeProtocolContract(
    client,
    {...module, functionName: "createPoll", args: [questionURI, options, start, end], account},
    "createPoll",
  );
  return {hash, pollId};
}
