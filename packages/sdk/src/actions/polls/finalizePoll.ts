import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function finalizePoll<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {polls, pollId, account}: FinalizePollParameters,
): Promise<FinalizePollReturnType> {
  assertAddress(polls, "polls");
  assertAmount(pollId, "pollId");
  return writeProtocolContract(
    client,
    {address: polls, abi: holderPollsAbi, functionName: "finalize", args: [pollId], account},
    "finalizePoll",
  );
}
