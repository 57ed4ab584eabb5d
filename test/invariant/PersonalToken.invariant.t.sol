// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {TokenHandler} from "./handlers/TokenHandler.sol";

/// @notice Supply, balances, votes and checkpoints of one token under random transfers, approvals, burns,
/// delegations, permits, releases, donations and time jumps ({TokenHandler}).
contract PersonalTokenInvariantTest is BaseTest {
    PersonalToken internal token;
    CreatorVesting internal vesting;
    TokenHandler internal handler;

    function setUp() public override {
        super.setUp();
        IPersonalTokenFactory.LaunchParams memory params = _defaultParams();
        (token, vesting) = _launch(params);
        handler = new TokenHandler(token, vesting, creator, uint64(block.timestamp), params, _actorNames());

        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = TokenHandler.transfer.selector;
        selectors[1] = TokenHandler.transferToToken.selector;
        selectors[2] = TokenHandler.transferFrom.selector;
        selectors[3] = TokenHandler.burn.selector;
        selectors[4] = TokenHandler.burnFrom.selector;
        selectors[5] = TokenHandler.delegate.selector;
        selectors[6] = TokenHandler.permit.selector;
        selectors[7] = TokenHandler.warp.selector;
        selectors[8] = TokenHandler.release.selector;
        selectors[9] = TokenHandler.donate.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice Supply is what was launched minus what was burned: nothing mints after launch.
    function invariant_TotalSupplyIsLaunchedMinusBurned() public view {
        assertEq(token.totalSupply(), handler.launchedSupply() - handler.ghostBurned(), "supply != launched - burned");
    }

    /// @notice Every token is held by a tracked account (the token contract itself never holds any).
    function invariant_BalancesSumToTotalSupply() public view {
        address[] memory accounts = handler.accounts();
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            sum += token.balanceOf(accounts[i]);
        }
        assertEq(sum, token.totalSupply(), "sum of balances != totalSupply");
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

    /// @notice Votes are never created or lost: they add up to the supply.
    function invariant_VotesSumToTotalSupply() public view {
        address[] memory accounts = handler.accounts();
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            sum += token.getVotes(accounts[i]);
        }
        assertEq(sum, token.totalSupply(), "sum of votes != totalSupply");
    }

    /// @notice Each account's votes are the balances of the accounts delegating to it (itself unless it delegated
    /// elsewhere; delegating to the zero address means back to itself).
    function invariant_VotesFollowDelegations() public view {
        address[] memory accounts = handler.accounts();
        (address[] memory delegates, uint256[] memory votes) = handler.expectedVotes();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(token.delegates(accounts[i]), delegates[i], "delegates != ledger");
            assertEq(token.getVotes(accounts[i]), votes[i], "votes != delegated balances");
        }
    }

    /// @notice A holder that never delegated, and that nobody delegates to, votes with exactly its balance: no
    /// self-delegation step is needed.
    function invariant_UndelegatedHolderVotesWithItsBalance() public view {
        address[] memory accounts = handler.accounts();
        bool[] memory untouched = handler.untouchedByDelegation();
        for (uint256 i; i < accounts.length; ++i) {
            if (!untouched[i]) continue;
            assertEq(token.getVotes(accounts[i]), token.balanceOf(accounts[i]), "undelegated votes != balance");
        }
    }

    /// @notice Past total supply is what it was when time moved on, anywhere in the period; zero before launch.
    function invariant_PastTotalSupplyMatchesSnapshots() public view {
        uint256[] memory times = handler.snapshotTimes();
        assertEq(token.getPastTotalSupply(handler.launchedAt() - 1), 0, "supply before launch");
        for (uint256 i; i < times.length; ++i) {
            uint256 expected = handler.ghostPastSupply(times[i]);
            uint256 lastSecond = (i + 1 < times.length ? times[i + 1] : block.timestamp) - 1;
            assertEq(token.getPastTotalSupply(times[i]), expected, "past supply at snapshot");
            assertEq(token.getPastTotalSupply(lastSecond), expected, "past supply before next snapshot");
        }
    }

    /// @notice Past votes of every account are what they were when time moved on; zero before launch.
    function invariant_PastVotesMatchSnapshots() public view {
        uint256[] memory times = handler.snapshotTimes();
        address[] memory accounts = handler.accounts();
        uint256 beforeLaunch = handler.launchedAt() - 1;
        for (uint256 j; j < accounts.length; ++j) {
            assertEq(token.getPastVotes(accounts[j], beforeLaunch), 0, "votes before launch");
        }
        for (uint256 i; i < times.length; ++i) {
            uint256[] memory expected = handler.ghostPastVotesAt(times[i]);
            uint256 lastSecond = (i + 1 < times.length ? times[i + 1] : block.timestamp) - 1;
            for (uint256 j; j < accounts.length; ++j) {
                assertEq(token.getPastVotes(accounts[j], times[i]), expected[j], "past votes at snapshot");
                if (lastSecond == times[i]) continue;
                assertEq(token.getPastVotes(accounts[j], lastSecond), expected[j], "past votes before next snapshot");
            }
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
        _logCalls();
    }

    function _logCalls() internal view {
        string[12] memory actions = [
            "transfer",
            "transferToToken",
            "transferFrom",
            "burn",
            "burnFrom",
            "delegate",
            "delegateToZero",
            "permit",
            "warp",
            "release",
            "releaseRefused",
            "donate"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(actions[i], handler.calls(actions[i]));
        }
        console.log("accounts", handler.accounts().length, "snapshots", handler.snapshotTimes().length);
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
