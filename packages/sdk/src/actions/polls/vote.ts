import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAbiValue, assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function vote<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {polls, pollId, option, account}: VoteParameters,
): Promise<VoteReturnType> {
  assertAddress(polls, "polls");
  assertAmount(pollId, "pollId");
  assertAbiValue({type: "uint256"}, option, "option");
  return writeProtocolContract(
    client,
    {address: polls, abi: holderPollsAbi, functionName: "vote", args: [pollId, BigInt(option)], account},
    "vote",
  );
}
