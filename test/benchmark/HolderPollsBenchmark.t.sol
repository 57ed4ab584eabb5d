// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";

/// @notice Polls gas: launching $ALEX with the polls module, creating a three-option poll, a first vote, a later vote,
/// a changed vote, a signed vote submitted by a relayer, batches of 10 and 50 signed votes (total and per vote), and
/// finalizing. Figures land in `snapshots/HolderPollsBenchmark.json` (run `pnpm gas`).
/// @dev One measurement per test so every one starts from the same cold state; the gas profile runs with
/// `isolate = true`, so every measured call is its own transaction and includes the 21,000 base (spread over the
/// votes in the per-vote batch figures). Setup is never measured; each test ends by checking the measured call did
/// what it should. 50 holders with keys get 10,000 ALEX each before the poll's snapshot.
contract HolderPollsBenchmark is PollsBaseTest {
    string internal constant GROUP = "HolderPollsBenchmark";
    uint256 internal constant HOLDERS = 50;
    uint256 internal constant HOLDING = 10_000 ether;

    PersonalToken internal token;
    HolderPolls internal polls;
    uint256 internal pollId;
    uint256[] internal keys;

    function setUp() public override {
        super.setUp();
        (token, polls) = _launchPolls(_defaultParams());
        for (uint256 i; i < HOLDERS; ++i) {
            (address holder, uint256 key) = makeAddrAndKey(string.concat("holder", vm.toString(i)));
            keys.push(key);
            vm.prank(creator);
            assertTrue(token.transfer(holder, HOLDING));
        }
        vm.warp(block.timestamp + 1 days);
    }

    function _poll() internal {
        pollId = _createPoll(polls, _habits());
    }

    function _batch(uint256 n) internal view returns (IHolderPolls.Vote[] memory votes, bytes[] memory sigs) {
        votes = new IHolderPolls.Vote[](n);
        sigs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            (votes[i], sigs[i]) = _signed(polls, keys[i], pollId, i % 3);
        }
    }

    function _relay(uint256 n, string memory name) internal {
        _poll();
        // One vote already in, as in any poll but a fresh one: the measured batch does not pay for the first writes.
        vm.prank(alice);
        polls.vote(pollId, 0);
        (IHolderPolls.Vote[] memory votes, bytes[] memory sigs) = _batch(n);
        vm.prank(makeAddr("relayer"));
        polls.relayVotes(votes, sigs);
        uint256 gasUsed = vm.snapshotGasLastCall(GROUP, name);
        vm.snapshotValue(GROUP, string.concat(name, "_perVote"), gasUsed / n);
        assertEq(polls.getPoll(pollId).voterCount, n + 1);
    }

    /// @notice $ALEX (two holders, vesting) with the polls module, in one launch transaction.
    function test_Gas_LaunchWithPolls() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        vm.prank(creator);
        (,, address[] memory m) = factory.launchWithModules(p, _pollsModules());
        vm.snapshotGasLastCall(GROUP, "launchWithPolls");
        assertEq(HolderPolls(m[0]).creator(), creator);
    }

    /// @notice A three-option poll ("run 5 km a day", "read a book a week", "no sugar").
    function test_Gas_CreatePoll() public {
        vm.prank(creator);
        pollId = polls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + POLL_LENGTH);
        vm.snapshotGasLastCall(GROUP, "createPoll");
        assertEq(polls.pollCount(), 1);
    }

    /// @notice The first vote of a poll: it also writes the poll's totals and the option's tally for the first time.
    function test_Gas_Vote_First() public {
        _poll();
        vm.prank(alice);
        polls.vote(pollId, 0);
        vm.snapshotGasLastCall(GROUP, "vote_first");
        assertTrue(polls.hasVoted(pollId, alice));
    }

    /// @notice A later voter on an option that already has votes: the typical vote.
    function test_Gas_Vote_Later() public {
        _poll();
        vm.prank(alice);
        polls.vote(pollId, 0);
        vm.prank(vm.addr(keys[0]));
        polls.vote(pollId, 0);
        vm.snapshotGasLastCall(GROUP, "vote_later");
        assertEq(polls.getPoll(pollId).voterCount, 2);
    }

    /// @notice A voter moves its weight to another option (which already has votes).
    function test_Gas_Vote_Change() public {
        _poll();
        vm.prank(alice);
        polls.vote(pollId, 1);
        vm.prank(vm.addr(keys[0]));
        polls.vote(pollId, 0);
        vm.prank(vm.addr(keys[0]));
        polls.vote(pollId, 1);
        vm.snapshotGasLastCall(GROUP, "vote_change");
        assertEq(polls.voteOf(pollId, vm.addr(keys[0])).option, 1);
    }

    /// @notice A later voter's signed vote, submitted by a relayer.
    function test_Gas_VoteBySig() public {
        _poll();
        vm.prank(alice);
        polls.vote(pollId, 0);
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, keys[0], pollId, 0);
        vm.prank(makeAddr("relayer"));
        polls.voteBySig(v, sig);
        vm.snapshotGasLastCall(GROUP, "voteBySig");
        assertTrue(polls.hasVoted(pollId, v.voter));
    }

    /// @notice Ten signed votes in one relayed transaction (spread over the three options).
    function test_Gas_RelayVotes_10() public {
        _relay(10, "relayVotes_10");
    }

    /// @notice Fifty signed votes in one relayed transaction.
    function test_Gas_RelayVotes_50() public {
        _relay(50, "relayVotes_50");
    }

    /// @notice Recording the result of an ended poll with votes on every option.
    function test_Gas_Finalize() public {
        _poll();
        for (uint256 i; i < 3; ++i) {
            vm.prank(vm.addr(keys[i]));
            polls.vote(pollId, i);
        }
        vm.warp(block.timestamp + POLL_LENGTH);
        polls.finalize(pollId);
        vm.snapshotGasLastCall(GROUP, "finalize");
        assertEq(uint8(polls.state(pollId)), uint8(IHolderPolls.PollState.Finalized));
    }

    /// @notice Cancelling a poll nobody voted on.
    function test_Gas_CancelPoll() public {
        _poll();
        vm.prank(creator);
        polls.cancelPoll(pollId);
        vm.snapshotGasLastCall(GROUP, "cancelPoll");
        assertEq(uint8(polls.state(pollId)), uint8(IHolderPolls.PollState.Cancelled));
    }
}
