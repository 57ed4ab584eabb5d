// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Token} from "./Token.sol";

/// Deploys a contract compiled from another file: its creation code is embedded in this one's bytecode.
contract Factory {
    function make(uint256 value) external returns (Token) {
        return new Token(value);
    }
}
