// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";
import {HolderPollsHandler} from "./handlers/HolderPollsHandler.sol";

/// @notice Tallies, voters, weights, nonces and lifecycle of the polls of one $ALEX polls module under random poll
/// creations, cancellations, finalizations, direct, signed and relayed votes (with replays, wrong signers and future
/// nonces), transfers, burns and time jumps onto poll boundaries ({HolderPollsHandler}). Seven actors vote:
/// five funded with 200,000 ALEX each, two starting empty.
/// forge-config: ci.invariant.runs = 64
contract HolderPollsInvariantTest is PollsBaseTest {
    uint256 internal constant FUNDED = 5;
    uint256 internal constant ACTORS = 7;
    uint256 internal constant ACTOR_FUNDS = 200_000 ether;

    PersonalToken internal token;
    HolderPolls internal polls;
    HolderPollsHandler internal handler;

    function setUp() public override {
        super.setUp();
        (token, polls) = _launchPolls(_defaultParams());
        uint256[] memory keys = new uint256[](ACTORS);
        for (uint256 i; i < ACTORS; ++i) {
            address actor;
            (actor, keys[i]) = makeAddrAndKey(string.concat("actor", vm.toString(i)));
            if (i < FUNDED) {
                vm.prank(alice);
                assertTrue(token.transfer(actor, ACTOR_FUNDS));
            }
        }
        vm.warp(block.timestamp + 1);
        handler = new HolderPollsHandler(polls, creator, keys);

        targetContract(address(handler));
    }

    /// @notice Each option's tally equals the sum of the weights of the voters whose ballot is on that option now (read
    /// back from the module), and equals the ledger's tally.
    function invariant_TallyIsSumOfCountedWeights() public view {
        address[] memory actors = handler.actors();
        for (uint256 id; id < handler.pollCount(); ++id) {
            uint256[] memory t = polls.tally(id);
            uint256[] memory sums = new uint256[](t.length);
            for (uint256 i; i < actors.length; ++i) {
                IHolderPolls.Ballot memory b = polls.voteOf(id, actors[i]);
                if (b.voted) sums[b.option] += b.weight;
            }
            for (uint256 o; o < t.length; ++o) {
                assertEq(t[o], sums[o], "tally != sum of ballots on the option");
                assertEq(t[o], handler.ghostTally(id, o), "tally != ledger");
            }
        }
    }

    /// @notice The tallies add up to the poll's total votes, which never exceeds the supply at the snapshot; the
    /// snapshot supply is the ledger's supply at creation (burns after it change nothing).
    function invariant_TotalVotesWithinSnapshotSupply() public view {
        for (uint256 id; id < handler.pollCount(); ++id) {
            HolderPollsHandler.GhostPoll memory g = handler.ghostPoll(id);
            uint256[] memory t = polls.tally(id);
            uint256 sum;
            for (uint256 o; o < t.length; ++o) {
                sum += t[o];
            }
            (uint256 votes, uint256 supply,) = polls.turnout(id);
            assertEq(sum, votes, "sum of tallies != total votes");
            assertEq(votes, g.totalVotes, "total votes != ledger");
            assertEq(supply, g.supply, "snapshot supply != ledger");
            assertEq(supply, token.totalSupplyAt(g.snapshot));
            assertLe(votes, supply, "more votes than supply at the snapshot");
        }
    }

    /// @notice Each voter is counted at most once per poll: the voter count is the number of actors with a ballot, the
    /// ballots' weights add up to the total (so no weight is counted twice), each weight is the voter's votes at the
    /// snapshot as the ledger recorded them from its own balances when the snapshot was taken (the
    /// handler checked then that `votingWeight` agrees), and each nonce is the number of votes the ledger counted.
    function invariant_EachVoterCountedOnceWithSnapshotWeight() public view {
        address[] memory actors = handler.actors();
        for (uint256 id; id < handler.pollCount(); ++id) {
            HolderPollsHandler.GhostPoll memory g = handler.ghostPoll(id);
            uint256 voters;
            uint256 weights;
            HolderPollsHandler.GhostBallot[] memory ghosts = handler.ghostBallots(id);
            for (uint256 i; i < actors.length; ++i) {
                IHolderPolls.Ballot memory b = polls.voteOf(id, actors[i]);
                HolderPollsHandler.GhostBallot memory gb = ghosts[i];
                assertEq(b.voted, gb.voted, "voted != ledger");
                assertEq(polls.nonces(id, actors[i]), gb.nonce, "nonce != ledger");
                if (!b.voted) {
                    assertEq(b.weight, 0);
                    continue;
                }
                assertEq(b.weight, gb.weight, "ballot weight != snapshot weight");
                assertEq(b.option, gb.option, "ballot option != ledger");
                assertGt(b.weight, 0, "zero-weight ballot");
                assertGe(gb.nonce, 1);
                ++voters;
                weights += b.weight;
            }
            IHolderPolls.PollView memory p = polls.getPoll(id);
            assertEq(p.voterCount, voters, "voterCount != actors with a ballot");
            assertEq(p.voterCount, g.voterCount, "voterCount != ledger");
            assertEq(p.totalVotes, weights, "total votes != sum of ballot weights");
        }
    }

    /// @notice Lifecycle: the state is what the ledger and the clock say; a cancelled poll has no votes; a finalized
    /// poll ended before it was finalized and its winner is still the one recorded then.
    function invariant_LifecycleMatchesLedger() public view {
        for (uint256 id; id < handler.pollCount(); ++id) {
            HolderPollsHandler.GhostPoll memory g = handler.ghostPoll(id);
            IHolderPolls.PollState s = polls.state(id);
            IHolderPolls.PollView memory p = polls.getPoll(id);
            assertEq(p.start, g.start, "start");
            assertEq(p.end, g.end, "end");
            assertEq(p.snapshot, g.snapshot, "snapshot");
            assertEq(p.options.length, g.optionCount, "options");
            if (g.cancelled) {
                assertEq(uint8(s), uint8(IHolderPolls.PollState.Cancelled));
                assertEq(p.voterCount, 0, "cancelled poll with votes");
            } else if (g.finalized) {
                assertEq(uint8(s), uint8(IHolderPolls.PollState.Finalized));
                assertGe(block.timestamp, g.end);
                (uint256 option, bool tied) = polls.winner(id);
                assertEq(option, g.finalWinner, "winner changed after finalization");
                assertEq(tied, g.finalTied, "tie changed after finalization");
            } else if (block.timestamp < g.start) {
                assertEq(uint8(s), uint8(IHolderPolls.PollState.Pending));
                assertEq(p.voterCount, 0, "votes before the start");
            } else if (block.timestamp < g.end) {
                assertEq(uint8(s), uint8(IHolderPolls.PollState.Active));
            } else {
                assertEq(uint8(s), uint8(IHolderPolls.PollState.Ended));
            }
        }
        assertEq(polls.pollCount(), handler.pollCount(), "pollCount != ledger");
    }

    /// @notice The ledger's balances are the token's, now and at every poll's snapshot.
    function invariant_LedgerBalancesAreTheTokens() public view {
        address[] memory actors = handler.actors();
        for (uint256 id; id < handler.pollCount(); ++id) {
            uint48 snapshot = handler.ghostPoll(id).snapshot;
            for (uint256 i; i < actors.length; ++i) {
                uint256 expected = handler.ghostBalanceAt(snapshot, actors[i]);
                assertEq(token.balanceOfAt(actors[i], snapshot), expected, "balance at snapshot model");
            }
        }
        _sumMatchingLedger(actors, token.balanceOf, handler.ghostBalance, "balance model");
        assertEq(token.totalSupply(), handler.ghostSupply(), "supply model");
    }

    function afterInvariant() external view {
        _logCalls(
            handler,
            "createPoll cancelPoll finalize finalizeRefused vote voteRefused voteBySig voteBySigRefused relayCounted "
            "relaySkipped replayRefused transfer snapshotReused burn warp"
        );
        console.log("signed votes kept", handler.countedSignedVotes());
    }
}
