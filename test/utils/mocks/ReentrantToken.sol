// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Hostile token: on every transfer it calls `target` with `data` (an ERC-777-style hook), once per arming,
/// so tests can check that re-entering a payout reverts instead of paying twice. The reentry's result is recorded.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public data;
    bool public reentered;
    bool public reentrySucceeded;
    bytes public reentryResult;

    constructor() ERC20("Reentrant", "REENT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice The next transfer calls `target_` with `data_` before moving balances.
    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
        reentered = false;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (target != address(0) && !reentered && from != address(0)) {
            reentered = true;
            (reentrySucceeded, reentryResult) = target.call(data);
        }
        super._update(from, to, value);
    }
}
