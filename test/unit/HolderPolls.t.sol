// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {HolderPollsTestBase} from "../utils/HolderPollsTestBase.sol";

/// @notice Unit tests for {HolderPolls}: setup, poll creation, cancellation, direct votes, finalization and every
/// view; each error as `test_RevertWhen_…`, both sides of every time boundary. Signed and relayed votes are in
/// HolderPolls.signatures.t.sol.
contract HolderPollsTest is HolderPollsTestBase {
    /*//////////////////////////////////////////////////////////////
                                 SETUP
    //////////////////////////////////////////////////////////////*/

    function test_InitializeModule_SetsTokenAndCreator() public view {
        assertEq(polls.token(), address(token));
        assertEq(polls.creator(), creator);
        assertEq(polls.pollCount(), 0);
        assertEq(factory.moduleTokenOf(address(polls)), address(token));
        assertEq(factory.predictModuleAddress(address(token), address(pollsImpl), 0), address(polls));
    }

    function test_Eip712Domain_IsThisCloneOnThisChain() public view {
        (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            polls.eip712Domain();
        assertEq(fields, hex"0f");
        assertEq(name, "PersonalToken Polls");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(polls));
    }

    function test_RevertWhen_InitializeModuleTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        polls.initializeModule(address(token), alice, 0, "");
    }

    function test_RevertWhen_ImplementationInitialized() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        pollsImpl.initializeModule(address(token), alice, 0, "");
    }

    function test_RevertWhen_LaunchedWithTokens() public {
        IPersonalTokenFactory.ModuleParams[] memory modules = _pollsModules();
        modules[0].tokenAmount = 1 ether;
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        p.allocations[0].amount -= 1 ether;
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_FundedAtLaunch.selector, 1 ether));
        vm.prank(creator);
        factory.launchWithModules(p, modules);
    }

    function test_RevertWhen_LaunchedWithData() public {
        IPersonalTokenFactory.ModuleParams[] memory modules = _pollsModules();
        modules[0].data = abi.encode(uint256(1));
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_UnexpectedData.selector, 32));
        vm.prank(creator);
        factory.launchWithModules(p, modules);
    }

    /*//////////////////////////////////////////////////////////////
                              CREATE POLL
    //////////////////////////////////////////////////////////////*/

    function test_CreatePoll_StoresPoll() public {
        uint64 end = uint64(block.timestamp) + POLL_LENGTH;
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), uint64(block.timestamp), end);
        uint256 createdAt = block.timestamp;
        vm.warp(createdAt + 1);

        assertEq(id, 0);
        assertEq(polls.pollCount(), 1);
        IHolderPolls.PollView memory p = polls.getPoll(id);
        assertEq(p.questionURI, QUESTION);
        assertEq(p.options.length, 3);
        assertEq(p.options[0], "run 5 km a day");
        assertEq(p.options[2], "no sugar");
        assertEq(p.start, createdAt + 1, "opens when the snapshot is final");
        assertEq(p.end, end);
        assertEq(p.snapshot, 1, "the token's first snapshot");
        assertEq(p.snapshotTime, createdAt, "taken at creation");
        assertEq(uint8(p.state), uint8(IHolderPolls.PollState.Active));
        assertEq(p.voterCount, 0);
        assertEq(p.totalVotes, 0);
        assertEq(polls.tally(id).length, 3);
    }

    function test_CreatePoll_EmitsPollCreated() public {
        uint64 now_ = uint64(block.timestamp);
        vm.expectEmit(address(polls));
        // forge-lint: disable-next-line(unsafe-typecast) a 2023 timestamp
        emit IHolderPolls.PollCreated(0, QUESTION, _habits(), now_ + 1, now_ + POLL_LENGTH, 1);
        _defaultPoll();
    }

    function test_CreatePoll_StartInThePastMeansWhenTheSnapshotIsFinal() public {
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), 1, uint64(block.timestamp) + 1 hours);
        assertEq(polls.getPoll(id).start, block.timestamp + 1);
    }

    /// @notice With a reused snapshot that is already final, a past start means now.
    function test_CreatePoll_StartInThePastWithAReusedSnapshotMeansNow() public {
        _defaultPoll();
        vm.warp(block.timestamp + 1 hours);
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), 1, uint64(block.timestamp) + 1 hours);
        assertEq(polls.getPoll(id).start, block.timestamp);
        assertEq(polls.getPoll(id).snapshot, 1);
    }

    function test_CreatePoll_FutureStartIsPending() public {
        uint64 start = uint64(block.timestamp) + 1 days;
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, start + 1 days);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Pending));
        assertEq(polls.getPoll(id).start, start);
        assertEq(polls.getPoll(id).snapshotTime, block.timestamp, "snapshot fixed at creation, not at start");
    }

    function test_CreatePoll_IdsCount() public {
        assertEq(_defaultPoll(), 0);
        assertEq(_defaultPoll(), 1);
        assertEq(_createPoll(polls, _options(2)), 2);
        assertEq(polls.pollCount(), 3);
    }

    function test_CreatePoll_MinAndMaxOptions() public {
        uint256 min = _createPoll(polls, _options(polls.MIN_OPTIONS()));
        uint256 max = _createPoll(polls, _options(polls.MAX_OPTIONS()));
        assertEq(polls.getPoll(min).options.length, 2);
        assertEq(polls.getPoll(max).options.length, 16);
        assertEq(polls.getPoll(max).options[15], "option 15");
    }

    /// @notice The longest window and the furthest start are allowed exactly at their bounds.
    function test_CreatePoll_WindowBounds() public {
        uint64 now_ = uint64(block.timestamp);
        uint64 start = now_ + polls.MAX_START_DELAY();
        vm.startPrank(creator);
        uint256 a = polls.createPoll(QUESTION, _habits(), 0, now_ + polls.MAX_DURATION());
        uint256 b = polls.createPoll(QUESTION, _habits(), start, start + 1);
        uint256 c = polls.createPoll(QUESTION, _habits(), 0, now_ + 2);
        uint256 d = polls.createPoll(QUESTION, _habits(), now_ + 1, now_ + 1 + polls.MAX_DURATION());
        vm.stopPrank();
        assertEq(polls.getPoll(a).end - polls.getPoll(a).start, 365 days - 1);
        assertEq(polls.getPoll(b).start, start);
        assertEq(polls.getPoll(c).end - polls.getPoll(c).start, 1, "one-second poll");
        assertEq(polls.getPoll(d).end - polls.getPoll(d).start, 365 days);
    }

    /// @notice One second after the launch block, the snapshot sees the launch allocations.
    function test_CreatePoll_OneSecondAfterLaunch() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        (, HolderPolls other) = _launchPolls(p);
        vm.warp(block.timestamp + 1);
        uint256 id = _createPoll(other, _habits());
        assertEq(other.votingWeight(id, alice), 1_000_000 ether);
        assertEq(other.votingWeight(id, creator), CREATOR_VOTES);
    }

    function test_RevertWhen_CreatePoll_NotCreator() public {
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_NotCreator.selector, alice));
        vm.prank(alice);
        polls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + 1 days);
    }

    function test_RevertWhen_CreatePoll_EmptyQuestion() public {
        vm.expectRevert(IHolderPolls.HolderPolls_EmptyQuestion.selector);
        vm.prank(creator);
        polls.createPoll("", _habits(), 0, uint64(block.timestamp) + 1 days);
    }

    function test_RevertWhen_CreatePoll_TooFewOptions() public {
        vm.startPrank(creator);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOptionCount.selector, 1));
        polls.createPoll(QUESTION, _options(1), 0, uint64(block.timestamp) + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOptionCount.selector, 0));
        polls.createPoll(QUESTION, _options(0), 0, uint64(block.timestamp) + 1 days);
        vm.stopPrank();
    }

    function test_RevertWhen_CreatePoll_TooManyOptions() public {
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOptionCount.selector, 17));
        vm.prank(creator);
        polls.createPoll(QUESTION, _options(17), 0, uint64(block.timestamp) + 1 days);
    }

    function test_RevertWhen_CreatePoll_EmptyOption() public {
        string[] memory options = _habits();
        options[2] = "";
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_EmptyOption.selector, 2));
        vm.prank(creator);
        polls.createPoll(QUESTION, options, 0, uint64(block.timestamp) + 1 days);
    }

    function test_RevertWhen_CreatePoll_EndNotAfterStart() public {
        uint64 now_ = uint64(block.timestamp);
        vm.startPrank(creator);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, now_ + 10, now_ + 10));
        polls.createPoll(QUESTION, _habits(), now_ + 10, now_ + 10);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, now_ + 10, now_ + 9));
        polls.createPoll(QUESTION, _habits(), now_ + 10, now_ + 9);
        vm.stopPrank();
    }

    /// @notice An end at or before the opening second (a start in the past means the second after the snapshot) is an
    /// empty window.
    function test_RevertWhen_CreatePoll_EndNotInTheFuture() public {
        uint64 now_ = uint64(block.timestamp);
        vm.startPrank(creator);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, now_ + 1, now_ + 1));
        polls.createPoll(QUESTION, _habits(), 0, now_ + 1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, now_ + 1, now_));
        polls.createPoll(QUESTION, _habits(), 0, now_);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, now_ + 1, now_ - 1));
        polls.createPoll(QUESTION, _habits(), now_ - 10, now_ - 1);
        vm.stopPrank();
    }

    function test_RevertWhen_CreatePoll_TooLong() public {
        uint64 now_ = uint64(block.timestamp);
        uint64 end = now_ + 1 + polls.MAX_DURATION() + 1;
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, now_ + 1, end));
        vm.prank(creator);
        polls.createPoll(QUESTION, _habits(), 0, end);
    }

    function test_RevertWhen_CreatePoll_StartsTooFarAhead() public {
        uint64 start = uint64(block.timestamp) + polls.MAX_START_DELAY() + 1;
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidWindow.selector, start, start + 1));
        vm.prank(creator);
        polls.createPoll(QUESTION, _habits(), start, start + 1);
    }

    /// @notice In the launch block the snapshot precedes every mint: no one could vote, so the poll is refused.
    /// @notice A poll may be created in the launch block: the supply is minted in the launch transaction.
    function test_CreatePoll_InLaunchBlock() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        (, HolderPolls other) = _launchPolls(p);
        uint256 id = _createPoll(other, _habits());
        assertEq(other.votingWeight(id, alice), 1_000_000 ether);
    }

    function test_RevertWhen_CreatePoll_EverythingBurned() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(1 ether);
        p.salt = keccak256("ALT");
        (PersonalToken other, HolderPolls otherPolls) = _launchPolls(p);
        vm.prank(creator);
        other.burn(1 ether);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_NoSupplyAtSnapshot.selector, 1));
        vm.prank(creator);
        otherPolls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + 1 days);
        (uint256 latest,) = other.latestSnapshot();
        assertEq(latest, 0, "the refused creation took no snapshot");
    }

    /*//////////////////////////////////////////////////////////////
                              CANCEL POLL
    //////////////////////////////////////////////////////////////*/

    function test_CancelPoll_BeforeAnyVote() public {
        uint256 id = _defaultPoll();
        vm.expectEmit(address(polls));
        emit IHolderPolls.PollCancelled(id);
        vm.prank(creator);
        polls.cancelPoll(id);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Cancelled));
        assertEq(uint8(polls.getPoll(id).state), uint8(IHolderPolls.PollState.Cancelled));
    }

    function test_CancelPoll_Pending() public {
        uint64 start = uint64(block.timestamp) + 1 days;
        vm.startPrank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, start + 1 days);
        polls.cancelPoll(id);
        vm.stopPrank();
        vm.warp(start);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Cancelled));
    }

    function test_CancelPoll_EndedWithoutVotes() public {
        uint256 id = _defaultPoll();
        vm.warp(block.timestamp + POLL_LENGTH);
        vm.prank(creator);
        polls.cancelPoll(id);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Cancelled));
    }

    function test_RevertWhen_CancelPoll_NotCreator() public {
        uint256 id = _defaultPoll();
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_NotCreator.selector, alice));
        vm.prank(alice);
        polls.cancelPoll(id);
    }

    function test_RevertWhen_CancelPoll_HasVotes() public {
        uint256 id = _defaultPoll();
        _vote(bob, id, 1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_PollHasVotes.selector, id, 1));
        vm.prank(creator);
        polls.cancelPoll(id);
        // Not after the end either.
        vm.warp(block.timestamp + POLL_LENGTH);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_PollHasVotes.selector, id, 1));
        vm.prank(creator);
        polls.cancelPoll(id);
    }

    function test_RevertWhen_CancelPoll_Cancelled() public {
        uint256 id = _defaultPoll();
        vm.startPrank(creator);
        polls.cancelPoll(id);
        vm.expectRevert(_err(IHolderPolls.HolderPolls_PollIsCancelled.selector, id));
        polls.cancelPoll(id);
        vm.stopPrank();
    }

    function test_RevertWhen_CancelPoll_Finalized() public {
        uint256 id = _defaultPoll();
        vm.warp(block.timestamp + POLL_LENGTH);
        polls.finalize(id);
        vm.expectRevert(_err(IHolderPolls.HolderPolls_AlreadyFinalized.selector, id));
        vm.prank(creator);
        polls.cancelPoll(id);
    }

    function test_RevertWhen_CancelPoll_UnknownPoll() public {
        vm.expectRevert(_err(IHolderPolls.HolderPolls_UnknownPoll.selector, 0));
        vm.prank(creator);
        polls.cancelPoll(0);
    }

    /*//////////////////////////////////////////////////////////////
                                  VOTE
    //////////////////////////////////////////////////////////////*/

    function test_Vote_CountsWeightAtSnapshot() public {
        uint256 id = _defaultPoll();
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteCast(id, alice, 2, ALICE_VOTES);
        _vote(alice, id, 2);

        assertEq(polls.tally(id)[2], ALICE_VOTES);
        assertEq(polls.tally(id)[0], 0);
        assertTrue(polls.hasVoted(id, alice));
        assertFalse(polls.hasVoted(id, bob));
        IHolderPolls.Ballot memory b = polls.voteOf(id, alice);
        assertTrue(b.voted);
        assertEq(b.option, 2);
        assertEq(b.weight, ALICE_VOTES);
        assertEq(polls.nonces(id, alice), 1);
        assertEq(polls.getPoll(id).voterCount, 1);
        assertEq(polls.getPoll(id).totalVotes, ALICE_VOTES);
    }

    function test_Vote_SeveralVoters() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 0);
        _vote(bob, id, 1);
        _vote(carol, id, 0);
        _vote(creator, id, 2);
        uint256[] memory t = polls.tally(id);
        assertEq(t[0], ALICE_VOTES + CAROL_VOTES);
        assertEq(t[1], BOB_VOTES);
        assertEq(t[2], CREATOR_VOTES);
        assertEq(polls.getPoll(id).voterCount, 4);
        assertEq(polls.getPoll(id).totalVotes, ALICE_VOTES + BOB_VOTES + CAROL_VOTES + CREATOR_VOTES);
    }

    function test_Vote_AtStart() public {
        uint64 start = uint64(block.timestamp) + 1 days;
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, start + 1 days);
        vm.warp(start);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Active));
        _vote(alice, id, 0);
        assertEq(polls.tally(id)[0], ALICE_VOTES);
    }

    function test_RevertWhen_Vote_BeforeStart() public {
        uint64 start = uint64(block.timestamp) + 1 days;
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, start + 1 days);
        vm.warp(start - 1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooEarly.selector, id, start));
        _vote(alice, id, 0);
    }

    function test_Vote_LastSecond() public {
        uint256 id = _defaultPoll();
        uint64 end = polls.getPoll(id).end;
        vm.warp(end - 1);
        _vote(alice, id, 1);
        assertEq(polls.tally(id)[1], ALICE_VOTES);
    }

    function test_RevertWhen_Vote_AtEnd() public {
        uint256 id = _defaultPoll();
        uint64 end = polls.getPoll(id).end;
        vm.warp(end);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Ended));
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooLate.selector, id, end));
        _vote(alice, id, 1);
    }

    function test_Vote_ChangeMovesWeight() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 0);
        _vote(bob, id, 0);
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteChanged(id, alice, 0, 2, ALICE_VOTES);
        _vote(alice, id, 2);

        uint256[] memory t = polls.tally(id);
        assertEq(t[0], BOB_VOTES);
        assertEq(t[2], ALICE_VOTES);
        assertEq(polls.voteOf(id, alice).option, 2);
        assertEq(polls.getPoll(id).voterCount, 2, "a change is not a new voter");
        assertEq(polls.getPoll(id).totalVotes, ALICE_VOTES + BOB_VOTES);
        assertEq(polls.nonces(id, alice), 2);
    }

    /// @notice Voting the same option again changes nothing but the nonce (it invalidates outstanding signed votes).
    function test_Vote_SameOptionAgain() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 1);
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteChanged(id, alice, 1, 1, ALICE_VOTES);
        _vote(alice, id, 1);
        assertEq(polls.tally(id)[1], ALICE_VOTES);
        assertEq(polls.getPoll(id).totalVotes, ALICE_VOTES);
        assertEq(polls.nonces(id, alice), 2);
    }

    /// @notice A change at the last second counts; the weight stays the snapshot's even if the voter now holds more.
    function test_Vote_ChangeKeepsSnapshotWeight() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 0);
        vm.prank(creator);
        assertTrue(token.transfer(alice, 1_000_000 ether));
        vm.warp(polls.getPoll(id).end - 1);
        _vote(alice, id, 1);
        assertEq(polls.voteOf(id, alice).weight, ALICE_VOTES);
        assertEq(polls.tally(id)[1], ALICE_VOTES);
        assertEq(polls.tally(id)[0], 0);
    }

    /// @notice Tokens moved after the snapshot do not count: the sender votes with what it held, the receiver with
    /// what it held (nothing, for a newcomer), so the same tokens never vote twice.
    function test_Vote_TokensMovedAfterSnapshotDoNotCount() public {
        uint256 id = _defaultPoll();
        vm.startPrank(alice);
        assertTrue(token.transfer(dave, ALICE_VOTES));
        vm.stopPrank();
        vm.prank(bob);
        assertTrue(token.transfer(carol, BOB_VOTES));

        _vote(alice, id, 0);
        _vote(bob, id, 1);
        _vote(carol, id, 2);
        vm.expectRevert(
            abi.encodeWithSelector(IHolderPolls.HolderPolls_NoVotingWeight.selector, dave, polls.getPoll(id).snapshot)
        );
        _vote(dave, id, 0);

        assertEq(token.balanceOf(alice), 0);
        assertEq(polls.voteOf(id, alice).weight, ALICE_VOTES, "sender keeps its snapshot weight");
        assertEq(polls.voteOf(id, bob).weight, BOB_VOTES);
        assertEq(polls.voteOf(id, carol).weight, CAROL_VOTES, "receiver gets only its snapshot weight");
        assertEq(polls.getPoll(id).totalVotes, ALICE_VOTES + BOB_VOTES + CAROL_VOTES);
    }

    /// @notice The snapshot is the end of the creating second: a transfer in the creating block, before the poll,
    /// counts.
    function test_Vote_TransferBeforeCreationInTheSameSecondCounts() public {
        vm.prank(alice);
        assertTrue(token.transfer(dave, 100_000 ether));
        uint256 id = _defaultPoll();
        assertEq(polls.votingWeight(id, alice), ALICE_VOTES - 100_000 ether);
        assertEq(polls.votingWeight(id, dave), 100_000 ether);
        _vote(dave, id, 0);
        assertEq(polls.tally(id)[0], 100_000 ether);
    }

    /// @notice A buy before and a sell after the creation, in the same block, weigh nothing: what counts is what is held
    /// when the second ends.
    function test_Vote_SandwichAroundCreationWeighsNothing() public {
        vm.prank(alice);
        assertTrue(token.transfer(dave, 100_000 ether));
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + POLL_LENGTH);
        vm.prank(dave);
        assertTrue(token.transfer(alice, 100_000 ether));
        vm.warp(block.timestamp + 1);
        assertEq(polls.votingWeight(id, dave), 0);
        vm.expectRevert(
            abi.encodeWithSelector(IHolderPolls.HolderPolls_NoVotingWeight.selector, dave, polls.getPoll(id).snapshot)
        );
        _vote(dave, id, 0);
        _vote(alice, id, 0);
        assertEq(polls.tally(id)[0], ALICE_VOTES);
    }

    /// @notice A poll opens the second after its snapshot: no vote in the creating second, whatever `start` says.
    function test_RevertWhen_Vote_InTheCreatingSecond() public {
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + POLL_LENGTH);
        assertEq(polls.getPoll(id).start, block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooEarly.selector, id, block.timestamp + 1));
        _vote(alice, id, 0);
        // Until then the weight shown is the balance so far.
        assertEq(polls.votingWeight(id, alice), ALICE_VOTES);
    }

    /// @notice Polls created more than a day apart have their own snapshots.
    function test_Vote_PollsADayApartHaveTheirOwnSnapshots() public {
        uint256 first = _defaultPoll();
        vm.prank(alice);
        assertTrue(token.transfer(dave, ALICE_VOTES));
        vm.warp(block.timestamp + 1 days);
        uint256 second = _defaultPoll();
        assertEq(polls.getPoll(second).snapshot, polls.getPoll(first).snapshot + 1);
        _vote(alice, first, 0);
        _vote(dave, second, 0);
        assertEq(polls.tally(first)[0], ALICE_VOTES);
        assertEq(polls.tally(second)[0], ALICE_VOTES);
        assertEq(polls.votingWeight(first, dave), 0);
        assertEq(polls.votingWeight(second, alice), 0);
    }

    /// @notice Polls created within a day share the first one's snapshot (and so its weights): holders pay at most one
    /// history write a day however many polls the creator opens.
    function test_Vote_PollsWithinADayShareTheSnapshot() public {
        uint256 first = _defaultPoll();
        vm.prank(alice);
        assertTrue(token.transfer(dave, ALICE_VOTES));
        vm.warp(block.timestamp + 1 days - 2);
        uint256 second = _defaultPoll();
        assertEq(polls.getPoll(second).snapshot, polls.getPoll(first).snapshot);
        assertEq(polls.getPoll(second).snapshotTime, polls.getPoll(first).snapshotTime);
        assertEq(polls.votingWeight(second, alice), ALICE_VOTES);
        assertEq(polls.votingWeight(second, dave), 0);
    }

    function test_RevertWhen_Vote_NoVotingWeight() public {
        uint256 id = _defaultPoll();
        vm.expectRevert(
            abi.encodeWithSelector(IHolderPolls.HolderPolls_NoVotingWeight.selector, dave, polls.getPoll(id).snapshot)
        );
        _vote(dave, id, 0);
    }

    function test_RevertWhen_Vote_UnknownPoll() public {
        _defaultPoll();
        vm.expectRevert(_err(IHolderPolls.HolderPolls_UnknownPoll.selector, 1));
        _vote(alice, 1, 0);
    }

    function test_RevertWhen_Vote_Cancelled() public {
        uint256 id = _defaultPoll();
        vm.prank(creator);
        polls.cancelPoll(id);
        vm.expectRevert(_err(IHolderPolls.HolderPolls_PollIsCancelled.selector, id));
        _vote(alice, id, 0);
    }

    function test_RevertWhen_Vote_InvalidOption() public {
        uint256 id = _defaultPoll();
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOption.selector, id, 3, 3));
        _vote(alice, id, 3);
        vm.expectRevert(
            abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOption.selector, id, type(uint256).max, 3)
        );
        _vote(alice, id, type(uint256).max);
    }

    /*//////////////////////////////////////////////////////////////
                                FINALIZE
    //////////////////////////////////////////////////////////////*/

    function test_Finalize_RecordsResult() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 0);
        _vote(bob, id, 1);
        _vote(carol, id, 0);
        vm.warp(polls.getPoll(id).end);
        vm.expectEmit(address(polls));
        emit IHolderPolls.PollFinalized(
            id, 0, false, ALICE_VOTES + CAROL_VOTES, ALICE_VOTES + BOB_VOTES + CAROL_VOTES, SUPPLY
        );
        vm.prank(relayer);
        polls.finalize(id);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Finalized));
        (uint256 option, bool tied) = polls.winner(id);
        assertEq(option, 0);
        assertFalse(tied);
    }

    function test_Finalize_WithoutVotesIsTied() public {
        uint256 id = _defaultPoll();
        vm.warp(polls.getPoll(id).end);
        vm.expectEmit(address(polls));
        emit IHolderPolls.PollFinalized(id, 0, true, 0, 0, SUPPLY);
        polls.finalize(id);
    }

    function test_RevertWhen_Finalize_BeforeEnd() public {
        uint256 id = _defaultPoll();
        uint64 end = polls.getPoll(id).end;
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooEarly.selector, id, end));
        polls.finalize(id);
    }

    function test_RevertWhen_Finalize_Twice() public {
        uint256 id = _defaultPoll();
        vm.warp(polls.getPoll(id).end);
        polls.finalize(id);
        vm.expectRevert(_err(IHolderPolls.HolderPolls_AlreadyFinalized.selector, id));
        polls.finalize(id);
    }

    function test_RevertWhen_Finalize_Cancelled() public {
        uint256 id = _defaultPoll();
        vm.prank(creator);
        polls.cancelPoll(id);
        vm.warp(polls.getPoll(id).end);
        vm.expectRevert(_err(IHolderPolls.HolderPolls_PollIsCancelled.selector, id));
        polls.finalize(id);
    }

    function test_RevertWhen_Finalize_UnknownPoll() public {
        vm.expectRevert(_err(IHolderPolls.HolderPolls_UnknownPoll.selector, 0));
        polls.finalize(0);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_State_FollowsTheClock() public {
        uint64 start = uint64(block.timestamp) + 1 hours;
        uint64 end = start + 1 days;
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, end);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Pending));
        vm.warp(start - 1);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Pending));
        vm.warp(start);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Active));
        vm.warp(end - 1);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Active));
        vm.warp(end);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Ended));
        polls.finalize(id);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Finalized));
    }

    function test_Winner_LeaderWithMostVotes() public {
        uint256 id = _createPoll(polls, _options(4));
        _vote(bob, id, 3); // 300,000
        _vote(carol, id, 1); // 200,000
        (uint256 option, bool tied) = polls.winner(id);
        assertEq(option, 3);
        assertFalse(tied);
        _vote(alice, id, 1); // option 1: 700,000
        (option, tied) = polls.winner(id);
        assertEq(option, 1);
        assertFalse(tied);
    }

    /// @notice Equal leaders: the lowest index is reported with `tied`.
    function test_Winner_TieReportsLowestIndex() public {
        // bob and a 300k holder on two different options.
        vm.prank(alice);
        assertTrue(token.transfer(dave, BOB_VOTES));
        vm.warp(block.timestamp + 1);
        uint256 id = _createPoll(polls, _options(4));
        _vote(bob, id, 3);
        _vote(dave, id, 2);
        (uint256 option, bool tied) = polls.winner(id);
        assertEq(option, 2);
        assertTrue(tied);
        IHolderPolls.Results memory r = polls.results(id);
        assertEq(r.winningOption, 2);
        assertTrue(r.tied);
        assertEq(r.winningVotes, BOB_VOTES);
        // A lower-ranked option does not clear the tie; a bigger one does.
        _vote(carol, id, 0);
        (, tied) = polls.winner(id);
        assertTrue(tied);
        _vote(creator, id, 1);
        (option, tied) = polls.winner(id);
        assertEq(option, 1);
        assertFalse(tied);
    }

    function test_Winner_NoVotesIsTied() public {
        uint256 id = _defaultPoll();
        (uint256 option, bool tied) = polls.winner(id);
        assertEq(option, 0);
        assertTrue(tied);
    }

    /// @notice Turnout counts against the supply at the snapshot (which includes the vesting wallet's 5,000,000).
    function test_Turnout_RawAndBps() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 0);
        _vote(bob, id, 1);
        (uint256 votes, uint256 supply, uint256 bps) = polls.turnout(id);
        assertEq(votes, ALICE_VOTES + BOB_VOTES);
        assertEq(supply, SUPPLY);
        assertEq(bps, 800, "800,000 of 10,000,000");
    }

    /// @notice Burning after the snapshot does not move the denominator.
    function test_Turnout_SupplyIsTheSnapshots() public {
        uint256 id = _defaultPoll();
        _vote(creator, id, 0);
        vm.prank(creator);
        token.burn(1_000_000 ether);
        (uint256 votes, uint256 supply, uint256 bps) = polls.turnout(id);
        assertEq(votes, CREATOR_VOTES);
        assertEq(supply, SUPPLY);
        assertEq(bps, 4000);
    }

    function test_Turnout_RoundsDown() public {
        vm.prank(alice);
        assertTrue(token.transfer(dave, 1999 ether)); // 0.01999% of the supply
        vm.warp(block.timestamp + 1);
        uint256 id = _defaultPoll();
        _vote(dave, id, 0);
        (,, uint256 bps) = polls.turnout(id);
        assertEq(bps, 1);
    }

    function test_Results_AllFields() public {
        uint256 id = _defaultPoll();
        _vote(alice, id, 0);
        _vote(bob, id, 1);
        _vote(carol, id, 0);
        vm.warp(polls.getPoll(id).end);
        IHolderPolls.Results memory r = polls.results(id);
        assertEq(uint8(r.state), uint8(IHolderPolls.PollState.Ended));
        assertEq(r.tallies.length, 3);
        assertEq(r.tallies[0], ALICE_VOTES + CAROL_VOTES);
        assertEq(r.tallies[1], BOB_VOTES);
        assertEq(r.tallies[2], 0);
        assertEq(r.winningOption, 0);
        assertFalse(r.tied);
        assertEq(r.winningVotes, ALICE_VOTES + CAROL_VOTES);
        assertEq(r.totalVotes, 1_000_000 ether);
        assertEq(r.voterCount, 3);
        assertEq(r.totalSupply, SUPPLY);
        assertEq(r.turnoutBps, 1000);
        polls.finalize(id);
        assertEq(uint8(polls.results(id).state), uint8(IHolderPolls.PollState.Finalized));
    }

    function test_VotingWeight_IsBalanceAtSnapshot() public {
        uint256 id = _defaultPoll();
        assertEq(polls.votingWeight(id, alice), ALICE_VOTES);
        assertEq(polls.votingWeight(id, creator), CREATOR_VOTES);
        assertEq(polls.votingWeight(id, dave), 0);
        assertEq(polls.votingWeight(id, alice), token.balanceOfAt(alice, polls.getPoll(id).snapshot));
    }

    function test_VoteOf_NotVoted() public {
        uint256 id = _defaultPoll();
        IHolderPolls.Ballot memory b = polls.voteOf(id, alice);
        assertFalse(b.voted);
        assertEq(b.option, 0);
        assertEq(b.weight, 0);
        assertEq(polls.nonces(id, alice), 0);
    }

    function test_RevertWhen_Views_UnknownPoll() public {
        _defaultPoll();
        bytes memory err = _err(IHolderPolls.HolderPolls_UnknownPoll.selector, 1);
        vm.expectRevert(err);
        polls.getPoll(1);
        vm.expectRevert(err);
        polls.state(1);
        vm.expectRevert(err);
        polls.tally(1);
        vm.expectRevert(err);
        polls.winner(1);
        vm.expectRevert(err);
        polls.turnout(1);
        vm.expectRevert(err);
        polls.results(1);
        vm.expectRevert(err);
        polls.hasVoted(1, alice);
        vm.expectRevert(err);
        polls.voteOf(1, alice);
        vm.expectRevert(err);
        polls.votingWeight(1, alice);
        vm.expectRevert(err);
        polls.nonces(1, alice);
    }
}
