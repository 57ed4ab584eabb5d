// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Hostile token (USDC/USDT-style blocklist): while `frozen`, every transfer to or from a blocked account
/// reverts, as when an issuer freezes a contract. Open mint.
contract FreezableToken is ERC20 {
    error FreezableToken_Blocked(address account);

    mapping(address account => bool) public blocked;

    constructor() ERC20("Freezable", "FRZ") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert FreezableToken_Blocked(from);
        if (blocked[to]) revert FreezableToken_Blocked(to);
        super._update(from, to, value);
    }
}
