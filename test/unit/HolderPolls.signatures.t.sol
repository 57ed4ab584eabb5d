// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {HolderPollsTestBase} from "../utils/HolderPollsTestBase.sol";
import {MockERC1271Wallet} from "../utils/mocks/MockERC1271Wallet.sol";

/// @notice Signed votes ({HolderPolls-voteBySig}) and batch relaying ({HolderPolls-relayVotes}): the EIP-712 digest,
/// signatures bound to chain, module, poll, option and voter, nonces against replay (including after a changed vote),
/// ERC-1271 smart-wallet voters, and batches mixing valid and invalid votes.
contract HolderPollsSignaturesTest is HolderPollsTestBase {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 internal constant WALLET_VOTES = 50_000 ether;

    uint256 internal pollId;
    uint256 internal daveKey;
    address internal walletOwner;
    uint256 internal walletOwnerKey;
    MockERC1271Wallet internal wallet;

    function setUp() public override {
        super.setUp();
        (, daveKey) = makeAddrAndKey("dave");
        (walletOwner, walletOwnerKey) = makeAddrAndKey("walletOwner");
        wallet = new MockERC1271Wallet(walletOwner);
        vm.prank(creator);
        assertTrue(token.transfer(address(wallet), WALLET_VOTES));
        vm.warp(block.timestamp + 1);
        pollId = _defaultPoll();
    }

    function _relay(IHolderPolls.Vote memory v, bytes memory signature) internal {
        vm.prank(relayer);
        polls.voteBySig(v, signature);
    }

    function _invalidSignature(address voter) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidSignature.selector, voter);
    }

    function _invalidNonce(address voter, uint256 current) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidNonce.selector, voter, current);
    }

    /*//////////////////////////////////////////////////////////////
                               VOTE BY SIG
    //////////////////////////////////////////////////////////////*/

    function test_VoteBySig_CountsVoteRelayedByAnyone() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 2);
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteCast(pollId, alice, 2, ALICE_VOTES);
        _relay(v, sig);
        assertEq(polls.tally(pollId)[2], ALICE_VOTES);
        assertEq(polls.voteOf(pollId, alice).option, 2);
        assertEq(polls.nonces(pollId, alice), 1);
        assertFalse(polls.hasVoted(pollId, relayer));
    }

    function test_VoteDigest_IsEip712() public view {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: alice, option: 1, nonce: 7});
        bytes32 domain = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("PersonalToken Polls"), keccak256("1"), block.chainid, address(polls))
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Vote(uint256 pollId,address voter,uint256 option,uint256 nonce)"), pollId, alice, 1, 7
            )
        );
        assertEq(polls.voteDigest(v), keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        assertEq(polls.VOTE_TYPEHASH(), keccak256("Vote(uint256 pollId,address voter,uint256 option,uint256 nonce)"));
    }

    function test_VoteBySig_ChangeVote() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        _relay(v, sig);
        (v, sig) = _signed(polls, aliceKey, pollId, 1);
        assertEq(v.nonce, 1);
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteChanged(pollId, alice, 0, 1, ALICE_VOTES);
        _relay(v, sig);
        assertEq(polls.tally(pollId)[0], 0);
        assertEq(polls.tally(pollId)[1], ALICE_VOTES);
        assertEq(polls.getPoll(pollId).voterCount, 1);
    }

    /// @notice The voter may submit their own signed vote; the signer, not the sender, votes.
    function test_VoteBySig_SubmittedByVoterItself() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, bobKey, pollId, 1);
        vm.prank(alice);
        polls.voteBySig(v, sig);
        assertTrue(polls.hasVoted(pollId, bob));
        assertFalse(polls.hasVoted(pollId, alice));
    }

    /// @notice A signature made for one chain is refused on another (a fork with a new chain id), and the domain is
    /// rebuilt there, so a vote signed for the new chain id counts.
    function test_RevertWhen_VoteBySig_WrongChainId() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        vm.chainId(8453);
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, sig);

        (uint8 sv, bytes32 r, bytes32 s) = vm.sign(aliceKey, polls.voteDigest(v));
        _relay(v, abi.encodePacked(r, s, sv));
        assertEq(polls.tally(pollId)[0], ALICE_VOTES);
        (,,, uint256 chainId,,,) = polls.eip712Domain();
        assertEq(chainId, 8453);
    }

    /// @notice A vote signed for another polls module (another token's, same poll id, same voter) is refused here.
    function test_RevertWhen_VoteBySig_OtherModule() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        (, HolderPolls other) = _launchPolls(p);
        vm.warp(block.timestamp + 1);
        uint256 otherId = _createPoll(other, _habits());
        assertEq(otherId, pollId);

        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(other, aliceKey, otherId, 0);
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, sig);
        // It counts where it was meant to.
        vm.prank(relayer);
        other.voteBySig(v, sig);
        assertEq(other.tally(otherId)[0], 1_000_000 ether);
    }

    function test_RevertWhen_VoteBySig_WrongVoter() public {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: alice, option: 0, nonce: 0});
        bytes memory sig = _sign(polls, bobKey, v);
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, sig);
    }

    /// @notice Any field changed after signing invalidates the signature.
    function test_RevertWhen_VoteBySig_TamperedVote() public {
        uint256 second = _defaultPoll();
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);

        v.option = 1;
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, sig);

        v.option = 0;
        v.pollId = second;
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, sig);

        v.pollId = pollId;
        v.voter = bob;
        vm.expectRevert(_invalidSignature(bob));
        _relay(v, sig);
    }

    /// @notice A signed vote for one poll says nothing about another: a signature carries its poll id.
    function test_VoteBySig_PollsHaveSeparateNonces() public {
        uint256 second = _defaultPoll();
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        _relay(v, sig);
        assertEq(polls.nonces(second, alice), 0);
        (v, sig) = _signed(polls, aliceKey, second, 2);
        _relay(v, sig);
        assertEq(polls.tally(second)[2], ALICE_VOTES);
    }

    function test_RevertWhen_VoteBySig_Replayed() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        _relay(v, sig);
        vm.expectRevert(_invalidNonce(alice, 1));
        _relay(v, sig);
    }

    /// @notice After a changed vote, the earlier signed vote cannot be replayed to switch back.
    function test_RevertWhen_VoteBySig_ReplayedAfterChange() public {
        (IHolderPolls.Vote memory first, bytes memory firstSig) = _signed(polls, aliceKey, pollId, 0);
        _relay(first, firstSig);
        (IHolderPolls.Vote memory second, bytes memory secondSig) = _signed(polls, aliceKey, pollId, 1);
        _relay(second, secondSig);
        vm.expectRevert(_invalidNonce(alice, 2));
        _relay(first, firstSig);
        assertEq(polls.voteOf(pollId, alice).option, 1);
    }

    /// @notice A signed vote handed out but not yet submitted dies when the voter votes directly.
    function test_RevertWhen_VoteBySig_StaleAfterDirectVote() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        _vote(alice, pollId, 2);
        vm.expectRevert(_invalidNonce(alice, 1));
        _relay(v, sig);
        assertEq(polls.voteOf(pollId, alice).option, 2);
    }

    function test_RevertWhen_VoteBySig_FutureNonce() public {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: alice, option: 0, nonce: 1});
        bytes memory sig = _sign(polls, aliceKey, v);
        vm.expectRevert(_invalidNonce(alice, 0));
        _relay(v, sig);
    }

    /// @notice The poll's end is every signed vote's deadline: a vote signed in time but submitted at the end is
    /// refused; one submitted in the last second counts.
    function test_RevertWhen_VoteBySig_SubmittedAtEnd() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        uint64 end = polls.getPoll(pollId).end;
        vm.warp(end);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooLate.selector, pollId, end));
        _relay(v, sig);
        vm.warp(end - 1);
        _relay(v, sig);
        assertTrue(polls.hasVoted(pollId, alice));
    }

    function test_RevertWhen_VoteBySig_BeforeStart() public {
        uint64 start = uint64(block.timestamp) + 1 hours;
        vm.prank(creator);
        uint256 id = polls.createPoll(QUESTION, _habits(), start, start + 1 days);
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, id, 0);
        vm.warp(start - 1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_TooEarly.selector, id, start));
        _relay(v, sig);
        vm.warp(start);
        _relay(v, sig);
        assertTrue(polls.hasVoted(id, alice));
    }

    function test_RevertWhen_VoteBySig_NoVotingWeight() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, daveKey, pollId, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IHolderPolls.HolderPolls_NoVotingWeight.selector, dave, polls.getPoll(pollId).snapshot
            )
        );
        _relay(v, sig);
    }

    function test_RevertWhen_VoteBySig_UnknownPoll() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        v.pollId = 5;
        vm.expectRevert(_err(IHolderPolls.HolderPolls_UnknownPoll.selector, 5));
        _relay(v, sig);
    }

    function test_RevertWhen_VoteBySig_Cancelled() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        vm.prank(creator);
        polls.cancelPoll(pollId);
        vm.expectRevert(_err(IHolderPolls.HolderPolls_PollIsCancelled.selector, pollId));
        _relay(v, sig);
    }

    function test_RevertWhen_VoteBySig_InvalidOption() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 3);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOption.selector, pollId, 3, 3));
        _relay(v, sig);
    }

    /// @notice Malformed signatures (empty, short, high-s malleated) are refused, never reverting inside recovery.
    function test_RevertWhen_VoteBySig_MalformedSignature() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, "");
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, hex"0102030405");

        (uint8 sv, bytes32 r, bytes32 s) = vm.sign(aliceKey, polls.voteDigest(v));
        bytes memory malleated = abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), sv == 27 ? uint8(28) : 27);
        vm.expectRevert(_invalidSignature(alice));
        _relay(v, malleated);

        _relay(v, sig);
        assertTrue(polls.hasVoted(pollId, alice));
    }

    /*//////////////////////////////////////////////////////////////
                           ERC-1271 SMART WALLETS
    //////////////////////////////////////////////////////////////*/

    function test_VoteBySig_SmartWallet() public {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: address(wallet), option: 1, nonce: 0});
        bytes memory sig = _sign(polls, walletOwnerKey, v);
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteCast(pollId, address(wallet), 1, WALLET_VOTES);
        _relay(v, sig);
        assertEq(polls.voteOf(pollId, address(wallet)).weight, WALLET_VOTES);
        assertFalse(polls.hasVoted(pollId, walletOwner), "the wallet votes, not its owner key");
    }

    function test_RevertWhen_VoteBySig_SmartWalletRefuses() public {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: address(wallet), option: 1, nonce: 0});
        bytes memory sig = _sign(polls, aliceKey, v);
        vm.expectRevert(_invalidSignature(address(wallet)));
        _relay(v, sig);
    }

    /// @notice A wallet whose `isValidSignature` reverts is refused, not propagated.
    function test_RevertWhen_VoteBySig_SmartWalletReverts() public {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: address(wallet), option: 1, nonce: 0});
        bytes memory sig = _sign(polls, walletOwnerKey, v);
        vm.mockCallRevert(address(wallet), abi.encodeWithSelector(IERC1271.isValidSignature.selector), "broken");
        vm.expectRevert(_invalidSignature(address(wallet)));
        _relay(v, sig);
    }

    /// @notice A smart wallet can also vote directly, as the caller.
    function test_Vote_SmartWalletDirectly() public {
        vm.prank(walletOwner);
        wallet.execute(address(polls), abi.encodeCall(IHolderPolls.vote, (pollId, 2)));
        assertEq(polls.tally(pollId)[2], WALLET_VOTES);
    }

    /*//////////////////////////////////////////////////////////////
                              RELAY VOTES
    //////////////////////////////////////////////////////////////*/

    function test_RelayVotes_CountsEveryValidVote() public {
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](4);
        bytes[] memory sigs = new bytes[](4);
        (votes[0], sigs[0]) = _signed(polls, aliceKey, pollId, 0);
        (votes[1], sigs[1]) = _signed(polls, bobKey, pollId, 1);
        (votes[2], sigs[2]) = _signed(polls, carolKey, pollId, 0);
        votes[3] = IHolderPolls.Vote({pollId: pollId, voter: address(wallet), option: 2, nonce: 0});
        sigs[3] = _sign(polls, walletOwnerKey, votes[3]);

        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes(votes, sigs);
        assertEq(counted.length, 4);
        for (uint256 i; i < 4; ++i) {
            assertTrue(counted[i]);
        }
        uint256[] memory t = polls.tally(pollId);
        assertEq(t[0], ALICE_VOTES + CAROL_VOTES);
        assertEq(t[1], BOB_VOTES);
        assertEq(t[2], WALLET_VOTES);
        assertEq(polls.getPoll(pollId).voterCount, 4);
    }

    /// @notice One batch with every kind of bad vote between good ones: the good ones count, each bad one is skipped
    /// and reported with the error {voteBySig} would have raised, and nothing reverts.
    function test_RelayVotes_SkipsInvalidAndReports() public {
        uint256 second = _defaultPoll();
        vm.prank(creator);
        polls.cancelPoll(second);
        uint48 snapshot = polls.getPoll(pollId).snapshot;

        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](9);
        bytes[] memory sigs = new bytes[](9);
        bytes[] memory reasons = new bytes[](9);
        // 0: alice, valid.
        (votes[0], sigs[0]) = _signed(polls, aliceKey, pollId, 0);
        // 1: bob's vote signed by carol.
        votes[1] = IHolderPolls.Vote({pollId: pollId, voter: bob, option: 1, nonce: 0});
        sigs[1] = _sign(polls, carolKey, votes[1]);
        reasons[1] = _invalidSignature(bob);
        // 2: item 0 again (replay within the batch).
        (votes[2], sigs[2]) = (votes[0], sigs[0]);
        reasons[2] = _invalidNonce(alice, 1);
        // 3: dave, validly signed, no weight.
        (votes[3], sigs[3]) = _signed(polls, daveKey, pollId, 0);
        reasons[3] = abi.encodeWithSelector(IHolderPolls.HolderPolls_NoVotingWeight.selector, dave, snapshot);
        // 4: carol, option out of range.
        (votes[4], sigs[4]) = _signed(polls, carolKey, pollId, 7);
        reasons[4] = abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidOption.selector, pollId, 7, 3);
        // 5: bob, valid.
        (votes[5], sigs[5]) = _signed(polls, bobKey, pollId, 1);
        // 6: carol in a cancelled poll.
        (votes[6], sigs[6]) = _signed(polls, carolKey, second, 0);
        reasons[6] = _err(IHolderPolls.HolderPolls_PollIsCancelled.selector, second);
        // 7: alice changes her vote with the next nonce: counted.
        votes[7] = IHolderPolls.Vote({pollId: pollId, voter: alice, option: 2, nonce: 1});
        sigs[7] = _sign(polls, aliceKey, votes[7]);
        // 8: carol in an unknown poll.
        (votes[8], sigs[8]) = _signed(polls, carolKey, pollId, 0);
        votes[8].pollId = 9;
        reasons[8] = _err(IHolderPolls.HolderPolls_UnknownPoll.selector, 9);

        for (uint256 i; i < 9; ++i) {
            if (reasons[i].length == 0) continue;
            vm.expectEmit(address(polls));
            emit IHolderPolls.VoteSkipped(i, votes[i].pollId, votes[i].voter, reasons[i]);
        }
        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes(votes, sigs);

        for (uint256 i; i < 9; ++i) {
            assertEq(counted[i], reasons[i].length == 0, vm.toString(i));
        }
        uint256[] memory t = polls.tally(pollId);
        assertEq(t[0], 0);
        assertEq(t[1], BOB_VOTES);
        assertEq(t[2], ALICE_VOTES);
        assertEq(polls.getPoll(pollId).voterCount, 2);
        assertEq(polls.nonces(pollId, alice), 2);
        assertFalse(polls.hasVoted(pollId, carol));
        assertFalse(polls.hasVoted(pollId, dave));
    }

    /// @notice A voter's votes in one batch apply in order: nonce 1 before nonce 0 is skipped, then nonce 0 counts.
    function test_RelayVotes_AppliesInOrder() public {
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](3);
        bytes[] memory sigs = new bytes[](3);
        votes[0] = IHolderPolls.Vote({pollId: pollId, voter: alice, option: 1, nonce: 1});
        sigs[0] = _sign(polls, aliceKey, votes[0]);
        (votes[1], sigs[1]) = _signed(polls, aliceKey, pollId, 0);
        (votes[2], sigs[2]) = (votes[0], sigs[0]);

        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteSkipped(0, pollId, alice, _invalidNonce(alice, 0));
        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes(votes, sigs);
        assertFalse(counted[0]);
        assertTrue(counted[1]);
        assertTrue(counted[2]);
        assertEq(polls.voteOf(pollId, alice).option, 1);
        assertEq(polls.tally(pollId)[1], ALICE_VOTES);
    }

    /// @notice A smart wallet that reverts (or would burn the relayer's transaction) is skipped like any bad signature.
    function test_RelayVotes_SkipsRevertingSmartWallet() public {
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](2);
        bytes[] memory sigs = new bytes[](2);
        votes[0] = IHolderPolls.Vote({pollId: pollId, voter: address(wallet), option: 1, nonce: 0});
        sigs[0] = _sign(polls, walletOwnerKey, votes[0]);
        (votes[1], sigs[1]) = _signed(polls, bobKey, pollId, 1);
        vm.mockCallRevert(address(wallet), abi.encodeWithSelector(IERC1271.isValidSignature.selector), "broken");
        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes(votes, sigs);
        assertFalse(counted[0]);
        assertTrue(counted[1]);
    }

    function test_RelayVotes_AcrossPolls() public {
        uint256 second = _createPoll(polls, _options(2));
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](2);
        bytes[] memory sigs = new bytes[](2);
        (votes[0], sigs[0]) = _signed(polls, aliceKey, pollId, 2);
        (votes[1], sigs[1]) = _signed(polls, aliceKey, second, 1);
        vm.prank(relayer);
        polls.relayVotes(votes, sigs);
        assertEq(polls.tally(pollId)[2], ALICE_VOTES);
        assertEq(polls.tally(second)[1], ALICE_VOTES);
    }

    function test_RelayVotes_Empty() public {
        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes(new IHolderPolls.Vote[](0), new bytes[](0));
        assertEq(counted.length, 0);
    }

    function test_RevertWhen_RelayVotes_LengthMismatch() public {
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](2);
        bytes[] memory sigs = new bytes[](1);
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_LengthMismatch.selector, 2, 1));
        vm.prank(relayer);
        polls.relayVotes(votes, sigs);
    }

    /*//////////////////////////////////////////////////////////////
                            CHECK SIGNED VOTE
    //////////////////////////////////////////////////////////////*/

    function test_CheckSignedVote_EmptyWhenValid() public {
        (IHolderPolls.Vote memory v, bytes memory sig) = _signed(polls, aliceKey, pollId, 0);
        assertEq(polls.checkSignedVote(v, sig).length, 0);
        _relay(v, sig);
        assertEq(polls.checkSignedVote(v, sig), _invalidNonce(alice, 1));
    }

    function test_CheckSignedVote_ReportsWhyNot() public view {
        IHolderPolls.Vote memory v = IHolderPolls.Vote({pollId: pollId, voter: alice, option: 0, nonce: 0});
        assertEq(polls.checkSignedVote(v, _sign(polls, bobKey, v)), _invalidSignature(alice));
        (IHolderPolls.Vote memory d, bytes memory dsig) = _signed(polls, daveKey, pollId, 0);
        assertEq(
            polls.checkSignedVote(d, dsig),
            abi.encodeWithSelector(
                IHolderPolls.HolderPolls_NoVotingWeight.selector, dave, polls.getPoll(pollId).snapshot
            )
        );
    }
}
