// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title TokenPull
/// @notice Pulls ERC-20 tokens and credits what actually arrived: the balance delta, not the amount asked for, so a
/// fee-on-transfer token is credited for what it delivered.
library TokenPull {
    using SafeERC20 for IERC20;

    /// @notice Transfers `amount` of `asset` from `from` to this contract.
    /// @return received The increase of this contract's balance (may be less than `amount`, or zero).
    function pull(IERC20 asset, address from, uint256 amount) internal returns (uint256 received) {
        uint256 before = asset.balanceOf(address(this));
        asset.safeTransferFrom(from, address(this), amount);
        received = asset.balanceOf(address(this)) - before;
    }
}
