// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {ScaledAccumulator} from "../../contracts/libraries/ScaledAccumulator.sol";

/// @notice {ScaledAccumulator} on its own: nothing is dropped by a division, only carried.
contract ScaledAccumulatorTest is Test {
    uint256 internal constant SCALE = 1e36;

    function test_Scale_Is1e36() public pure {
        assertEq(ScaledAccumulator.SCALE, SCALE);
    }

    function test_Spread_EvenSplitLeavesNoCarry() public pure {
        (uint256 perShare, uint256 carry) = ScaledAccumulator.spread(100 * SCALE, 4);
        assertEq(perShare, 25 * SCALE);
        assertEq(carry, 0);
    }

    function test_Add_CarriesTheRemainder() public pure {
        // 1 unit over 3 shares: each gets a third (rounded down), the leftover is carried.
        (uint256 perShare, uint256 carry) = ScaledAccumulator.add(1, 0, 3);
        assertEq(perShare, SCALE / 3);
        assertEq(carry, SCALE - 3 * (SCALE / 3));
        // The carried remainder joins the next payment: three payments of 1 unit pay exactly 1 unit per share.
        uint256 total = perShare;
        (perShare, carry) = ScaledAccumulator.add(1, carry, 3);
        total += perShare;
        (perShare, carry) = ScaledAccumulator.add(1, carry, 3);
        total += perShare;
        assertEq(total, SCALE);
        assertEq(carry, 0);
    }

    function test_ToUnits_SplitsWholeAndRemainder() public pure {
        (uint256 units, uint256 remainder) = ScaledAccumulator.toUnits(7 * SCALE + 5);
        assertEq(units, 7);
        assertEq(remainder, 5);
    }

    function test_RevertWhen_NoShares() public {
        Caller caller = new Caller();
        vm.expectRevert(); // division by zero panic
        caller.spread(1, 0);
    }

    /// @dev perShare × shares + carry rebuilds the input exactly, and the carry is below the shares.
    function testFuzz_Spread_IsExact(uint256 scaled, uint256 shares) public pure {
        shares = bound(shares, 1, type(uint256).max);
        (uint256 perShare, uint256 carry) = ScaledAccumulator.spread(scaled, shares);
        assertLt(carry, shares);
        assertEq(perShare * shares + carry, scaled);
    }

    /// @dev Many payments through the accumulator pay out, in total, exactly what went in (rounded down once).
    function testFuzz_Add_DropsNothingOverManyPayments(uint96[8] memory amounts, uint256 shares) public pure {
        shares = bound(shares, 1, SCALE - 1);
        uint256 perShareTotal;
        uint256 carry;
        uint256 paidIn;
        for (uint256 i; i < amounts.length; ++i) {
            uint256 perShare;
            (perShare, carry) = ScaledAccumulator.add(amounts[i], carry, shares);
            perShareTotal += perShare;
            paidIn += amounts[i];
        }
        assertEq(perShareTotal * shares + carry, paidIn * SCALE);
        (uint256 units,) = ScaledAccumulator.toUnits(perShareTotal * shares);
        assertLe(units, paidIn);
        // Below one unit short: the carry is less than `shares` < SCALE scaled units.
        assertGe(units + 1, paidIn);
    }

    function testFuzz_ToUnits_IsExact(uint256 scaled) public pure {
        (uint256 units, uint256 remainder) = ScaledAccumulator.toUnits(scaled);
        assertLt(remainder, SCALE);
        assertEq(units * SCALE + remainder, scaled);
    }
}

/// @dev Calls the library from outside the test, so a panic can be expected.
contract Caller {
    function spread(uint256 scaled, uint256 shares) external pure returns (uint256, uint256) {
        return ScaledAccumulator.spread(scaled, shares);
    }
}
