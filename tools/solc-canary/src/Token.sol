// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IValue} from "./IValue.sol";

contract Token is IValue {
    uint256 public value;

    constructor(uint256 value_) {
        value = value_;
    }
}
