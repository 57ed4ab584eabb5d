// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";

import {IPersonalTokenModule} from "./IPersonalTokenModule.sol";

/// @title IHolderPolls
/// @notice "Control My Life": the creator asks the holders to decide something (which daily habit, which book, what
/// diet) and the holders answer, 1 token = 1 vote.
///
/// - **Weight** is the voter's balance of the personal token at the poll's snapshot, `balanceOfAt(voter, snapshot)`.
///   Creating a poll takes a token snapshot (or reuses the latest one if it is less than the token's
///   `SNAPSHOT_INTERVAL`, one day, old): balances as they stand at the end of the second the snapshot was taken in.
///   Voting opens no earlier than the next second, when the snapshot is final. Every holder votes with their balance
///   at the snapshot, with no action beforehand; tokens bought or sold after it change nothing, so the same tokens
///   never vote twice. A buy before and a sell after the creation in the same block cancel out.
/// - **Voting** is open for `start <= block.timestamp < end`, directly ({vote}) or by an EIP-712 signature anyone can
///   submit ({voteBySig}, {relayVotes}); ERC-1271 smart-wallet voters sign too (their `isValidSignature` gets
///   `ERC1271_GAS_LIMIT` gas; a wallet that needs more votes directly with {vote}). A voter may change their vote until
///   `end`: their fixed weight moves from the old option to the new one. Every vote, direct or signed, uses up the
///   voter's per-poll nonce, so a signed vote can be counted once and no earlier signature survives a later vote.
/// - **Results** are readable at any time ({tally}, {winner}, {turnout}, {results}) and final once voting ended;
///   anyone may {finalize} an ended poll once, recording the result in {PollFinalized}. Ties: {winner} reports the
///   lowest-index option among those with the most votes and `tied = true`; a poll without votes is tied.
/// - **The creator** creates polls and may cancel one only while nobody has voted on it. Nobody can change a poll's
///   question, options or times after creation, or remove a vote.
interface IHolderPolls is IPersonalTokenModule, IERC5267 {
    /// @notice Where a poll stands. Only `Cancelled` and `Finalized` are stored; the rest follow from the clock.
    /// `Pending`: before `start`. `Active`: voting open. `Ended`: voting closed, not finalized yet.
    enum PollState {
        Pending,
        Active,
        Ended,
        Finalized,
        Cancelled
    }

    /// @notice A signed vote: `voter` chooses `option` in poll `pollId`.
    /// @param pollId The poll.
    /// @param voter Who votes (the signer: an EOA, or an ERC-1271 contract).
    /// @param option Index into the poll's options.
    /// @param nonce The voter's nonce for this poll ({nonces}) when the vote is submitted.
    struct Vote {
        uint256 pollId;
        address voter;
        uint256 option;
        uint256 nonce;
    }

    /// @notice A poll as stored and as it stands now.
    /// @param questionURI Where the question (and any detail) is published.
    /// @param options The choices, at least 2 and at most `MAX_OPTIONS`.
    /// @param start First second votes are accepted.
    /// @param end First second votes are no longer accepted.
    /// @param snapshot The token snapshot id the weights are read at.
    /// @param snapshotTime When that snapshot was taken: it holds balances at the end of that second.
    /// @param state Where the poll stands now.
    /// @param voterCount Distinct voters so far.
    /// @param totalVotes Sum of the weights counted (== the sum of the tallies).
    struct PollView {
        string questionURI;
        string[] options;
        uint64 start;
        uint64 end;
        uint48 snapshot;
        uint40 snapshotTime;
        PollState state;
        uint256 voterCount;
        uint256 totalVotes;
    }

    /// @notice A voter's ballot in one poll.
    /// @param voted Whether the voter has voted.
    /// @param option The option the weight counts for (meaningful only if `voted`).
    /// @param weight The weight counted (balance at the snapshot; 0 if not voted).
    struct Ballot {
        bool voted;
        uint256 option;
        uint256 weight;
    }

