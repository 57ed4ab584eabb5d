// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../../contracts/PersonalToken.sol";
import {IHolderPolls} from "../../../contracts/interfaces/IHolderPolls.sol";
import {HolderPolls} from "../../../contracts/modules/HolderPolls.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives one {HolderPolls} module and its token: the creator creates, cancels and anyone finalizes polls;
/// holders (each with a key) vote directly, by signature and in relayed batches that mix valid votes with replays,
/// wrong signers and future nonces; tokens move and are burned between votes; time jumps onto poll boundaries. An
/// independent ledger (balances, the balances at each token snapshot, each poll's weights taken from them, ballots,
/// tallies, nonces) lets the invariant suite compare every on-chain number with what the rules say it must be.
/// @dev Every action decides from the ledger, never from the module's views, whether its call must succeed; it then
/// makes the call inside try/catch and asserts the outcome, so a vote the rules refuse but the module counts (or the
/// reverse) fails the run, while the handler itself never reverts. Time only moves forward, through {warp} and the
/// one second {createPoll} lets pass after taking a new snapshot, so that the snapshot (the end of its second) is the
/// ledger's state at creation. Polls created within a day of a snapshot reuse it, weights and supply included.
contract HolderPollsHandler is BaseHandler {
    /// @notice Most polls the handler creates (bounds the invariant checks' loops).
    uint256 public constant MAX_POLLS = 10;
    uint256 public constant MAX_OPTIONS = 5;
    uint256 public constant MAX_WARP = 12 hours;
    uint256 public constant MAX_BATCH = 6;
    uint256 private constant CANCEL_ODDS = 3;

    /// @notice One poll as the ledger sees it.
    struct GhostPoll {
        uint64 start;
        uint64 end;
        uint48 snapshot;
        uint256 optionCount;
        uint256 supply;
        bool cancelled;
        bool finalized;
        uint256 voterCount;
        uint256 totalVotes;
        uint256 finalWinner;
        bool finalTied;
    }

    /// @notice One voter in one poll as the ledger sees it.
    struct GhostBallot {
        uint256 weight;
        bool voted;
        uint256 option;
        uint256 nonce;
    }

    struct SignedVote {
        IHolderPolls.Vote vote;
        bytes signature;
    }

    HolderPolls public immutable polls;
    PersonalToken public immutable token;
    address public immutable creator;

    mapping(address actor => uint256) internal _keys;

    // Ledger.
    mapping(address actor => uint256) public ghostBalance;
    uint256 public ghostSupply;
    mapping(uint256 snapshot => mapping(address actor => uint256)) public ghostBalanceAt;
    mapping(uint256 snapshot => uint256) public ghostSupplyAt;
    GhostPoll[] internal _ghostPolls;
    mapping(uint256 pollId => mapping(uint256 option => uint256)) public ghostTally;
    mapping(uint256 pollId => mapping(address voter => GhostBallot)) internal _ghostBallots;
    SignedVote[] internal _counted;

    /// @param keys The actors' private keys: the actors are their addresses (holders, funded or not, that vote and trade).
    constructor(HolderPolls polls_, address creator_, uint256[] memory keys) {
        polls = polls_;
        token = PersonalToken(polls_.token());
        creator = creator_;
        ghostSupply = token.totalSupply();
        for (uint256 i; i < keys.length; ++i) {
            address actor = vm.addr(keys[i]);
            _actors.push(actor);
            _keys[actor] = keys[i];
            ghostBalance[actor] = token.balanceOf(actor);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                CREATOR
    //////////////////////////////////////////////////////////////*/

    /// @notice The creator opens a poll of 2 to 5 options, now or up to a day ahead, for 1 to 5 days. A new snapshot
    /// records the ledger's balances and one second passes, so nothing else lands in the snapshot's second; a reused
    /// snapshot gives the weights recorded when it was taken.
    function createPoll(uint256 optionSeed, uint256 delaySeed, uint256 durationSeed) external {
        if (_ghostPolls.length == MAX_POLLS) {
            ++calls["createPollSkipped"];
            return;
        }
        uint256 count = _bound(optionSeed, 2, MAX_OPTIONS);
        string[] memory options = new string[](count);
        for (uint256 i; i < count; ++i) {
            options[i] = string.concat("habit ", vm.toString(i));
        }
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most a day
        uint64 start = delaySeed % 2 == 0 ? 0 : uint64(block.timestamp + _bound(delaySeed, 0, 1 days));
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most five days
        uint64 end = uint64(block.timestamp + 1 days + _bound(durationSeed, 0, 4 days));
        (uint256 latest, uint256 latestTime) = token.latestSnapshot();
        bool reuse = latest != 0 && block.timestamp < latestTime + token.SNAPSHOT_INTERVAL();
        vm.prank(creator);
        uint256 id = polls.createPoll("ipfs://poll", options, start, end);
        assertEq(id, _ghostPolls.length, "createPoll: id");
        (uint256 snapshot, uint256 snapshotTime) = token.latestSnapshot();
        assertEq(snapshot, reuse ? latest : latest + 1, "createPoll: snapshot reused or taken");
        if (reuse) ++calls["snapshotReused"];
        if (!reuse) {
            for (uint256 i; i < _actors.length; ++i) {
                ghostBalanceAt[snapshot][_actors[i]] = ghostBalance[_actors[i]];
            }
            ghostSupplyAt[snapshot] = ghostSupply;
            vm.warp(block.timestamp + 1);
        }
        // The poll opens at `start`, moved up to now and to the second after the snapshot.
        uint64 earliest = uint64(block.timestamp > snapshotTime + 1 ? block.timestamp : snapshotTime + 1);
        if (!reuse) earliest = uint64(snapshotTime + 1);

        _ghostPolls.push(
            GhostPoll({
                // forge-lint: disable-next-line(unsafe-typecast) a timestamp
                start: start < earliest ? earliest : start,
                end: end,
                // forge-lint: disable-next-line(unsafe-typecast) a snapshot id
                snapshot: uint48(snapshot),
                optionCount: count,
                supply: ghostSupplyAt[snapshot],
                cancelled: false,
                finalized: false,
                voterCount: 0,
                totalVotes: 0,
                finalWinner: 0,
                finalTied: false
            })
        );
        for (uint256 i; i < _actors.length; ++i) {
            uint256 weight = ghostBalanceAt[snapshot][_actors[i]];
            _ghostBallots[id][_actors[i]].weight = weight;
            assertEq(polls.votingWeight(id, _actors[i]), weight, "createPoll: snapshot weight != ledger");
        }
        ++calls["createPoll"];
    }

    /// @notice The creator cancels a poll: it must work exactly while the poll has no votes and is not final.
    function cancelPoll(uint256 pollSeed) external {
        if (_ghostPolls.length == 0) return;
        uint256 id = pollSeed % _ghostPolls.length;
        GhostPoll storage g = _ghostPolls[id];
        bool ok = !g.cancelled && !g.finalized && g.voterCount == 0;
        // Only one cancellation in CANCEL_ODDS goes ahead, so most polls live long enough to be voted on.
        if (ok && pollSeed % CANCEL_ODDS != 0) {
            ++calls["cancelPollSkipped"];
            return;
        }
        vm.prank(creator);
        try polls.cancelPoll(id) {
            assertTrue(ok, "cancelPoll: cancelled a poll with votes or a final one");
            g.cancelled = true;
            ++calls["cancelPoll"];
        } catch {
            assertFalse(ok, "cancelPoll: refused");
            ++calls["cancelPollRefused"];
        }
    }

    /// @notice Anyone finalizes: it must work exactly once, from the end on, for a poll not cancelled.
    function finalize(uint256 pollSeed) external {
        if (_ghostPolls.length == 0) return;
        uint256 id = pollSeed % _ghostPolls.length;
        GhostPoll storage g = _ghostPolls[id];
        bool ok = !g.cancelled && !g.finalized && block.timestamp >= g.end;
        try polls.finalize(id) {
            assertTrue(ok, "finalize: finalized early, twice or a cancelled poll");
            g.finalized = true;
            (g.finalWinner, g.finalTied) = polls.winner(id);
            ++calls["finalize"];
        } catch {
            assertFalse(ok, "finalize: refused");
            ++calls["finalizeRefused"];
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 VOTERS
    //////////////////////////////////////////////////////////////*/

    /// @notice An actor votes (or changes its vote) directly; options out of range are drawn too.
    function vote(uint256 actorSeed, uint256 pollSeed, uint256 optionSeed) external {
        if (_ghostPolls.length == 0) return;
        (uint256 id, address voter, uint256 option, bool ok) = _pickVote(actorSeed, pollSeed, optionSeed);
        vm.prank(voter);
        try polls.vote(id, option) {
            _voted(ok, id, voter, option, "vote");
        } catch {
            _refused(ok, "vote");
        }
    }

    /// @notice An actor signs a vote with its current nonce; a random account submits it.
    function voteBySig(uint256 actorSeed, uint256 pollSeed, uint256 optionSeed, address submitter) external {
        if (_ghostPolls.length == 0) return;
        (uint256 id, address voter, uint256 option, bool ok) = _pickVote(actorSeed, pollSeed, optionSeed);
        SignedVote memory s = _sign(voter, id, option, _ghostBallots[id][voter].nonce, _keys[voter]);
        vm.prank(submitter);
        try polls.voteBySig(s.vote, s.signature) {
            _voted(ok, id, voter, option, "voteBySig");
            _counted.push(s);
        } catch {
            _refused(ok, "voteBySig");
        }
    }

    /// @notice A relayer submits up to six signed votes: fresh ones, replays of counted ones, ones signed by the
    /// wrong key and ones with a future nonce. Each must be counted exactly when the ledger, applied in order, says so.
    function relayVotes(uint256 seed, uint256 size) external {
        if (_ghostPolls.length == 0) return;
        size = _bound(size, 1, MAX_BATCH);
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](size);
        bytes[] memory signatures = new bytes[](size);
        bool[] memory expected = new bool[](size);
        for (uint256 i; i < size; ++i) {
            SignedVote memory s;
            (s, expected[i]) = _batchItem(uint256(keccak256(abi.encode(seed, i))));
            (votes[i], signatures[i]) = (s.vote, s.signature);
            if (expected[i]) {
                _apply(s.vote.pollId, s.vote.voter, s.vote.option);
                _counted.push(s);
            }
        }
        bool[] memory counted = polls.relayVotes(votes, signatures);
        for (uint256 i; i < size; ++i) {
            assertEq(counted[i], expected[i], "relayVotes: counted != ledger");
            if (counted[i]) assertTrue(polls.hasVoted(votes[i].pollId, votes[i].voter), "relayVotes: hasVoted");
            ++calls[counted[i] ? "relayCounted" : "relaySkipped"];
        }
    }

    /// @notice Someone submits a signed vote that was already counted: always refused (its nonce is used up).
    function replay(uint256 seed) external {
        if (_counted.length == 0) return;
        SignedVote storage s = _counted[seed % _counted.length];
        try polls.voteBySig(s.vote, s.signature) {
            assertTrue(false, "replay: a counted signed vote was counted again");
        } catch {
            ++calls["replayRefused"];
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 TOKEN
    //////////////////////////////////////////////////////////////*/

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        address to = _actor(toSeed);
        amount = _bound(amount, 0, ghostBalance[from]);
        vm.prank(from);
        assertTrue(token.transfer(to, amount));
        ghostBalance[from] -= amount;
        ghostBalance[to] += amount;
        ++calls["transfer"];
    }

    function burn(uint256 actorSeed, uint256 amount) external {
        address actor = _actor(actorSeed);
        amount = _bound(amount, 0, ghostBalance[actor] / 4);
        vm.prank(actor);
        token.burn(amount);
        ghostBalance[actor] -= amount;
        ghostSupply -= amount;
        ++calls["burn"];
    }

    /// @notice Time moves forward: up to 12 hours, or onto a random poll's start or end, or one second either side.
    function warp(uint256 seed) external {
        uint256 to = block.timestamp + _bound(seed, 1, MAX_WARP);
        if (_ghostPolls.length != 0 && seed % 2 == 0) {
            GhostPoll storage g = _ghostPolls[(seed >> 8) % _ghostPolls.length];
            uint256 boundary = (seed >> 16) % 2 == 0 ? g.start : g.end;
            uint256 target = boundary + (seed >> 24) % 3; // boundary - 1, boundary, boundary + 1
            if (target != 0) --target;
            if (target > block.timestamp) to = target;
        }
        vm.warp(to);
        ++calls["warp"];
    }

    /*//////////////////////////////////////////////////////////////
                                 LEDGER
    //////////////////////////////////////////////////////////////*/

    function pollCount() external view returns (uint256) {
        return _ghostPolls.length;
    }

    function ghostPoll(uint256 pollId) external view returns (GhostPoll memory) {
        return _ghostPolls[pollId];
    }

    /// @notice Every actor's ballot in `pollId`, in the order of {actors}.
    function ghostBallots(uint256 pollId) external view returns (GhostBallot[] memory ballots) {
        ballots = new GhostBallot[](_actors.length);
        for (uint256 i; i < _actors.length; ++i) {
            ballots[i] = _ghostBallots[pollId][_actors[i]];
        }
    }

    function countedSignedVotes() external view returns (uint256) {
        return _counted.length;
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev Three times in four the first open poll from a random one (if any), so most votes have a poll to go to;
    /// otherwise any poll, open or not.
    function _pickPoll(uint256 seed) internal view returns (uint256) {
        uint256 count = _ghostPolls.length;
        uint256 first = seed % count;
        if ((seed >> 128) % 4 == 0) return first;
        for (uint256 i; i < count; ++i) {
            uint256 id = (first + i) % count;
            GhostPoll storage g = _ghostPolls[id];
            if (!g.cancelled && block.timestamp >= g.start && block.timestamp < g.end) return id;
        }
        return first;
    }

    /// @dev Three times in four the first actor from a random one with weight in `pollId`; otherwise any actor.
    function _pickVoter(uint256 pollId, uint256 seed) internal view returns (address) {
        uint256 count = _actors.length;
        uint256 first = seed % count;
        if ((seed >> 128) % 4 == 0) return _actors[first];
        for (uint256 i; i < count; ++i) {
            address actor = _actors[(first + i) % count];
            if (_ghostBallots[pollId][actor].weight != 0) return actor;
        }
        return _actors[first];
    }

    /// @dev The actor after `actor` in the list: never `actor` itself.
    function _nextActor(address actor) internal view returns (address) {
        uint256 count = _actors.length;
        for (uint256 i; i < count; ++i) {
            if (_actors[i] == actor) return _actors[(i + 1) % count];
        }
        revert("HolderPollsHandler: not an actor");
    }

    /// @dev Whether the rules count `voter`'s vote for `option` in `pollId` now (signature and nonce aside).
    /// @dev A poll (first open from a random one), a voter and an option (out of range too) for a direct or signed
    /// vote, and whether the ledger says it counts.
    function _pickVote(uint256 actorSeed, uint256 pollSeed, uint256 optionSeed)
        internal
        view
        returns (uint256 id, address voter, uint256 option, bool ok)
    {
        id = _pickPoll(pollSeed);
        voter = _pickVoter(id, actorSeed);
        option = optionSeed % (_ghostPolls[id].optionCount + 1);
        ok = _countable(id, voter, option);
    }

    /// @dev A direct or signed vote went through: the ledger must count it too (`ok`); records it, counts `action`.
    function _voted(bool ok, uint256 id, address voter, uint256 option, string memory action) internal {
        assertTrue(ok, string.concat(action, ": counted a vote the rules refuse"));
        assertTrue(polls.hasVoted(id, voter), string.concat(action, ": hasVoted"));
        _apply(id, voter, option);
        ++calls[action];
    }

    function _countable(uint256 pollId, address voter, uint256 option) internal view returns (bool) {
        GhostPoll storage g = _ghostPolls[pollId];
        return !g.cancelled && block.timestamp >= g.start && block.timestamp < g.end && option < g.optionCount
            && _ghostBallots[pollId][voter].weight != 0;
    }

    /// @dev Records a counted vote in the ledger.
    function _apply(uint256 pollId, address voter, uint256 option) internal {
        GhostPoll storage g = _ghostPolls[pollId];
        GhostBallot storage b = _ghostBallots[pollId][voter];
        if (b.voted) {
            ghostTally[pollId][b.option] -= b.weight;
        } else {
            b.voted = true;
            ++g.voterCount;
            g.totalVotes += b.weight;
        }
        ghostTally[pollId][option] += b.weight;
        b.option = option;
        ++b.nonce;
    }

    /// @dev One batch item and whether the ledger (as updated by the items before it) counts it.
    function _batchItem(uint256 r) internal view returns (SignedVote memory s, bool ok) {
        uint256 kind = r % 8;
        if (kind == 0 && _counted.length != 0) return (_counted[(r >> 8) % _counted.length], false);
        uint256 id = _pickPoll(r >> 32);
        address voter = _pickVoter(id, r >> 16);
        uint256 option = (r >> 48) % (_ghostPolls[id].optionCount + 1);
        // Kind 1: signed by another actor. Kind 2: the next nonce. Otherwise as the voter would.
        uint256 key = kind == 1 ? _keys[_nextActor(voter)] : _keys[voter];
        s = _sign(voter, id, option, _ghostBallots[id][voter].nonce + (kind == 2 ? 1 : 0), key);
        ok = kind != 1 && kind != 2 && _countable(id, voter, option);
    }

    function _sign(address voter, uint256 pollId, uint256 option, uint256 nonce, uint256 key)
        internal
        view
        returns (SignedVote memory s)
    {
        s.vote = IHolderPolls.Vote({pollId: pollId, voter: voter, option: option, nonce: nonce});
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(key, polls.voteDigest(s.vote));
        s.signature = abi.encodePacked(r, sig, v);
    }
}
