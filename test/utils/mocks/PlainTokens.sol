// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20 as SoladyERC20} from "solady/tokens/ERC20.sol";

/// @notice Benchmark anchor: OpenZeppelin 5's plain `ERC20`, the whole supply minted to one holder.
contract PlainOZ5Token is ERC20 {
    constructor(address holder, uint256 supply) ERC20("Alex Masmej", "ALEX") {
        _mint(holder, supply);
    }
}

/// @notice Benchmark anchor: Solady's `ERC20`, the whole supply minted to one holder.
contract PlainSoladyToken is SoladyERC20 {
    constructor(address holder, uint256 supply) {
        _mint(holder, supply);
    }

    function name() public pure override returns (string memory) {
        return "Alex Masmej";
    }

    function symbol() public pure override returns (string memory) {
        return "ALEX";
    }
}
