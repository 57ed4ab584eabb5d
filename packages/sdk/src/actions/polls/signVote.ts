import type {Account, Address, Chain, Client, Hex, Transport} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import {holderPollsAbi} from "../../generated.js";
import {readNamed} from "../../utils/contract.js";
import {type SignModuleMessageErrorType, signModuleMessage} from "../../utils/eip712.js";
import {assertAbiValue, assertAddress, assertAmount, firstParameter} from "../../utils/validate.js";
import {pollsContract} from "./pollsContract.js";

/** `IHolderPolls.Vote`, the EIP-712 struct a holder signs. */
export type PollVote = {pollId: bigint; voter: Address; option: bigint; nonce: bigint};

/** A vote signed off-chain: hand it to anyone who relays it ({@link relayVotes}). */
export type SignedVote = {vote: PollVote; signature: Hex};

export type SignVoteParameters = {
  /** The token's polls module (`HolderPolls`). */
  polls: Address;
  pollId: bigint;
  /** The option's index (0-based). */
  option: bigint | number;
  /**
   * Whose vote it is; defaults to the signing account. A smart wallet (ERC-1271) votes with its owner's signature:
   * pass the wallet here and sign with the owner's account.
   */
  voter?: Address | undefined;
  /** The signer; defaults to the client's account. */
  account?: Account | Address | undefined;
};
export type SignVoteReturnType = SignedVote;
export type SignVoteErrorType = SignModuleMessageErrorType;

/**
 * The EIP-712 types of `IHolderPolls.Vote` (`VOTE_TYPEHASH`:
 * `Vote(uint256 pollId,address voter,uint256 option,uint256 nonce)`), from the generated ABI's struct.
 *
 * @example
 * // check a signed vote off-chain before relaying it
 * const valid = await verifyTypedData({address: voter, domain, types: voteTypes, primaryType: "Vote", message, signature})
 */
export const voteTypes = {
  Vote: /* @__PURE__ */ firstParameter(holderPollsAbi, "voteDigest", "inputs").components,
} as const;

/**
 * Signs a gasless vote (no transaction): reads the voter's per-poll nonce and the module's EIP-712 domain (ERC-5267
 * `eip712Domain()`: "PersonalToken Polls", "1", chain id, the module) and signs `Vote{pollId, voter, option, nonce}`.
 * Any vote the voter casts afterwards uses up the nonce, so an older signed vote can never be replayed.
 *
 * @example
 * const signed = await signVote(holderClient, {polls, pollId: 0n, option: 1n}) // no gas: relay it with relayVotes
 */
export async function signVote<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {polls, pollId, option, voter, account}: SignVoteParameters,
): Promise<SignVoteReturnType> {
  const contract = pollsContract.at(polls);
  assertAmount(pollId, "pollId");
  assertAbiValue({type: "uint256"}, option, "option");
  if (voter !== undefined) assertAddress(voter, "voter");
  const {message: vote, signature} = await signModuleMessage(client as Client, {
    address: contract.address,
    account,
    action: "signVote",
    types: voteTypes,
    primaryType: "Vote",
    read: (signer) =>
      readNamed(client, contract, {nonce: ["nonces", [pollId, voter ?? signer]], poll: ["getPoll", [pollId]]}),
    build: ({nonce, poll}, signer): PollVote => {
      // The contract would refuse it only when relayed: say so before anything is signed.
      if (BigInt(option) >= BigInt(poll.options.length)) {
        throw new InvalidParameterError({
          field: "option",
          reason: `must be one of poll ${pollId}'s ${poll.options.length} options (0 to ${poll.options.length - 1}), not ${option}`,
        });
      }
      return {pollId, voter: voter ?? signer, option: BigInt(option), nonce};
    },
  });
  return {vote, signature};
}
