// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";

/// @notice {PersonalToken} snapshots against a reference model: random sequences of transfers (to new and old holders,
/// to oneself), burns, snapshot requests and time steps (zero seconds included, so moves share a snapshot's second);
/// the model keeps every account's balance at the end of each snapshot's second, and every reading must equal it.
contract PersonalTokenFuzzTest is PollsBaseTest {
    uint256 internal constant ACCOUNTS = 5;
    uint256 internal constant STEPS = 48;

    PersonalToken internal token;
    HolderPolls internal polls;
    address[ACCOUNTS] internal accounts;

    // The model.
    mapping(address account => uint256) internal balance;
    uint256 internal supply;
    mapping(uint256 id => mapping(address account => uint256)) internal balanceAt;
    mapping(uint256 id => uint256) internal supplyAt;
    uint256 internal pending;
    uint256 internal finalCount;

    function setUp() public override {
        super.setUp();
        (token, polls) = _launchPolls(_plainParams(SUPPLY));
        accounts = [creator, alice, bob, makeAddr("carol"), makeAddr("dave")];
        balance[creator] = SUPPLY;
        supply = SUPPLY;
    }

    function testFuzz_SnapshotsMatchReferenceModel(uint256 seed) public {
        for (uint256 step; step < STEPS; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint256 action = r % 8;
            if (action < 4) _transfer(r >> 8);
            else if (action == 4) _burn(r >> 8);
            else if (action == 5) _snapshot();
            else _warp(r >> 8);
        }
        _warp(1);
        for (uint256 id = 1; id <= finalCount; ++id) {
            uint256 sum;
            for (uint256 i; i < ACCOUNTS; ++i) {
                assertEq(token.balanceOfAt(accounts[i], id), balanceAt[id][accounts[i]], "balanceOfAt != model");
                sum += balanceAt[id][accounts[i]];
            }
            assertEq(token.totalSupplyAt(id), supplyAt[id], "totalSupplyAt != model");
            assertEq(sum, supplyAt[id], "model: balances != supply");
        }
        for (uint256 i; i < ACCOUNTS; ++i) {
            assertEq(token.balanceOf(accounts[i]), balance[accounts[i]], "balanceOf != model");
        }
    }

    function _transfer(uint256 r) internal {
        address from = accounts[r % ACCOUNTS];
        address to = accounts[(r >> 8) % ACCOUNTS];
        uint256 amount = bound(r >> 16, 0, balance[from]);
        vm.prank(from);
        assertTrue(token.transfer(to, amount));
        balance[from] -= amount;
        balance[to] += amount;
    }

    function _burn(uint256 r) internal {
        address from = accounts[r % ACCOUNTS];
        uint256 amount = bound(r >> 8, 0, balance[from] / 2);
        vm.prank(from);
        token.burn(amount);
        balance[from] -= amount;
        supply -= amount;
    }

    function _snapshot() internal {
        vm.prank(address(polls));
        (uint256 id,) = token.snapshot();
        if (id > finalCount && id != pending) pending = id;
    }

    /// @dev Zero to two days; leaving a snapshot's second records the model for it.
    function _warp(uint256 r) internal {
        uint256 by = r % 3 == 0 ? 0 : bound(r >> 2, 1, 2 days);
        if (by == 0) return;
        if (pending != 0) {
            for (uint256 i; i < ACCOUNTS; ++i) {
                balanceAt[pending][accounts[i]] = balance[accounts[i]];
            }
            supplyAt[pending] = supply;
            finalCount = pending;
            pending = 0;
        }
        vm.warp(block.timestamp + by);
    }
}
