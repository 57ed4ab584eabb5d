// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {PollsBaseTest} from "./PollsBaseTest.sol";

/// @notice Shared setup for the {HolderPolls} suites: $ALEX launched with polls, alice's 1,000,000 split into alice
/// 500,000, bob 300,000 and carol 200,000 (every voter has a key for signed votes), then a day passes.
abstract contract HolderPollsTestBase is PollsBaseTest {
    uint256 internal constant ALICE_VOTES = 500_000 ether;
    uint256 internal constant BOB_VOTES = 300_000 ether;
    uint256 internal constant CAROL_VOTES = 200_000 ether;
    uint256 internal constant CREATOR_VOTES = 4_000_000 ether;

    PersonalToken internal token;
    HolderPolls internal polls;
    uint64 internal launchedAt;

    uint256 internal aliceKey;
    uint256 internal bobKey;
    address internal carol;
    uint256 internal carolKey;
    address internal dave = makeAddr("dave");
    address internal relayer = makeAddr("relayer");

    function setUp() public virtual override {
        super.setUp();
        (, aliceKey) = makeAddrAndKey("alice");
        (, bobKey) = makeAddrAndKey("bob");
        (carol, carolKey) = makeAddrAndKey("carol");
        launchedAt = uint64(block.timestamp);
        (token, polls) = _launchPolls(_defaultParams());
        vm.startPrank(alice);
        assertTrue(token.transfer(bob, BOB_VOTES));
        assertTrue(token.transfer(carol, CAROL_VOTES));
        vm.stopPrank();
        vm.warp(block.timestamp + 1 days);
    }

    function _err(bytes4 selector, uint256 pollId) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(selector, pollId);
    }

    function _vote(address voter, uint256 pollId, uint256 option) internal {
        vm.prank(voter);
        polls.vote(pollId, option);
    }

    function _defaultPoll() internal returns (uint256) {
        return _createPoll(polls, _habits());
    }
}
