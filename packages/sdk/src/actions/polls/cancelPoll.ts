import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function cancelPoll<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {polls, pollId, account}: CancelPollParameters,
): Promise<CancelPollReturnType> {
  assertAddress(polls, "polls");
  assertAmount(pollId, "pollId");
  return writeProtocolContract(
    client,
    {address: polls, abi: holderPollsAbi, functionName: "cancelPoll", args: [pollId], account},
    "cancelPoll",
  );
}