    /// @notice Everything about a poll's outcome in one call.
    /// @param state Where the poll stands; the numbers are final from `Ended` on.
    /// @param tallies Votes per option, in option order.
    /// @param winningOption The option with the most votes (the lowest index among equals).
    /// @param tied Whether another option has as many votes as `winningOption` (always true without votes).
    /// @param winningVotes Votes for `winningOption`.
    /// @param totalVotes Sum of the tallies.
    /// @param voterCount Distinct voters.
    /// @param totalSupply Token supply at the snapshot (`totalSupplyAt(snapshot)`).
    /// @param turnoutBps `totalVotes * 10_000 / totalSupply`, rounded down (0 for a zero supply).
    struct Results {
        PollState state;
        uint256[] tallies;
        uint256 winningOption;
        bool tied;
        uint256 winningVotes;
        uint256 totalVotes;
        uint256 voterCount;
        uint256 totalSupply;
        uint256 turnoutBps;
    }

    /// @notice Emitted when the creator creates a poll.
    event PollCreated(
        uint256 indexed pollId, string questionURI, string[] options, uint64 start, uint64 end, uint48 snapshot
    );
    /// @notice Emitted when the creator cancels a poll nobody voted on.
    event PollCancelled(uint256 indexed pollId);
    /// @notice Emitted when a voter votes in a poll for the first time.
    event VoteCast(uint256 indexed pollId, address indexed voter, uint256 option, uint256 weight);
    /// @notice Emitted when a voter votes again: `weight` moved from `previousOption` to `option` (they may be equal).
    event VoteChanged(
        uint256 indexed pollId, address indexed voter, uint256 previousOption, uint256 option, uint256 weight
    );
    /// @notice Emitted by {relayVotes} for each signed vote it did not count: `reason` is the encoded custom error
    /// {voteBySig} would have reverted with (decode it with this ABI).
    event VoteSkipped(uint256 indexed index, uint256 indexed pollId, address indexed voter, bytes reason);
    /// @notice Emitted once per poll by {finalize}: the result, recorded.
    event PollFinalized(
        uint256 indexed pollId,
        uint256 winningOption,
        bool tied,
        uint256 winningVotes,
        uint256 totalVotes,
        uint256 totalSupply
    );

    /// @notice Thrown at launch when the module is given tokens: it holds none.
    error HolderPolls_FundedAtLaunch(uint256 tokenAmount);
    /// @notice Thrown at launch when the module is given data: it takes none (polls cannot be created at launch).
    error HolderPolls_UnexpectedData(uint256 length);
    /// @notice Thrown when a creator-only function is called by someone else.
    error HolderPolls_NotCreator(address caller);
    /// @notice Thrown when creating a poll with an empty question URI.
    error HolderPolls_EmptyQuestion();
    /// @notice Thrown when creating a poll with fewer than 2 or more than `MAX_OPTIONS` options.
    error HolderPolls_InvalidOptionCount(uint256 count);
    /// @notice Thrown when option `index` of a new poll is the empty string.
    error HolderPolls_EmptyOption(uint256 index);
    /// @notice Thrown when a new poll's window is empty, longer than `MAX_DURATION`, or starts more than
    /// `MAX_START_DELAY` from now (`start` is the effective start: a start in the past means now).
    error HolderPolls_InvalidWindow(uint64 start, uint64 end);
    /// @notice Thrown when creating a poll for a token with no supply left (everything burned).
    error HolderPolls_NoSupplyAtSnapshot(uint48 snapshot);
    /// @notice Thrown for a poll id that does not exist.
    error HolderPolls_UnknownPoll(uint256 pollId);
    /// @notice Thrown when voting on, cancelling or finalizing a cancelled poll.
    error HolderPolls_PollIsCancelled(uint256 pollId);
    /// @notice Thrown when finalizing or cancelling a poll that was finalized.
    error HolderPolls_AlreadyFinalized(uint256 pollId);
    /// @notice Thrown when voting before `start` (`opensAt = start`) or finalizing before `end` (`opensAt = end`).
    error HolderPolls_TooEarly(uint256 pollId, uint64 opensAt);
    /// @notice Thrown when voting at or after `end`.
    error HolderPolls_TooLate(uint256 pollId, uint64 closedAt);
    /// @notice Thrown for an option index the poll does not have.
    error HolderPolls_InvalidOption(uint256 pollId, uint256 option, uint256 optionCount);
    /// @notice Thrown when `voter` held no tokens at the poll's snapshot.
    error HolderPolls_NoVotingWeight(address voter, uint48 snapshot);
    /// @notice Thrown when a signed vote's nonce is not the voter's current nonce for the poll (`currentNonce`).
    error HolderPolls_InvalidNonce(address voter, uint256 currentNonce);
    /// @notice Thrown when a signed vote's signature is not `voter`'s (EOA) or is refused by `voter` (ERC-1271).
    error HolderPolls_InvalidSignature(address voter);
    /// @notice Thrown when the transaction has too little gas left to give `voter`'s ERC-1271 `isValidSignature` its
    /// full `gasLimit` (`ERC1271_GAS_LIMIT`, EIP-150 keeps 1/64 back): the sender's gas limit, not the wallet, is at
    /// fault, so the call reverts rather than report a valid wallet signature as invalid. Resend with more gas.
    error HolderPolls_InsufficientGas(address voter, uint256 gasLimit);
    /// @notice Thrown by {relayVotes} when there are not as many signatures as votes.
    error HolderPolls_LengthMismatch(uint256 votes, uint256 signatures);
    /// @notice Thrown when cancelling a poll somebody voted on.
    error HolderPolls_PollHasVotes(uint256 pollId, uint256 voterCount);

