import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {time, tokens} from "./format.js";

/** The polls contract's custom errors in words: what went wrong and what to do. */
export const pollsMessages: MessagesOf<Extract<ProtocolErrorName, `HolderPolls_${string}`>> = {
  HolderPolls_FundedAtLaunch: ([amount]) =>
    `The polls module was given ${tokens(amount)} at launch: launch it with tokenAmount 0 (it holds no tokens).`,
  HolderPolls_UnexpectedData: ([length]) =>
    `The polls module was given ${length} bytes of data at launch: launch it with empty data (polls are created after launch).`,
  HolderPolls_NotCreator: ([caller]) => `${caller} is not the creator: only the creator can create or cancel polls.`,
  HolderPolls_EmptyQuestion: () => "The poll has no question: give it a question URI.",
  HolderPolls_InvalidOptionCount: ([count]) => `A poll needs 2 to 16 options, not ${count}.`,
  HolderPolls_EmptyOption: ([index]) => `Option ${index} is empty: give every option a label.`,
  HolderPolls_InvalidWindow: ([start, end]) =>
    `The voting window ${time(start)} to ${time(end)} is invalid: the end must be after the start and in the future, at most 365 days long, opening at most 365 days ahead.`,
  HolderPolls_NoSupplyAtSnapshot: ([snapshot]) =>
    `The token has no supply left to weigh votes with (snapshot ${snapshot}): every token was burned.`,
  HolderPolls_UnknownPoll: ([pollId]) => `Poll ${pollId} does not exist.`,
  HolderPolls_PollIsCancelled: ([pollId]) => `Poll ${pollId} was cancelled.`,
  HolderPolls_AlreadyFinalized: ([pollId]) => `Poll ${pollId} is already finalized.`,
  HolderPolls_TooEarly: ([pollId, opensAt]) => `Poll ${pollId} opens at ${time(opensAt)}: try again then.`,
  HolderPolls_TooLate: ([pollId, closedAt]) => `Poll ${pollId} closed at ${time(closedAt)}: voting is over.`,
  HolderPolls_InvalidOption: ([pollId, option, optionCount]) =>
    `Poll ${pollId} has ${optionCount} options (0 to ${BigInt(optionCount) - 1n}), not option ${option}.`,
  HolderPolls_NoVotingWeight: ([voter, snapshot]) =>
    `${voter} held no tokens at the poll's snapshot (snapshot ${snapshot}, the end of the creating second): only holders then can vote.`,
  HolderPolls_InvalidNonce: ([voter, currentNonce]) =>
    `The signed vote's nonce is stale (${voter}'s nonce is now ${currentNonce}): the voter voted since; sign again.`,
  HolderPolls_InvalidSignature: ([voter]) => `The signature is not ${voter}'s signature of this vote.`,
  HolderPolls_InsufficientGas: ([voter, gasLimit]) =>
    `Too little gas to check ${voter}'s smart-wallet signature (each check gets ${gasLimit} gas): send the transaction again with a higher gas limit.`,
  HolderPolls_LengthMismatch: ([votes, signatures]) =>
    `${votes} votes but ${signatures} signatures: give one signature per vote.`,
  HolderPolls_PollHasVotes: ([pollId, voterCount]) =>
    `Poll ${pollId} already has ${voterCount} voters: a poll with votes cannot be cancelled.`,
};
