// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SplitterTestBase} from "./SplitterTestBase.sol";

/// @notice The default agreement after a successful sale, for the income-side suites: alice, bob and carol bought
/// 500k, 300k and 150k of the 1M offered, and the sale window has ended.
abstract contract SoldSplitterTestBase is SplitterTestBase {
    uint256 internal constant ALICE_SHARES = 500_000 ether;
    uint256 internal constant BOB_SHARES = 300_000 ether;
    uint256 internal constant CAROL_SHARES = 150_000 ether;
    uint256 internal constant SOLD = ALICE_SHARES + BOB_SHARES + CAROL_SHARES;
    /// @dev The period of a payment attached to none.
    uint256 internal constant NO_PERIOD = type(uint256).max;

    function setUp() public virtual override {
        super.setUp();
        _launchDefault();
        _buy(alice, ALICE_SHARES);
        _buy(bob, BOB_SHARES);
        _buy(carol, CAROL_SHARES);
        vm.warp(_saleEnd(splitter));
    }
}