    /// @notice Creates a poll (creator only) and takes its token snapshot (or reuses one under a day old).
    /// @dev Emits {PollCreated}.
    ///
    /// Requirements:
    /// - `questionURI` is not empty; 2 to `MAX_OPTIONS` options, none empty.
    /// - `max(start, now) < end`, `end - max(start, now) <= MAX_DURATION`, `start <= now + MAX_START_DELAY`.
    /// - The token has supply. A `start` before the snapshot is final (the next second) is moved up to it.
    /// @param questionURI Where the question is published (e.g. `ipfs://…`).
    /// @param options The choices, shown in this order; votes name them by index.
    /// @param start When voting opens; 0 or any time in the past means now.
    /// @param end When voting closes (exclusive).
    /// @return pollId The new poll's id (polls are numbered from 0).
    function createPoll(string calldata questionURI, string[] calldata options, uint64 start, uint64 end)
        external
        returns (uint256 pollId);

    /// @notice Cancels a poll nobody voted on (creator only). Cancelled polls take no votes and cannot be finalized.
    /// @dev Emits {PollCancelled}.
    ///
    /// Requirements: the poll exists, is neither cancelled nor finalized, and has no votes.
    function cancelPoll(uint256 pollId) external;

    /// @notice Votes `option` in `pollId` with the caller's weight, or moves the caller's vote to `option`.
    /// @dev Emits {VoteCast} (first vote) or {VoteChanged}. Uses up the caller's nonce for the poll, so any signed vote
    /// the caller handed out earlier can no longer be counted.
    ///
    /// Requirements: the poll exists and is not cancelled; `start <= now < end`; `option` exists; the caller had votes
    /// at the snapshot.
    function vote(uint256 pollId, uint256 option) external;

    /// @notice Counts `v` signed by `v.voter` (EIP-712, see {voteDigest}); anyone may submit it.
    /// @dev Emits {VoteCast} or {VoteChanged}.
    ///
    /// Requirements: as {vote}, and `v.nonce == nonces(v.pollId, v.voter)` and `signature` is valid for `v.voter`
    /// (ECDSA for an account without code, ERC-1271 otherwise: `isValidSignature` called with `ERC1271_GAS_LIMIT` gas,
    /// a wallet that fails or runs out of it refuses the signature). Reverts with {HolderPolls_InsufficientGas} if the
    /// transaction has too little gas left to give the wallet that much.
    function voteBySig(Vote calldata v, bytes calldata signature) external;

