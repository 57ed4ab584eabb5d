// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdAssertions} from "forge-std/StdAssertions.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice What every invariant handler shares: a call counter per action (read by the invariant tests' summaries)
/// and bounded time jumps (after Sablier `tests/invariant/handlers/BaseHandler.sol`). Its helpers are internal, so
/// the fuzzer targets only the handler's own actions.
abstract contract BaseHandler is CommonBase, StdCheats, StdUtils, StdAssertions {
    /// @notice How many times each action ran, was skipped or was refused, by name.
    mapping(string action => uint256) public calls;

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
}
