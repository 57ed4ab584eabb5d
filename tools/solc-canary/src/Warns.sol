// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// Compiles with a warning (an unused parameter): diagnostics must come back once, not once per job.
contract Warns {
    function one(uint256 unused) external pure returns (uint256) {
        return 1;
    }
}