    /// @notice Counts many signed votes in one transaction; one stale or invalid vote does not stop the others.
    /// Each vote is checked exactly as {voteBySig} checks it, in order (so a voter's second vote in the batch needs the
    /// next nonce); a vote that would not be counted is skipped and reported. No vote can make the batch revert: a
    /// smart wallet's check costs at most `ERC1271_GAS_LIMIT` plus overhead, whatever it does, so a relayer budgets
    /// that much gas per smart-wallet vote beyond a simulation (a hostile wallet can answer a simulation differently).
    /// @dev Emits {VoteCast} / {VoteChanged} per counted vote and {VoteSkipped} per skipped one.
    ///
    /// Requirements: `votes.length == signatures.length`; enough gas for every smart-wallet check to get
    /// `ERC1271_GAS_LIMIT` ({HolderPolls_InsufficientGas} otherwise: the sender's gas limit is at fault, not a vote).
    /// @return counted Whether each vote was counted, in order.
    function relayVotes(Vote[] calldata votes, bytes[] calldata signatures) external returns (bool[] memory counted);

    /// @notice Records the result of an ended poll; anyone may call, once per poll.
    /// @dev Emits {PollFinalized}.
    ///
    /// Requirements: the poll exists, is not cancelled or finalized, and `now >= end`.
    function finalize(uint256 pollId) external;

    /// @notice Number of polls ever created (ids are `0 .. pollCount - 1`).
    function pollCount() external view returns (uint256);
    /// @notice Poll `pollId`: question, options, window, snapshot, state and totals.
    function getPoll(uint256 pollId) external view returns (PollView memory);
    /// @notice Where poll `pollId` stands now.
    function state(uint256 pollId) external view returns (PollState);
    /// @notice Votes per option, in option order.
    function tally(uint256 pollId) external view returns (uint256[] memory);
    /// @notice The leading option (final once voting ended).
    /// @return option The option with the most votes; the lowest index among options with as many.
    /// @return tied Whether another option has as many votes (true when nobody voted): no single winner.
    function winner(uint256 pollId) external view returns (uint256 option, bool tied);
    /// @notice Participation: votes counted against the supply at the snapshot.
    /// @return votes Sum of the weights counted.
    /// @return supply `totalSupplyAt(snapshot)` (includes tokens held by contracts that cannot vote, e.g. a
    /// vesting wallet).
    /// @return bps `votes * 10_000 / supply`, rounded down.
    function turnout(uint256 pollId) external view returns (uint256 votes, uint256 supply, uint256 bps);
    /// @notice Tallies, winner, tie, turnout and state of poll `pollId` in one call.
    function results(uint256 pollId) external view returns (Results memory);
    /// @notice Whether `voter` has voted in poll `pollId`.
    function hasVoted(uint256 pollId, address voter) external view returns (bool);
    /// @notice `voter`'s ballot in poll `pollId`.
    function voteOf(uint256 pollId, address voter) external view returns (Ballot memory);
    /// @notice The weight `voter` votes with in poll `pollId`: their balance at the snapshot (until the snapshot is
    /// final, in its own second, their balance so far).
    function votingWeight(uint256 pollId, address voter) external view returns (uint256);
    /// @notice The nonce `voter`'s next signed vote in poll `pollId` must carry (the number of votes they cast in it).
    function nonces(uint256 pollId, address voter) external view returns (uint256);
    /// @notice The EIP-712 digest `v.voter` signs: domain `("PersonalToken Polls", "1", block.chainid, this module)`,
    /// type `Vote(uint256 pollId,address voter,uint256 option,uint256 nonce)`.
    function voteDigest(Vote calldata v) external view returns (bytes32);
    /// @notice Why {voteBySig} would not count `v` now, as the encoded custom error; empty if it would. Lets a relayer
    /// filter a batch before sending it (a smart wallet may answer differently in the mined transaction; the gas cap
    /// bounds what that costs).
    function checkSignedVote(Vote calldata v, bytes calldata signature) external view returns (bytes memory reason);
}
