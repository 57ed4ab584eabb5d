// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MathLib} from "./MathLib.sol";

contract UsesLib {
    function round(uint256 a) external pure returns (uint256) {
        return MathLib.twice(MathLib.half(a));
    }
}
