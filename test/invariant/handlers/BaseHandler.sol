// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdAssertions} from "forge-std/StdAssertions.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice What every invariant handler shares: a call counter per action (read by the invariant tests' summaries),
/// bounded time jumps, the actors it picks from and the bookkeeping of a call made inside try/catch (after Sablier
/// `tests/invariant/handlers/BaseHandler.sol`).
/// @dev The rule every handler follows: its actions are exactly its external (or public) functions that are neither
/// `view` nor `pure`; its helpers are internal and its reads are `view`. An invariant test then targets a handler with
/// `targetContract(address(handler))` alone, and the fuzzer calls each of those actions and nothing else (it never
/// calls a `view` or `pure` function, nor anything inherited here). A suite that runs only some of the actions, or
/// some more often than others, lists them with {BaseTest-_targetSelectors} instead.
abstract contract BaseHandler is CommonBase, StdCheats, StdUtils, StdAssertions {
    /// @notice How many times each action ran, was skipped or was refused, by name.
    mapping(string action => uint256) public calls;

    /// @dev The accounts a handler acts as, picked by seed with {_actor}; empty for handlers that keep their own lists.
    address[] internal _actors;

    /// @notice The actors, in the order the handler was given them.
    function actors() external view returns (address[] memory) {
        return _actors;
    }

    /// @dev Sets the actors once, from the constructor.
    function _setActors(address[] memory actors_) internal {
        for (uint256 i; i < actors_.length; ++i) {
            _actors.push(actors_[i]);
        }
    }

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % _actors.length];
    }

    /// @dev Counts `action` when `condition` holds and returns it: `if (_skip(nothingToDo, "xSkipped")) return;`.
    function _skip(bool condition, string memory action) internal returns (bool) {
        if (condition) ++calls[action];
        return condition;
    }

    /// @dev Moves time forward by `seconds_` bounded to `[min, max]`, and counts a "warp".
    function _warpBy(uint256 seconds_, uint256 min, uint256 max) internal {
        vm.warp(block.timestamp + _bound(seconds_, min, max));
        ++calls["warp"];
    }

    /// @dev In a `try` branch: the call went through, so the ledger must have said it would (`ok`); counts `action`.
    function _accepted(bool ok, string memory action) internal {
        assertTrue(ok, string.concat(action, ": accepted what the rules refuse"));
        ++calls[action];
    }

    /// @dev In a `catch` branch: the call reverted, so the ledger must have said it would (`!ok`); counts
    /// `<action>Refused`.
    function _refused(bool ok, string memory action) internal {
        assertFalse(ok, string.concat(action, ": refused what the rules accept"));
        ++calls[string.concat(action, "Refused")];
    }
}
