// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// One external function (linked: a link reference in the caller's bytecode) and one internal (inlined).
library MathLib {
    function twice(uint256 a) external pure returns (uint256) {
        return 2 * a;
    }

    function half(uint256 a) internal pure returns (uint256) {
        return a / 2;
    }
}
