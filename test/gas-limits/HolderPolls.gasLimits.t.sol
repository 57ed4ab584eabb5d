// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {HolderPollsTestBase} from "../utils/HolderPollsTestBase.sol";
import {GasBurningERC1271Wallet} from "../utils/mocks/GasBurningERC1271Wallet.sol";

/// @notice The gas cap on ERC-1271 signature checks ({HolderPolls-ERC1271_GAS_LIMIT}): a hostile wallet that looks
/// valid in every simulation and burns all gas in a mined transaction cannot revert a batch, and a sender who gives
/// too little gas gets a revert rather than a wallet's vote skipped.
/// @dev Tests of gas limits live in test/gas-limits/, outside the gas snapshot (`pnpm gas`): its isolation runs every
/// call as its own transaction, which charges intrinsic gas out of `{gas: …}` and resets `vm.txGasPrice`, so it would
/// measure something else than what these tests assert.
contract HolderPollsGasLimitsTest is HolderPollsTestBase {
    function _invalidSignature(address voter) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IHolderPolls.HolderPolls_InvalidSignature.selector, voter);
    }

    uint256 internal constant HOSTILE_VOTES = 100_000 ether;
    uint256 internal constant HONEST_VOTES = 10_000 ether;
    uint256 internal constant BATCH = 21;
    uint256 internal constant HOSTILE_INDEX = 10;
    /// @dev What a relayer gives a batch of 21 votes: several times what it costs, so only a wallet that may burn all
    /// of it can make it fail.
    uint256 internal constant RELAY_GAS = 8_000_000;
    /// @dev Most gas one refused ERC-1271 vote may cost beyond `ERC1271_GAS_LIMIT` (the checks before and the call).
    uint256 internal constant CHECK_OVERHEAD = 30_000;

    /// @dev A hostile wallet and 20 holders with keys, all with weight at the snapshot of a new poll; then 21 signed
    /// votes, the hostile wallet's at `HOSTILE_INDEX`.
    function _hostileBatch()
        internal
        returns (GasBurningERC1271Wallet hostile, uint256 id, IHolderPolls.Vote[] memory votes, bytes[] memory sigs)
    {
        hostile = new GasBurningERC1271Wallet();
        uint256[] memory keys = new uint256[](BATCH);
        vm.startPrank(creator);
        assertTrue(token.transfer(address(hostile), HOSTILE_VOTES));
        for (uint256 i; i < BATCH; ++i) {
            if (i == HOSTILE_INDEX) continue;
            address voter;
            (voter, keys[i]) = makeAddrAndKey(string.concat("voter", vm.toString(i)));
            assertTrue(token.transfer(voter, HONEST_VOTES));
        }
        vm.stopPrank();
        vm.warp(block.timestamp + 1);
        id = _defaultPoll();

        votes = new IHolderPolls.Vote[](BATCH);
        sigs = new bytes[](BATCH);
        for (uint256 i; i < BATCH; ++i) {
            if (i == HOSTILE_INDEX) {
                votes[i] = IHolderPolls.Vote({pollId: id, voter: address(hostile), option: 1, nonce: 0});
                sigs[i] = hex"01";
            } else {
                (votes[i], sigs[i]) = _signed(polls, keys[i], id, 0);
            }
        }
    }

    /// @notice The issue's attack: a wallet with real weight looks valid to every simulation and burns all the gas it
    /// gets in the mined batch. Its check gets `ERC1271_GAS_LIMIT` and no more, so the batch of 21 goes through with
    /// the gas a relayer gives it: the other 20 count, the hostile vote is skipped as an invalid signature.
    function test_RelayVotes_HostileWalletCannotRevertBatch() public {
        (GasBurningERC1271Wallet hostile, uint256 id, IHolderPolls.Vote[] memory votes, bytes[] memory sigs) =
            _hostileBatch();
        // A relayer's pre-flight check (a simulation, gas price 0) cannot tell it apart.
        assertEq(polls.checkSignedVote(votes[HOSTILE_INDEX], sigs[HOSTILE_INDEX]).length, 0);

        vm.txGasPrice(1 gwei);
        vm.expectEmit(address(polls));
        emit IHolderPolls.VoteSkipped(HOSTILE_INDEX, id, address(hostile), _invalidSignature(address(hostile)));
        vm.prank(relayer);
        bool[] memory counted = polls.relayVotes{gas: RELAY_GAS}(votes, sigs);

        for (uint256 i; i < BATCH; ++i) {
            assertEq(counted[i], i != HOSTILE_INDEX, vm.toString(i));
        }
        assertEq(polls.tally(id)[0], (BATCH - 1) * HONEST_VOTES);
        assertEq(polls.tally(id)[1], 0);
        assertEq(polls.getPoll(id).voterCount, BATCH - 1);
        assertFalse(polls.hasVoted(id, address(hostile)));
        assertEq(polls.nonces(id, address(hostile)), 0);
    }

    /// @notice What a hostile wallet can burn of a relayer's transaction is bounded by `ERC1271_GAS_LIMIT`.
    function test_VoteBySig_HostileWalletBurnsAtMostTheGasLimit() public {
        (GasBurningERC1271Wallet hostile, uint256 id, IHolderPolls.Vote[] memory votes, bytes[] memory sigs) =
            _hostileBatch();
        vm.txGasPrice(1 gwei);
        vm.expectRevert(_invalidSignature(address(hostile)));
        vm.prank(relayer);
        uint256 before = gasleft();
        polls.voteBySig{gas: RELAY_GAS}(votes[HOSTILE_INDEX], sigs[HOSTILE_INDEX]);
        assertLt(before - gasleft(), polls.ERC1271_GAS_LIMIT() + CHECK_OVERHEAD);
        assertFalse(polls.hasVoted(id, address(hostile)));
    }

    /// @notice A sender who gives too little gas for the wallet's check to get its full `ERC1271_GAS_LIMIT` (EIP-150
    /// keeps 1/64 back) gets a revert, not a valid wallet signature reported invalid.
    function test_RevertWhen_VoteBySig_TooLittleGasForWalletCheck() public {
        (GasBurningERC1271Wallet hostile,, IHolderPolls.Vote[] memory votes, bytes[] memory sigs) = _hostileBatch();
        uint256 limit = polls.ERC1271_GAS_LIMIT();
        vm.txGasPrice(1 gwei);
        vm.expectRevert(
            abi.encodeWithSelector(IHolderPolls.HolderPolls_InsufficientGas.selector, address(hostile), limit)
        );
        vm.prank(relayer);
        polls.voteBySig{gas: limit}(votes[HOSTILE_INDEX], sigs[HOSTILE_INDEX]);
    }

    /// @notice The same in a batch: the relayer's gas limit is at fault, so the batch reverts as a whole instead of
    /// skipping a vote the wallet might have accepted.
    function test_RevertWhen_RelayVotes_TooLittleGasForWalletCheck() public {
        (GasBurningERC1271Wallet hostile,, IHolderPolls.Vote[] memory votes, bytes[] memory sigs) = _hostileBatch();
        uint256 limit = polls.ERC1271_GAS_LIMIT();
        IHolderPolls.Vote[] memory one = new IHolderPolls.Vote[](2);
        bytes[] memory oneSig = new bytes[](2);
        (one[0], oneSig[0]) = (votes[0], sigs[0]);
        (one[1], oneSig[1]) = (votes[HOSTILE_INDEX], sigs[HOSTILE_INDEX]);
        vm.txGasPrice(1 gwei);
        vm.expectRevert(
            abi.encodeWithSelector(IHolderPolls.HolderPolls_InsufficientGas.selector, address(hostile), limit)
        );
        vm.prank(relayer);
        polls.relayVotes{gas: limit + 60_000}(one, oneSig);
    }
}
