// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice One line of a token's launch distribution: `amount` tokens (18 decimals) minted to `recipient`.
struct Allocation {
    address recipient;
    uint256 amount;
}
