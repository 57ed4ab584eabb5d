// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";
import {TokenHandler} from "./handlers/TokenHandler.sol";

/// @notice Supply, balances and snapshots of one token under random transfers, approvals, burns, permits, snapshots,
/// releases, donations and time jumps ({TokenHandler}).
/// forge-config: ci.invariant.runs = 128
contract PersonalTokenInvariantTest is PollsBaseTest {
    PersonalToken internal token;
    CreatorVesting internal vesting;
    TokenHandler internal handler;

    function setUp() public override {
        super.setUp();
        IPersonalTokenFactory.LaunchParams memory params = _defaultParams();
        HolderPolls polls;
        (token, polls) = _launchPolls(params);
        vesting = CreatorVesting(factory.launchOf(address(token)).vesting);
        handler =
            new TokenHandler(token, vesting, creator, address(polls), uint64(block.timestamp), params, _actorNames());

        targetContract(address(handler));
    }

    /// @notice Supply is what was launched minus what was burned: nothing mints after launch.
    function invariant_TotalSupplyIsLaunchedMinusBurned() public view {
        assertEq(token.totalSupply(), handler.launchedSupply() - handler.ghostBurned(), "supply != launched - burned");
    }

    /// @notice Every token is held by a tracked account (the token contract itself never holds any).
    function invariant_BalancesSumToTotalSupply() public view {
        assertEq(_sumOf(handler.accounts(), token.balanceOf), token.totalSupply(), "sum of balances != totalSupply");
        assertEq(token.balanceOf(address(token)), 0, "token holds tokens");
    }

    /// @notice Each balance is what the ledger says: every transfer, burn and release moved exactly its amount.
    function invariant_BalancesMatchLedger() public view {
        address[] memory accounts = handler.accounts();
        uint256[] memory expected = handler.ghostBalances();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(token.balanceOf(accounts[i]), expected[i], "balance != ledger");
        }
    }

    /// @notice Every final snapshot answers, for every account, the ledger balance at the end of its second.
    function invariant_SnapshotBalancesMatchLedger() public view {
        uint256[] memory ids = handler.snapshotIds();
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < ids.length; ++i) {
            uint256[] memory expected = handler.ghostBalancesAt(ids[i]);
            for (uint256 j; j < accounts.length; ++j) {
                assertEq(token.balanceOfAt(accounts[j], ids[i]), expected[j], "balanceOfAt != ledger");
            }
        }
    }

    /// @notice At every final snapshot the balances add up to the supply then, which is the ledger's.
    function invariant_SnapshotBalancesSumToSupplyAt() public view {
        uint256[] memory ids = handler.snapshotIds();
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < ids.length; ++i) {
            uint256 sum;
            for (uint256 j; j < accounts.length; ++j) {
                sum += token.balanceOfAt(accounts[j], ids[i]);
            }
            assertEq(sum, token.totalSupplyAt(ids[i]), "sum of balanceOfAt != totalSupplyAt");
            assertEq(token.totalSupplyAt(ids[i]), handler.ghostSupplyAt(ids[i]), "totalSupplyAt != ledger");
        }
    }

    /// @notice Each permit uses one nonce and nothing else does.
    function invariant_NoncesCountPermits() public view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(token.nonces(accounts[i]), handler.ghostPermits(accounts[i]), "nonce != permits");
        }
    }

    function afterInvariant() public view {
        _logCalls(
            handler,
            "transfer transferToToken transferFrom burn burnFrom snapshot snapshotReused permit warp "
            "release releaseRefused donate"
        );
        console.log("accounts", handler.accounts().length, "final snapshots", handler.snapshotIds().length);
    }

    function _actorNames() internal pure returns (string[] memory names) {
        names = new string[](5);
        names[0] = "creator";
        names[1] = "alice";
        names[2] = "bob";
        names[3] = "carol";
        names[4] = "dave";
    }
}
