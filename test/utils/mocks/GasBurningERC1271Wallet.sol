// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

/// @notice A hostile ERC-1271 wallet: it accepts every signature in a simulation (`tx.gasprice == 0`, as `eth_call`
/// and a relayer's pre-flight `checkSignedVote` run by default) and burns every unit of gas it is given in a real
/// transaction. A relayer who filtered a batch by simulation sends its vote along, and the mined batch pays for it.
contract GasBurningERC1271Wallet is IERC1271 {
    function isValidSignature(bytes32, bytes calldata) external view returns (bytes4 magic) {
        if (tx.gasprice == 0) return IERC1271.isValidSignature.selector;
        // Runs until the call is out of gas.
        while (gasleft() != 0) {
            magic = bytes4(keccak256(abi.encode(magic, gasleft())));
        }
    }
}
