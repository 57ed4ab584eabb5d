// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title AssetTransfer
/// @notice An asset that is either ETH (`address(0)`) or an ERC-20: what this contract holds of it, the `msg.value` a
/// payment in it must carry, taking that payment, and sending it; and {pull} for a path that takes only ERC-20s. The
/// library reverts with no error of its own: it returns what the caller checks, so each contract keeps its own typed
/// errors (`X_WrongPayment(expected, got)`, `X_EthTransferFailed(to, amount)`).
/// @dev A payment is taken in two steps, so that a wrong `msg.value` is reported before any token moves, and a send
/// is checked where it is made:
/// ```solidity
/// uint256 value = AssetTransfer.valueFor(asset, amount);
/// if (msg.value != value) revert X_WrongPayment(value, msg.value);
/// uint256 received = AssetTransfer.take(asset, msg.sender, amount);
/// ...
/// if (!AssetTransfer.send(asset, to, amount)) revert X_EthTransferFailed(to, amount);
/// ```
/// Callers check {send} in place rather than through a wrapper of their own: one more internal call level costs
/// about 50 gas on every payout.
library AssetTransfer {
    using SafeERC20 for IERC20;

    /// @notice The `asset` that stands for ETH.
    address internal constant ETH = address(0);

    /// @notice What this contract holds of `asset`: its ETH balance, or its balance of the ERC-20.
    function balanceOf(address asset) internal view returns (uint256) {
        return asset == ETH ? address(this).balance : IERC20(asset).balanceOf(address(this));
    }

    /// @notice The `msg.value` a payment of `amount` in `asset` carries: `amount` for ETH, none for an ERC-20 (which
    /// {take} pulls instead).
    function valueFor(address asset, uint256 amount) internal pure returns (uint256 value) {
        // Branch-free, so the optimizer inlines it: `amount` times 1 for ETH, times 0 for an ERC-20. The comparison is
        // made in Solidity, which cleans the bits above the address (assembly may not assume them clean).
        bool eth = asset == ETH;
        assembly ("memory-safe") {
            value := mul(amount, eth)
        }
    }

    /// @notice Takes a payment of `amount` in `asset` from `from`, once the caller has checked `msg.value` against
    /// {valueFor}: ETH came with the call, so all of `amount` is credited; an ERC-20 is pulled and credited for what
    /// arrived, as {pull} does.
    /// @dev The pull is written out rather than calling {pull}: the nested internal call cost about 60 gas on every
    /// payment.
    /// @return received What arrived: `amount` for ETH; for an ERC-20 the increase of this contract's balance, which
    /// may be less than `amount` (fee-on-transfer) or zero.
    function take(address asset, address from, uint256 amount) internal returns (uint256 received) {
        if (asset == ETH) return amount;
        uint256 before = IERC20(asset).balanceOf(address(this));
        IERC20(asset).safeTransferFrom(from, address(this), amount);
        received = IERC20(asset).balanceOf(address(this)) - before;
    }

    /// @notice Pulls `amount` of the ERC-20 `asset` from `from` into this contract, for a path that never takes ETH
    /// (where {take}'s ETH branch, which credits without moving anything, must not exist).
    /// @return received The increase of this contract's balance: what arrived, which may be less than `amount`
    /// (fee-on-transfer) or zero.
    function pull(IERC20 asset, address from, uint256 amount) internal returns (uint256 received) {
        uint256 before = asset.balanceOf(address(this));
        asset.safeTransferFrom(from, address(this), amount);
        received = asset.balanceOf(address(this)) - before;
    }

    /// @notice Sends `amount` of `asset` from this contract to `to`.
    /// @dev An ERC-20 goes through SafeERC20 and reverts if the token refuses; ETH is sent with a plain call (all gas
    /// forwarded: callers guard with `nonReentrant` and write state first).
    /// @return ok False only when an ETH transfer failed (`to` refused it, or this contract holds too little), for the
    /// caller to revert with its own error.
    function send(address asset, address to, uint256 amount) internal returns (bool ok) {
        if (asset == ETH) {
            (ok,) = to.call{value: amount}("");
        } else {
            IERC20(asset).safeTransfer(to, amount);
            ok = true;
        }
    }
}
