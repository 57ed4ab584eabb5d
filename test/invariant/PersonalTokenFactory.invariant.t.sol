// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {FactoryHandler} from "./handlers/FactoryHandler.sol";

/// @notice The factory's registry and the tokens it launches, under random launches by a few creators with a few
/// salts each ({FactoryHandler}).
/// forge-config: ci.invariant.runs = 64
contract PersonalTokenFactoryInvariantTest is BaseTest {
    FactoryHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new FactoryHandler(factory);

        targetContract(address(handler));
    }

    /// @notice Each creator's list is exactly its successful launches, in order; refused launches left no trace.
    function invariant_TokensByCreatorMatchLaunches() public view {
        address[] memory creators = handler.actors();
        uint256 counted;
        for (uint256 i; i < creators.length; ++i) {
            address[] memory expected = handler.ghostTokensByCreator(creators[i]);
            address[] memory actual = factory.tokensByCreator(creators[i]);
            assertEq(factory.tokenCountByCreator(creators[i]), expected.length, "tokenCountByCreator != launches");
            assertEq(actual, expected, "tokensByCreator != launches");
            counted += actual.length;
        }
        assertEq(counted, handler.launches().length, "launches missing from tokensByCreator");
    }

    /// @notice Every launched token is registered with its creator, launch time and vesting wallet, and is owned by
    /// its creator.
    function invariant_LaunchRecordsMatchLaunches() public view {
        FactoryHandler.LaunchRecord[] memory launches = handler.launches();
        for (uint256 i; i < launches.length; ++i) {
            FactoryHandler.LaunchRecord memory expected = launches[i];
            IPersonalTokenFactory.Launch memory record = factory.launchOf(expected.token);
            assertTrue(factory.isLaunched(expected.token), "launched token not registered");
            assertEq(record.creator, expected.creator, "launch creator");
            assertEq(record.launchedAt, expected.launchedAt, "launch time");
            assertEq(record.vesting, expected.vesting, "launch vesting wallet");
            assertEq(PersonalToken(expected.token).owner(), expected.creator, "token owner != creator");
        }
    }

    /// @notice Every launched token minted exactly the requested supply, all of it to the allocations and the
    /// vesting wallet.
    function invariant_LaunchedSupplyIsRequested() public view {
        FactoryHandler.LaunchRecord[] memory launches = handler.launches();
        address[] memory recipients = handler.recipients();
        for (uint256 i; i < launches.length; ++i) {
            FactoryHandler.LaunchRecord memory expected = launches[i];
            PersonalToken token = PersonalToken(expected.token);
            assertEq(token.totalSupply(), expected.supply, "totalSupply != requested");

            uint256 held = expected.vesting == address(0) ? 0 : token.balanceOf(expected.vesting);
            assertEq(held, expected.vestingAmount, "vesting balance != vesting amount");
            for (uint256 j; j < recipients.length; ++j) {
                held += token.balanceOf(recipients[j]);
            }
            assertEq(held, expected.supply, "allocations + vesting != supply");
        }
    }

    /// @notice No address is ever launched twice: every launch got a new token, the registry lists each token once
    /// across all creators, and no two tokens share a vesting wallet.
    function invariant_NoAddressLaunchedTwice() public view {
        assertEq(handler.ghostDuplicateLaunches(), 0, "a launch returned an already launched address");
        address[] memory creators = handler.actors();
        address[] memory registered = new address[](handler.launches().length);
        uint256 count;
        for (uint256 i; i < creators.length; ++i) {
            address[] memory tokens = factory.tokensByCreator(creators[i]);
            for (uint256 j; j < tokens.length && count < registered.length; ++j) {
                registered[count++] = tokens[j];
            }
        }
        address[] memory vestings = new address[](count);
        for (uint256 i; i < count; ++i) {
            vestings[i] = factory.launchOf(registered[i]).vesting;
        }
        for (uint256 i; i < count; ++i) {
            for (uint256 j = i + 1; j < count; ++j) {
                assertTrue(registered[i] != registered[j], "token registered twice");
                assertTrue(vestings[i] == address(0) || vestings[i] != vestings[j], "vesting wallet reused");
            }
        }
    }

    function afterInvariant() public view {
        _logCalls(handler, "launch launchWithVesting launchSaltReused warp");
    }
}
