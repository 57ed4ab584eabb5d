// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

/// @notice An honest but expensive ERC-1271 wallet (a multisig checking many owners, say): it accepts every signature,
/// after spending `cost` gas, and fails (out of gas) when it is given less than that.
contract ExpensiveERC1271Wallet is IERC1271 {
    uint256 public immutable cost;

    constructor(uint256 cost_) {
        cost = cost_;
    }

    function isValidSignature(bytes32, bytes calldata) external view returns (bytes4) {
        uint256 left = gasleft();
        if (left < cost) {
            // Out of gas, as the real work would be.
            while (true) {}
        }
        uint256 stopAt = left - cost;
        uint256 spin;
        while (gasleft() > stopAt) {
            ++spin;
        }
        return IERC1271.isValidSignature.selector;
    }
}
