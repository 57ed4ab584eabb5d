import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type Hash,
  type Hex,
  type Log,
  parseEventLogs,
  type Transport,
} from "viem";
import type {ContractRevertedError} from "../../errors/contract.js";
import {decodeRevertDataWith} from "../../errors/decodeRevert.js";
import {commonMessages} from "../../errors/messages/common.js";
import {pollsMessages} from "../../errors/messages/polls.js";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {holderPollsAbi} from "../../generated.js";
import {readProtocolContract, writeProtocolContract, zipResults} from "../../utils/contract.js";
import {erc1271ExtraGas} from "../../utils/erc1271.js";
import {assertAbiValue} from "../../utils/validate.js";
import {type PollsParameters, pollsContract} from "./pollsContract.js";
import {type SignedVote, voteTypes} from "./signVote.js";

export type RelayVotesParameters = PollsParameters & {
  /** Signed votes ({@link signVote}), for any polls of this module. */
  votes: readonly SignedVote[];
  /**
   * Send only the votes that would count now (checked with `checkSignedVote` first), saving the gas of skipped ones.
   * Default true; with false every vote is sent and the contract skips the invalid ones (`VoteSkipped`).
   */
  dropInvalid?: boolean | undefined;
};

/** What became, or will become, of one signed vote. */
export type RelayVoteResult = {
  /** Its position in `votes`. */
  index: number;
  vote: SignedVote["vote"];
  counted: boolean;
  /** Why it is skipped (e.g. `HolderPolls_InvalidNonce`: the voter voted since), with a readable `shortMessage`. */
  error?: ContractRevertedError | undefined;
  /** `error.shortMessage`, or "unknown reason" for data the SDK cannot decode. */
  reason?: string | undefined;
};

export type RelayVotesReturnType = {
  /** The transaction; undefined when no vote would count (nothing was sent). */
  hash: Hash | undefined;
  /** Per vote, as checked against the latest block just before sending. {@link getRelayResultsFromReceipt} gives the mined outcome. */
  results: RelayVoteResult[];
};
export type RelayVotesErrorType = WriteActionErrorType;

/**
 * Submits holders' signed votes in one transaction (`relayVotes`); anyone can, paying the gas. Each vote is checked
 * first as the contract will check it (`checkSignedVote`: poll open, option valid, nonce current, signature by the
 * voter or their ERC-1271 wallet, weight at the snapshot); invalid ones come back with a decoded reason and are left
 * out unless `dropInvalid: false`. Each vote of a smart-wallet voter adds the contract's `ERC1271_GAS_LIMIT` to the
 * gas sent: a wallet that accepts in simulation and burns gas when mined is then skipped, not the batch reverted.
 *
 * @example
 * const signed = await signVote(holderClient, {polls, pollId: 0n, option: 1n})
 * const {hash, results} = await relayVotes(relayerClient, {polls, votes: [signed]})
 */
export async function relayVotes<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {polls, votes, dropInvalid = true, account}: RelayVotesParameters,
): Promise<RelayVotesReturnType> {
  const contract = pollsContract.at(polls);
  if (!Array.isArray(votes) || votes.length === 0) {
    throw new InvalidParameterError({field: "votes", reason: "must be a non-empty array of signed votes"});
  }
  votes.forEach((signed, i) => {
    assertAbiValue(voteParameter, signed?.vote, `votes[${i}].vote`);
    assertAbiValue({type: "bytes"}, signed.signature, `votes[${i}].signature`);
  });
  const reasons = await Promise.all(
    votes.map(({vote, signature}) =>
      readProtocolContract(client, {...contract, functionName: "checkSignedVote", args: [vote, signature]}),
    ),
  );
  const checked = zipResults(votes, reasons).map(([signed, reason], index) => ({
    signed,
    result: result(polls, index, signed.vote, reason),
  }));
  const results = checked.map(({result}) => result);
  const sent = dropInvalid ? checked.filter(({result}) => result.counted).map(({signed}) => signed) : votes;
  if (sent.length === 0) return {hash: undefined, results};
  const voters = sent.map(({vote}) => vote.voter);
  const extraGas = await erc1271ExtraGas(client as Client, voters, () =>
    readProtocolContract(client, {...contract, functionName: "ERC1271_GAS_LIMIT"}),
  );
  const hash = await writeProtocolContract(
    client,
    {
      ...contract,
      functionName: "relayVotes",
      args: [sent.map((s) => s.vote), sent.map((s) => s.signature)],
      account,
      extraGas,
    },
    "relayVotes",
  );
  return {hash, results};
}

/**
 * The votes a mined `relayVotes` transaction skipped (`VoteSkipped`), decoded: `index` is the position in the batch
 * that was sent (with `dropInvalid`, among the valid votes only).
 *
 * @example
 * const skipped = getRelayResultsFromReceipt(await publicClient.waitForTransactionReceipt({hash}))
 */
export function getRelayResultsFromReceipt(receipt: {logs: readonly Log[]}): {
  skipped: {index: number; pollId: bigint; voter: Address; error: ContractRevertedError | undefined; reason: string}[];
  counted: {pollId: bigint; voter: Address; option: bigint; weight: bigint}[];
} {
  const logs = parseEventLogs({
    abi: holderPollsAbi,
    logs: [...receipt.logs],
    eventName: ["VoteSkipped", "VoteCast", "VoteChanged"],
  });
  const skipped = [];
  const counted = [];
  for (const log of logs) {
    if (log.eventName === "VoteSkipped") {
      const error = decodeRevertDataWith(log.args.reason, skippedVoteErrors, {
        contractAddress: log.address,
        functionName: "relayVotes",
      });
      skipped.push({
        index: Number(log.args.index),
        pollId: log.args.pollId,
        voter: log.args.voter,
        error,
        reason: error?.shortMessage ?? "unknown reason",
      });
    } else {
      const {pollId, voter, option, weight} = log.args;
      counted.push({pollId, voter, option, weight});
    }
  }
  return {skipped, counted};
}

/** A skipped vote's reason is decoded synchronously (from a receipt or `checkSignedVote`): its sentences ship with it. */
const skippedVoteErrors = {
  abi: holderPollsAbi,
  messages: /* @__PURE__ */ Object.assign({}, commonMessages, pollsMessages),
};

/** A vote as `relayVotes` takes it: the EIP-712 struct the holder signed. */
const voteParameter = {type: "tuple", components: voteTypes.Vote} as const;

function result(polls: Address, index: number, vote: SignedVote["vote"], reason: Hex): RelayVoteResult {
  if (reason === "0x") return {index, vote, counted: true};
  const error = decodeRevertDataWith(reason, skippedVoteErrors, {contractAddress: polls, functionName: "relayVotes"});
  return {index, vote, counted: false, error, reason: error?.shortMessage ?? `unknown reason (${reason})`};
}
