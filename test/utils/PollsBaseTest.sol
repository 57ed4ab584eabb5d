// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {ArrayBuilder} from "./ArrayBuilder.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice $ALEX launched with a polls module (BaseTest default allocations: creator 4,000,000 liquid, alice
/// 1,000,000, 5,000,000 vested) and helpers to create polls and sign votes.
abstract contract PollsBaseTest is BaseTest {
    uint64 internal constant POLL_LENGTH = 7 days;
    string internal constant QUESTION = "ipfs://which-daily-habit";

    function _pollsModules() internal view returns (IPersonalTokenFactory.ModuleParams[] memory modules) {
        modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({implementation: address(pollsImpl), tokenAmount: 0, data: ""})
        );
    }

    /// @dev Launches `p` with a polls module, as the creator.
    function _launchPolls(IPersonalTokenFactory.LaunchParams memory p)
        internal
        returns (PersonalToken token, HolderPolls polls)
    {
        vm.prank(creator);
        (address t,, address[] memory m) = factory.launchWithModules(p, _pollsModules());
        token = PersonalToken(t);
        polls = HolderPolls(m[0]);
    }

    /// @dev "run 5 km a day", "read a book a week", "no sugar".
    function _habits() internal pure returns (string[] memory options) {
        options = new string[](3);
        options[0] = "run 5 km a day";
        options[1] = "read a book a week";
        options[2] = "no sugar";
    }

    function _options(uint256 count) internal pure returns (string[] memory options) {
        options = new string[](count);
        for (uint256 i; i < count; ++i) {
            options[i] = string.concat("option ", vm.toString(i));
        }
    }

    /// @dev The creator opens a poll on `polls` now, for POLL_LENGTH, and a second passes so that its snapshot is
    /// final and voting open.
    function _createPoll(HolderPolls polls, string[] memory options) internal returns (uint256 pollId) {
        vm.prank(creator);
        pollId = polls.createPoll(QUESTION, options, 0, uint64(block.timestamp) + POLL_LENGTH);
        vm.warp(block.timestamp + 1);
    }

    function _sign(HolderPolls polls, uint256 key, IHolderPolls.Vote memory v) internal view returns (bytes memory) {
        (uint8 sv, bytes32 r, bytes32 s) = vm.sign(key, polls.voteDigest(v));
        return abi.encodePacked(r, s, sv);
    }

    /// @dev A vote carrying the voter's current nonce, and its signature.
    function _signed(HolderPolls polls, uint256 key, uint256 pollId, uint256 option)
        internal
        view
        returns (IHolderPolls.Vote memory v, bytes memory signature)
    {
        address voter = vm.addr(key);
        v = IHolderPolls.Vote({pollId: pollId, voter: voter, option: option, nonce: polls.nonces(pollId, voter)});
        signature = _sign(polls, key, v);
    }
}
