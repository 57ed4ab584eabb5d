// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {HolderPollsTestBase} from "../utils/HolderPollsTestBase.sol";
import {ExpensiveERC1271Wallet} from "../utils/mocks/ExpensiveERC1271Wallet.sol";

/// @notice Fuzz tests for {HolderPolls}: weights are votes at the snapshot whatever moves after it, every window
/// boundary holds for random windows and times, random vote sequences keep the tallies exact, the winner and turnout
/// match a reference, a signature covers every field, and random batches are counted exactly as a reference model
/// predicts.
contract HolderPollsFuzzTest is HolderPollsTestBase {
    uint256 internal constant STEPS = 40;
    uint256 internal constant VOTERS = 4;
    uint256 internal constant OPTIONS = 3;

    address[VOTERS] internal voters;
    uint256[VOTERS] internal keys;
    uint256 internal daveKey;

    function setUp() public override {
        super.setUp();
        (, daveKey) = makeAddrAndKey("dave");
        // dave holds nothing: a voter without weight.
        voters = [alice, bob, carol, dave];
        keys = [aliceKey, bobKey, carolKey, daveKey];
    }

    function _weightAtSetup(uint256 i) internal pure returns (uint256) {
        return [ALICE_VOTES, BOB_VOTES, CAROL_VOTES, 0][i];
    }

    /*//////////////////////////////////////////////////////////////
                         ERC-1271 GAS (EIP-150)
    //////////////////////////////////////////////////////////////*/

    /// @notice Whatever gas the sender gives, an honest smart wallet that needs nearly all of `ERC1271_GAS_LIMIT` is
    /// never reported as refusing its signature: its vote counts, or the call reverts as a whole (too little gas,
    /// `HolderPolls_InsufficientGas` or plain out of gas) and can be sent again with more.
    function testFuzz_VoteBySig_WalletCheckNeverStarved(uint256 gas) public {
        uint256 limit = polls.ERC1271_GAS_LIMIT();
        ExpensiveERC1271Wallet wallet = new ExpensiveERC1271Wallet(limit - 5000);
        vm.prank(alice);
        assertTrue(token.transfer(address(wallet), 1 ether));
        vm.warp(block.timestamp + 1);
        uint256 id = _defaultPoll();
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: id, voter: address(wallet), option: 1, nonce: 0});

        gas = bound(gas, 20_000, 3 * limit);
        vm.prank(relayer);
        (bool ok, bytes memory err) =
            address(polls).call{gas: gas}(abi.encodeCall(IHolderPolls.voteBySig, (v, hex"01")));
        if (ok) {
            assertEq(polls.tally(id)[1], 1 ether);
        } else {
            assertFalse(polls.hasVoted(id, address(wallet)));
            assertTrue(
                err.length == 0
                    || keccak256(err)
                        == keccak256(
                            abi.encodeWithSelector(
                                IHolderPolls.HolderPolls_InsufficientGas.selector, address(wallet), limit
                            )
                        ),
                "a wallet given less than the limit was reported as refusing"
            );
        }
        // With enough gas it always counts.
        if (!ok) {
            vm.prank(relayer);
            polls.voteBySig{gas: 3 * limit}(v, hex"01");
            assertEq(polls.tally(id)[1], 1 ether);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                WEIGHTS
    //////////////////////////////////////////////////////////////*/

    /// @notice What dave received before the poll's creation, or in the same second after it, counts; what he received
    /// once the snapshot was final does not; alice votes with what she held at the snapshot, even after giving it all
    /// away. Her tokens are counted exactly once.
    function testFuzz_WeightIsBalanceAtSnapshot(uint256 before, uint256 sameSecond, uint256 later) public {
        before = bound(before, 0, ALICE_VOTES);
        sameSecond = bound(sameSecond, 0, ALICE_VOTES - before);
        later = bound(later, 0, ALICE_VOTES - before - sameSecond);
        vm.prank(alice);
        assertTrue(token.transfer(dave, before));
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + POLL_LENGTH);
        vm.prank(alice);
        assertTrue(token.transfer(dave, sameSecond));
        vm.warp(block.timestamp + 1);
        vm.prank(alice);
        assertTrue(token.transfer(dave, later));

        uint256 daveWeight = before + sameSecond;
        assertEq(polls.votingWeight(id, dave), daveWeight);
        assertEq(polls.votingWeight(id, alice), ALICE_VOTES - daveWeight);
        uint256 total;
        if (daveWeight != 0) {
            _vote(dave, id, 0);
            total += daveWeight;
        }
        if (daveWeight != ALICE_VOTES) {
            _vote(alice, id, 1);
            total += ALICE_VOTES - daveWeight;
        }
        _vote(bob, id, 2);
        assertEq(polls.voteOf(id, bob).weight, BOB_VOTES);
        assertEq(polls.getPoll(id).totalVotes, total + BOB_VOTES);
        assertEq(total, ALICE_VOTES, "alice's tokens counted exactly once");
    }

    /*//////////////////////////////////////////////////////////////
                             TIME BOUNDARIES
    //////////////////////////////////////////////////////////////*/

    /// @notice Voting is open exactly for `start <= now < end`; finalizing exactly from `end`.
    function testFuzz_VoteWindow(uint256 startDelay, uint256 duration, uint256 at) public {
        startDelay = bound(startDelay, 0, 30 days);
        duration = bound(duration, 1, 30 days);
        // forge-lint: disable-next-line(unsafe-typecast) a 2023 timestamp plus at most 30 days
        uint64 start = uint64(block.timestamp + startDelay);
        // forge-lint: disable-next-line(unsafe-typecast) plus at most 30 days more
        uint64 end = uint64(start + duration);
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, end);
        at = bound(at, block.timestamp, end + 1 days);
        vm.warp(at);

        if (at < start) {
            vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooEarly.selector, id, start));
        } else if (at >= end) {
            vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooLate.selector, id, end));
        }
        _vote(alice, id, 0);
        assertEq(polls.hasVoted(id, alice), at >= start && at < end);

        if (at < end) vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooEarly.selector, id, end));
        polls.finalize(id);
    }

    /// @notice A window is accepted exactly when, with a past start meaning now, it is non-empty, at most
    /// MAX_DURATION long and opens at most MAX_START_DELAY ahead.
    function testFuzz_CreatePollWindow(uint64 start, uint64 end) public {
        uint64 now_ = uint64(block.timestamp);
        start = uint64(bound(start, 0, now_ + 2 * polls.MAX_START_DELAY()));
        end = uint64(bound(end, 0, now_ + 3 * polls.MAX_DURATION()));
        // A start before the snapshot is final (the next second) opens then.
        uint64 effective = start <= now_ ? now_ + 1 : start;
        bool valid =
            effective < end && end - effective <= polls.MAX_DURATION() && effective - now_ <= polls.MAX_START_DELAY();
        if (!valid) {
            vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, effective, end));
        }
        vm.prank(creator);
        polls.createPoll(QUESTION, _habits(), start, end);
        assertEq(polls.pollCount(), valid ? 1 : 0);
        if (valid) {
            assertEq(polls.getPoll(0).start, effective);
            assertEq(polls.getPoll(0).end, end);
        }
    }

    /*//////////////////////////////////////////////////////////////
                            VOTE SEQUENCES
    //////////////////////////////////////////////////////////////*/

    /// @notice Random votes, changes and refused votes (no weight, bad option) over two polls: after every step each
    /// tally equals the weights of the voters currently on that option, and each voter is counted once.
    function testFuzz_RandomVotesKeepTally(uint256 seed) public {
        uint256[2] memory ids = [_defaultPoll(), _defaultPoll()];
        for (uint256 step; step < STEPS; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint256 id = ids[r % 2];
            uint256 v = (r >> 8) % VOTERS;
            uint256 option = (r >> 16) % (OPTIONS + 1);
            bool ok = option < OPTIONS && _weightAtSetup(v) != 0;
            vm.prank(voters[v]);
            if ((r >> 24) % 2 == 0) {
                try polls.vote(id, option) {
                    assertTrue(ok, "vote counted that should not be");
                } catch {
                    assertFalse(ok, "vote refused that should count");
                }
            } else {
                (IHolderPolls.Vote memory sv, bytes memory sig) = _signed(polls, keys[v], id, option);
                try polls.voteBySig(sv, sig) {
                    assertTrue(ok, "signed vote counted that should not be");
                } catch {
                    assertFalse(ok, "signed vote refused that should count");
                }
            }
            _assertTallies(ids[0]);
            _assertTallies(ids[1]);
        }
    }

    function _assertTallies(uint256 id) internal view {
        uint256[] memory t = polls.tally(id);
        uint256[OPTIONS] memory expected;
        uint256 total;
        uint256 count;
        for (uint256 v; v < VOTERS; ++v) {
            IHolderPolls.Ballot memory b = polls.voteOf(id, voters[v]);
            if (!b.voted) continue;
            assertEq(b.weight, _weightAtSetup(v), "weight != snapshot votes");
            expected[b.option] += b.weight;
            total += b.weight;
            ++count;
        }
        for (uint256 o; o < OPTIONS; ++o) {
            assertEq(t[o], expected[o], "tally != weights on the option");
        }
        assertEq(polls.getPoll(id).totalVotes, total);
        assertEq(polls.getPoll(id).voterCount, count);
    }

    /// @notice The winner is the option with the most votes, the lowest index among equals, `tied` when another
    /// option has as many; turnout is total votes over the snapshot supply, in basis points rounded down.
    function testFuzz_WinnerAndTurnoutMatchReference(uint256 seed, uint256 optionCount) public {
        optionCount = bound(optionCount, 2, 6);
        address[] memory holders = new address[](6);
        uint256[] memory amounts = new uint256[](6);
        for (uint256 i; i < 6; ++i) {
            holders[i] = makeAddr(string.concat("holder", vm.toString(i)));
            // Small amounts from a small set make ties common.
            amounts[i] = (1 + uint256(keccak256(abi.encode(seed, i))) % 3) * 100_000 ether;
            vm.prank(creator);
            assertTrue(token.transfer(holders[i], amounts[i]));
        }
        vm.warp(block.timestamp + 1);
        uint256 id = _createPoll(polls, _options(optionCount));

        uint256[] memory expected = new uint256[](optionCount);
        uint256 total;
        for (uint256 i; i < 6; ++i) {
            uint256 rand = uint256(keccak256(abi.encode(seed, "vote", i)));
            if (rand % 4 == 0) continue; // abstains
            uint256 option = (rand >> 8) % optionCount;
            _vote(holders[i], id, option);
            expected[option] += amounts[i];
            total += amounts[i];
        }

        uint256 best;
        uint256 bestOption;
        bool tied;
        for (uint256 o; o < optionCount; ++o) {
            if (o == 0 || expected[o] > best) {
                (best, bestOption, tied) = (expected[o], o, false);
            } else if (expected[o] == best) {
                tied = true;
            }
        }
        IHolderPolls.Results memory r = polls.results(id);
        (uint256 leader, bool leaderTied) = polls.winner(id);
        assertEq(leader, bestOption);
        assertEq(leaderTied, tied);
        assertEq(r.winningOption, bestOption);
        assertEq(r.tied, tied);
        assertEq(r.winningVotes, best);
        assertEq(r.totalVotes, total);
        assertEq(r.turnoutBps, total * 10_000 / SUPPLY);
        (uint256 votes, uint256 supply, uint256 bps) = polls.turnout(id);
        assertEq(votes, total);
        assertEq(supply, SUPPLY);
        assertEq(bps, r.turnoutBps);
    }

    /*//////////////////////////////////////////////////////////////
                               SIGNATURES
    //////////////////////////////////////////////////////////////*/

    /// @notice Changing any field of a signed vote (poll, voter, option, nonce) means it is not counted.
    function testFuzz_SignatureCoversEveryField(uint256 field, uint256 delta) public {
        uint256 second = _defaultPoll();
        uint256 id = _defaultPoll();
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, id, 1);
        delta = bound(delta, 1, type(uint128).max);
        field = field % 4;
        if (field == 0) v.pollId = delta % 2 == 0 ? second : v.pollId + delta;
        // forge-lint: disable-next-line(unsafe-typecast) delta is bounded to 128 bits
        else if (field == 1) v.voter = address(uint160(v.voter) ^ uint160(delta));
        else if (field == 2) v.option += delta;
        else v.nonce += delta;
        assertGt(polls.checkSignedVote(v, sig).length, 0);
        vm.expectRevert();
        polls.voteBySig(v, sig);
        assertEq(polls.getPoll(id).totalVotes, 0);
    }

    /// @notice A vote signed on this chain is refused on any other chain id.
    function testFuzz_SignatureBoundToChain(uint64 chainId) public {
        vm.assume(chainId != block.chainid && chainId != 0);
        uint256 id = _defaultPoll();
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, id, 0);
        vm.chainId(chainId);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidSignature.selector, alice));
        polls.voteBySig(v, sig);
    }

    /// @dev What the reference model knows of each voter in the batch's poll.
    struct Model {
        uint256[VOTERS] nonce;
        uint256[VOTERS] option;
        bool[VOTERS] voted;
        uint256[OPTIONS] tallies;
    }

    /// @notice A random batch (right or wrong signer, current, old or future nonce, valid or invalid option, a voter
    /// without weight) is counted item by item exactly as a reference model predicts, and the tallies follow.
    function testFuzz_RelayMixedBatch(uint256 seed, uint256 size) public {
        size = bound(size, 1, 12);
        uint256 id = _defaultPoll();
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](size);
        bytes[] memory sigs = new bytes[](size);
        bool[] memory expected = new bool[](size);
        Model memory m;
        for (uint256 i; i < size; ++i) {
            (votes[i], sigs[i], expected[i]) = _randomSignedVote(m, id, uint256(keccak256(abi.encode(seed, i))));
        }

        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes(votes, sigs);
        for (uint256 i; i < size; ++i) {
            assertEq(counted[i], expected[i], "counted != model");
        }
        uint256[] memory t = polls.tally(id);
        for (uint256 o; o < OPTIONS; ++o) {
            assertEq(t[o], m.tallies[o], "tally != model");
        }
        for (uint256 v; v < VOTERS; ++v) {
            assertEq(polls.nonces(id, voters[v]), m.nonce[v], "nonce != model");
            assertEq(polls.hasVoted(id, voters[v]), m.voted[v]);
        }
        _assertTallies(id);
    }

    /// @dev A random signed vote and whether the model counts it (updating the model if so).
    function _randomSignedVote(Model memory m, uint256 id, uint256 r)
        internal
        view
        returns (IHolderPolls.Vote memory vote, bytes memory sig, bool ok)
    {
        uint256 v = r % VOTERS;
        uint256 option = (r >> 8) % (OPTIONS + 1);
        uint256 n = m.nonce[v];
        uint256 nonceKind = (r >> 16) % 4; // 0-1 current, 2 next, 3 previous
        if (nonceKind == 2) ++n;
        else if (nonceKind == 3 && n != 0) --n;
        bool rightSigner = (r >> 24) % 5 != 0;
        vote = IHolderPolls.Vote({pollId: id, voter: voters[v], option: option, nonce: n});
        sig = _sign(polls, rightSigner ? keys[v] : keys[(v + 1) % VOTERS], vote);

        uint256 weight = _weightAtSetup(v);
        ok = option < OPTIONS && n == m.nonce[v] && rightSigner && weight != 0;
        if (ok) {
            if (m.voted[v]) m.tallies[m.option[v]] -= weight;
            m.tallies[option] += weight;
            (m.voted[v], m.option[v]) = (true, option);
            ++m.nonce[v];
        }
    }
}
