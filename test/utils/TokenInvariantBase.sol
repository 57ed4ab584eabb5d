// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {TokenHandler} from "../invariant/handlers/TokenHandler.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice Shared setup for the invariant suites over one launched token and its vesting wallet, driven by a
/// {TokenHandler}: the suite picks the launch parameters, the actors and the handler's actions it targets.
abstract contract TokenInvariantBase is BaseTest {
    PersonalToken internal token;
    CreatorVesting internal vesting;
    TokenHandler internal handler;

    /// @dev Launches `params` as the creator and hands the token, its vesting wallet and the actors named `actorNames`
    /// to a new handler, which the fuzzer then calls through `selectors` only.
    function _launchWithHandler(
        IPersonalTokenFactory.LaunchParams memory params,
        string[] memory actorNames,
        bytes4[] memory selectors
    ) internal {
        (token, vesting) = _launch(params);
        handler = new TokenHandler(token, vesting, creator, address(0), uint64(block.timestamp), params, actorNames);
        _targetSelectors(address(handler), selectors);
    }
}
