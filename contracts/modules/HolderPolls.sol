// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {PersonalTokenModule} from "../abstracts/PersonalTokenModule.sol";
import {IHolderPolls} from "../interfaces/IHolderPolls.sol";
import {IPersonalToken} from "../interfaces/IPersonalToken.sol";
import {CappedSignatureChecker} from "../libraries/CappedSignatureChecker.sol";

/// @title HolderPolls
/// @notice See {IHolderPolls}.
/// @dev A clone launched by the factory beside the token, holding no tokens and moving none (so no re-entrancy guard:
/// its only outside calls are views of the token and the ERC-1271 `staticcall` to a smart-wallet voter, which gets
/// `ERC1271_GAS_LIMIT` gas and no more, so no voter can make a relayed batch run out of gas).
///
/// Weights are balances at a snapshot of the token ({IPersonalToken-balanceOfAt}), which this module (and only a polls
/// module the factory launched for the token) takes when a poll is created. A snapshot taken at `t` is final from
/// `t + 1`, so a poll opens no earlier than that: nobody votes with a balance that can still change.
///
/// Every check a vote goes through returns the custom error it would revert with instead of reverting, so
/// {relayVotes} can skip and report exactly what {voteBySig} would refuse, with the same code.
///
/// EIP-712: OpenZeppelin's EIP712 keeps the name and version hashes as immutables of the implementation, which clones
/// share, and rebuilds the domain separator whenever `address(this)` or `block.chainid` differs from the cached one
/// (always, for a clone), so a signed vote is bound to this clone and to the current chain.
contract HolderPolls is IHolderPolls, PersonalTokenModule, EIP712 {
    /// @notice Fewest options a poll may have.
    uint256 public constant MIN_OPTIONS = 2;
    /// @notice Most options a poll may have (bounds the work of reading a result).
    uint256 public constant MAX_OPTIONS = 16;
    /// @notice Longest a poll may stay open.
    uint64 public constant MAX_DURATION = 365 days;
    /// @notice Furthest ahead of its creation a poll may open.
    uint64 public constant MAX_START_DELAY = 365 days;
    /// @notice Basis points in 100% (turnout).
    uint256 public constant BPS = 10_000;
    /// @notice Gas given to a smart-wallet voter's ERC-1271 `isValidSignature`: enough for a multisig of several
    /// owners or a passkey wallet with a P-256 precompile, and all a hostile wallet can burn of a relayer's batch.
    uint256 public constant ERC1271_GAS_LIMIT = 100_000;
    /// @notice EIP-712 type hash of {IHolderPolls-Vote}.
    bytes32 public constant VOTE_TYPEHASH =
        keccak256("Vote(uint256 pollId,address voter,uint256 option,uint256 nonce)");

    /// @dev A poll as stored: the first slot holds everything a vote reads, the second everything a first vote adds
    /// to. `tallies` takes no storage until an option gets votes.
    struct Poll {
        uint64 start;
        uint64 end;
        uint48 snapshot;
        uint40 snapshotTime;
        uint8 optionCount;
        bool cancelled;
        bool finalized;
        uint208 totalVotes;
        uint48 voterCount;
        string questionURI;
        string[] options;
        uint256[MAX_OPTIONS] tallies;
    }

    /// @dev A voter's ballot and nonce in one poll, in one slot. Weights fit 208 bits (the token's supply bound).
    struct Record {
        uint208 weight;
        uint8 option;
        bool voted;
        uint32 nonce;
    }

    Poll[] private _polls;
    mapping(uint256 pollId => mapping(address voter => Record)) private _records;

    /// @dev Clones share the implementation's EIP-712 name and version hashes.
    constructor() EIP712("PersonalToken Polls", "1") {}

    /// @notice Sets the module up; called by the factory in the launch transaction.
    /// @dev Polls are created later, by the creator, one transaction each. Hence no data.
    /// @param tokenAmount Must be 0: the module holds no tokens.
    /// @param data Must be empty.
    function initializeModule(address token_, address creator_, uint256 tokenAmount, bytes calldata data)
        external
        initializer
    {
        if (tokenAmount != 0) revert HolderPolls_FundedAtLaunch(tokenAmount);
        if (data.length != 0) revert HolderPolls_UnexpectedData(data.length);
        _initializeModule(token_, creator_);
    }

    // ------------------------------------------------------------------------------------------------ creator

    /// @inheritdoc IHolderPolls
    function createPoll(string calldata questionURI, string[] calldata options, uint64 start, uint64 end)
        external
        onlyCreator
        returns (uint256 pollId)
    {
        if (bytes(questionURI).length == 0) revert HolderPolls_EmptyQuestion();
        uint256 count = options.length;
        if (count < MIN_OPTIONS || count > MAX_OPTIONS) revert HolderPolls_InvalidOptionCount(count);
        // The snapshot (or the latest one, if it is under a day old) is final one second after it was taken: a poll
        // opens no earlier, so every weight it counts is settled.
        (uint256 snapshot, uint256 snapshotTime) = IPersonalToken(token).snapshot();
        uint64 now_ = uint64(block.timestamp);
        // forge-lint: disable-next-line(unsafe-typecast) a block timestamp the token recorded at or before now
        uint64 earliest = snapshotTime < now_ ? now_ : uint64(snapshotTime) + 1;
        if (start < earliest) start = earliest;
        if (start >= end || end - start > MAX_DURATION || start - now_ > MAX_START_DELAY) {
            revert HolderPolls_InvalidWindow(start, end);
        }
        if (IERC20(token).totalSupply() == 0) revert HolderPolls_NoSupplyAtSnapshot(uint48(snapshot));

        pollId = _polls.length;
        Poll storage p = _polls.push();
        p.start = start;
        p.end = end;
        // forge-lint: disable-next-line(unsafe-typecast) the token's snapshot ids are 24 bits
        p.snapshot = uint48(snapshot);
        // forge-lint: disable-next-line(unsafe-typecast) the token's snapshot times are 40 bits
        p.snapshotTime = uint40(snapshotTime);
        // forge-lint: disable-next-line(unsafe-typecast) count <= MAX_OPTIONS
        p.optionCount = uint8(count);
        p.questionURI = questionURI;
        for (uint256 i; i < count; ++i) {
            if (bytes(options[i]).length == 0) revert HolderPolls_EmptyOption(i);
            p.options.push(options[i]);
        }
        emit PollCreated(pollId, questionURI, options, start, end, p.snapshot);
    }

    /// @inheritdoc IHolderPolls
    function cancelPoll(uint256 pollId) external onlyCreator {
        Poll storage p = _poll(pollId);
        if (p.cancelled) revert HolderPolls_PollIsCancelled(pollId);
        if (p.finalized) revert HolderPolls_AlreadyFinalized(pollId);
        if (p.voterCount != 0) revert HolderPolls_PollHasVotes(pollId, p.voterCount);
        p.cancelled = true;
        emit PollCancelled(pollId);
    }

    // ------------------------------------------------------------------------------------------------ voters

    /// @inheritdoc IHolderPolls
    function vote(uint256 pollId, uint256 option) external {
        bytes memory err = _openPollError(pollId, option);
        uint256 weight;
        if (err.length == 0) (weight, err) = _weight(pollId, msg.sender);
        if (err.length != 0) _revert(err);
        _record(pollId, msg.sender, option, weight);
    }

    /// @inheritdoc IHolderPolls
    function voteBySig(Vote calldata v, bytes calldata signature) external {
        (uint256 weight, bytes memory err) = _checkSigned(v, signature);
        if (err.length != 0) _revert(err);
        _record(v.pollId, v.voter, v.option, weight);
    }

    /// @inheritdoc IHolderPolls
    function relayVotes(Vote[] calldata votes, bytes[] calldata signatures) external returns (bool[] memory counted) {
        uint256 length = votes.length;
        if (signatures.length != length) revert HolderPolls_LengthMismatch(length, signatures.length);
        counted = new bool[](length);
        for (uint256 i; i < length; ++i) {
            Vote calldata v = votes[i];
            (uint256 weight, bytes memory err) = _checkSigned(v, signatures[i]);
            if (err.length != 0) {
                emit VoteSkipped(i, v.pollId, v.voter, err);
                continue;
            }
            _record(v.pollId, v.voter, v.option, weight);
            counted[i] = true;
        }
    }

    // ------------------------------------------------------------------------------------------------ anyone

    /// @inheritdoc IHolderPolls
    function finalize(uint256 pollId) external {
        Poll storage p = _poll(pollId);
        if (p.cancelled) revert HolderPolls_PollIsCancelled(pollId);
        if (p.finalized) revert HolderPolls_AlreadyFinalized(pollId);
        if (block.timestamp < p.end) revert HolderPolls_TooEarly(pollId, p.end);
        p.finalized = true;
        (uint256 option, bool tied, uint256 winningVotes) = _winner(p);
        emit PollFinalized(pollId, option, tied, winningVotes, p.totalVotes, _supply(p));
    }

    // ------------------------------------------------------------------------------------------------ views

    /// @inheritdoc IHolderPolls
    function pollCount() external view returns (uint256) {
        return _polls.length;
    }

    /// @inheritdoc IHolderPolls
    function getPoll(uint256 pollId) external view returns (PollView memory) {
        Poll storage p = _poll(pollId);
        return PollView({
            questionURI: p.questionURI,
            options: p.options,
            start: p.start,
            end: p.end,
            snapshot: p.snapshot,
            snapshotTime: p.snapshotTime,
            state: _state(p),
            voterCount: p.voterCount,
            totalVotes: p.totalVotes
        });
    }

    /// @inheritdoc IHolderPolls
    function state(uint256 pollId) external view returns (PollState) {
        return _state(_poll(pollId));
    }

    /// @inheritdoc IHolderPolls
    function tally(uint256 pollId) external view returns (uint256[] memory) {
        return _tallies(_poll(pollId));
    }

    /// @inheritdoc IHolderPolls
    function winner(uint256 pollId) external view returns (uint256 option, bool tied) {
        (option, tied,) = _winner(_poll(pollId));
    }

    /// @inheritdoc IHolderPolls
    function turnout(uint256 pollId) external view returns (uint256 votes, uint256 supply, uint256 bps) {
        Poll storage p = _poll(pollId);
        votes = p.totalVotes;
        supply = _supply(p);
        bps = _bps(votes, supply);
    }

    /// @inheritdoc IHolderPolls
    function results(uint256 pollId) external view returns (Results memory r) {
        Poll storage p = _poll(pollId);
        r.state = _state(p);
        r.tallies = _tallies(p);
        (r.winningOption, r.tied, r.winningVotes) = _winner(p);
        r.totalVotes = p.totalVotes;
        r.voterCount = p.voterCount;
        r.totalSupply = _supply(p);
        r.turnoutBps = _bps(r.totalVotes, r.totalSupply);
    }

    /// @inheritdoc IHolderPolls
    function hasVoted(uint256 pollId, address voter) external view returns (bool) {
        _poll(pollId);
        return _records[pollId][voter].voted;
    }

    /// @inheritdoc IHolderPolls
    function voteOf(uint256 pollId, address voter) external view returns (Ballot memory) {
        _poll(pollId);
        Record memory r = _records[pollId][voter];
        return Ballot({voted: r.voted, option: r.option, weight: r.weight});
    }

    /// @inheritdoc IHolderPolls
    function votingWeight(uint256 pollId, address voter) external view returns (uint256) {
        Poll storage p = _poll(pollId);
        if (block.timestamp <= p.snapshotTime) return IERC20(token).balanceOf(voter);
        return IPersonalToken(token).balanceOfAt(voter, p.snapshot);
    }

    /// @inheritdoc IHolderPolls
    function nonces(uint256 pollId, address voter) external view returns (uint256) {
        _poll(pollId);
        return _records[pollId][voter].nonce;
    }

    /// @inheritdoc IHolderPolls
    function voteDigest(Vote calldata v) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(VOTE_TYPEHASH, v.pollId, v.voter, v.option, v.nonce)));
    }

    /// @inheritdoc IHolderPolls
    function checkSignedVote(Vote calldata v, bytes calldata signature) external view returns (bytes memory reason) {
        (, reason) = _checkSigned(v, signature);
    }

    // ------------------------------------------------------------------------------------------------ internals

    function _revertNotCreator(address caller) internal pure override {
        revert HolderPolls_NotCreator(caller);
    }

    /// @dev Counts `weight` for `option`, or moves the voter's weight there, and uses up the voter's nonce.
    function _record(uint256 pollId, address voter, uint256 option, uint256 weight) private {
        Poll storage p = _polls[pollId];
        Record memory r = _records[pollId][voter];
        if (r.voted) {
            uint256 previous = r.option;
            if (previous != option) {
                p.tallies[previous] -= weight;
                p.tallies[option] += weight;
            }
            emit VoteChanged(pollId, voter, previous, option, weight);
        } else {
            p.tallies[option] += weight;
            p.totalVotes += SafeCast.toUint208(weight);
            ++p.voterCount;
            emit VoteCast(pollId, voter, option, weight);
        }
        _records[pollId][voter] = Record({
            // forge-lint: disable-next-line(unsafe-typecast) weight was cast safely into totalVotes on the first vote
            weight: uint208(weight),
            // forge-lint: disable-next-line(unsafe-typecast) option < optionCount <= MAX_OPTIONS
            option: uint8(option),
            voted: true,
            nonce: r.nonce + 1
        });
    }

    /// @dev The error {voteBySig} refuses `v` with (empty: none), and the weight it would count.
    function _checkSigned(Vote calldata v, bytes calldata signature)
        private
        view
        returns (uint256 weight, bytes memory err)
    {
        err = _openPollError(v.pollId, v.option);
        if (err.length != 0) return (0, err);
        uint256 current = _records[v.pollId][v.voter].nonce;
        if (v.nonce != current) {
            return (0, abi.encodeWithSelector(HolderPolls_InvalidNonce.selector, v.voter, current));
        }
        if (!_isValidSignature(v.voter, voteDigest(v), signature)) {
            return (0, abi.encodeWithSelector(HolderPolls_InvalidSignature.selector, v.voter));
        }
        return _weight(v.pollId, v.voter);
    }

    /// @dev {CappedSignatureChecker.check} with the ERC-1271 call capped at `ERC1271_GAS_LIMIT`; reverts with
    /// {HolderPolls_InsufficientGas} when the wallet may have had less than the cap (the sender's gas limit is at fault, not the
    /// signature).
    function _isValidSignature(address voter, bytes32 digest, bytes calldata signature) private view returns (bool) {
        (bool valid, bool gasShort) = CappedSignatureChecker.check(voter, digest, signature, ERC1271_GAS_LIMIT);
        if (gasShort) revert HolderPolls_InsufficientGas(voter, ERC1271_GAS_LIMIT);
        return valid;
    }

    /// @dev The error a vote for `option` in `pollId` is refused with now, whoever votes (empty: none).
    function _openPollError(uint256 pollId, uint256 option) private view returns (bytes memory) {
        if (pollId >= _polls.length) return abi.encodeWithSelector(HolderPolls_UnknownPoll.selector, pollId);
        Poll storage p = _polls[pollId];
        if (p.cancelled) return abi.encodeWithSelector(HolderPolls_PollIsCancelled.selector, pollId);
        if (block.timestamp < p.start) return abi.encodeWithSelector(HolderPolls_TooEarly.selector, pollId, p.start);
        if (block.timestamp >= p.end) return abi.encodeWithSelector(HolderPolls_TooLate.selector, pollId, p.end);
        if (option >= p.optionCount) {
            return abi.encodeWithSelector(HolderPolls_InvalidOption.selector, pollId, option, p.optionCount);
        }
        return "";
    }

    /// @dev `voter`'s weight in an existing poll: recorded at their first vote, else read at the snapshot; with the
    /// error if they have none.
    function _weight(uint256 pollId, address voter) private view returns (uint256 weight, bytes memory err) {
        weight = _records[pollId][voter].weight;
        if (weight == 0) {
            uint48 snapshot = _polls[pollId].snapshot;
            // A vote passed _openPollError, so the poll has started and its snapshot is final.
            weight = IPersonalToken(token).balanceOfAt(voter, snapshot);
            if (weight == 0) err = abi.encodeWithSelector(HolderPolls_NoVotingWeight.selector, voter, snapshot);
        }
    }

    /// @dev Leading option (lowest index among equals), whether another option equals it, and its votes.
    function _winner(Poll storage p) private view returns (uint256 option, bool tied, uint256 best) {
        uint256 count = p.optionCount;
        best = p.tallies[0];
        for (uint256 i = 1; i < count; ++i) {
            uint256 t = p.tallies[i];
            if (t > best) {
                (option, best, tied) = (i, t, false);
            } else if (t == best) {
                tied = true;
            }
        }
    }

    function _tallies(Poll storage p) private view returns (uint256[] memory t) {
        uint256 count = p.optionCount;
        t = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            t[i] = p.tallies[i];
        }
    }

    /// @dev Supply at the snapshot; until the snapshot is final (its own second), the supply so far.
    function _supply(Poll storage p) private view returns (uint256) {
        if (block.timestamp <= p.snapshotTime) return IERC20(token).totalSupply();
        return IPersonalToken(token).totalSupplyAt(p.snapshot);
    }

    /// @dev `votes` in basis points of `supply` (zero for a zero supply: everything burned in the snapshot's second).
    function _bps(uint256 votes, uint256 supply) private pure returns (uint256) {
        return supply == 0 ? 0 : votes * BPS / supply;
    }

    function _state(Poll storage p) private view returns (PollState) {
        if (p.cancelled) return PollState.Cancelled;
        if (p.finalized) return PollState.Finalized;
        if (block.timestamp < p.start) return PollState.Pending;
        if (block.timestamp < p.end) return PollState.Active;
        return PollState.Ended;
    }

    function _poll(uint256 pollId) private view returns (Poll storage) {
        if (pollId >= _polls.length) revert HolderPolls_UnknownPoll(pollId);
        return _polls[pollId];
    }

    /// @dev Reverts with an error encoded by the checks above.
    function _revert(bytes memory err) private pure {
        assembly ("memory-safe") {
            revert(add(err, 0x20), mload(err))
        }
    }
}
