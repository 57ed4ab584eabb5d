// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title CappedSignatureChecker
/// @notice OpenZeppelin's `SignatureChecker.isValidSignatureNowCalldata` with the ERC-1271 call given a fixed gas cap,
/// so that whoever submits someone else's signature (a relayer of votes, a credential's recipient) pays a bounded
/// cost whatever the signer's wallet does.
library CappedSignatureChecker {
    /// @notice Whether `signature` is `signer`'s over `digest`: ECDSA (high-s refused) for a signer without code, else
    /// the signer's `isValidSignature(digest, signature)` called with `gasLimit` gas, valid only if the call succeeds
    /// and returns at least 32 bytes starting with its selector (only those 32 bytes are copied back, so a huge answer
    /// costs nothing here).
    /// @return valid Whether the signature is valid.
    /// @return gasShort Whether the wallet may have had less than `gasLimit`: EIP-150 forwards at most 63/64 of the gas
    /// left, so a sender with too little gas could get a valid wallet signature reported invalid. Had the call received
    /// the full cap, at least 1/63 of it is left after it (the check from OpenZeppelin's `ERC2771Forwarder`). The caller
    /// must then revert (the sender's gas limit is at fault, not the signature); a wallet given the full cap that burns
    /// it all is simply refused (`valid` false, `gasShort` false).
    function check(address signer, bytes32 digest, bytes calldata signature, uint256 gasLimit)
        internal
        view
        returns (bool valid, bool gasShort)
    {
        if (signer.code.length == 0) {
            (address recovered, ECDSA.RecoverError recoverError,) = ECDSA.tryRecoverCalldata(digest, signature);
            return (recoverError == ECDSA.RecoverError.NoError && recovered == signer, false);
        }
        bytes4 selector = IERC1271.isValidSignature.selector;
        assembly ("memory-safe") {
            let length := signature.length
            let ptr := mload(0x40)
            mstore(ptr, selector)
            mstore(add(ptr, 0x04), digest)
            mstore(add(ptr, 0x24), 0x40)
            mstore(add(ptr, 0x44), length)
            calldatacopy(add(ptr, 0x64), signature.offset, length)
            mstore(add(add(ptr, 0x64), length), 0)
            let padded := shl(5, shr(5, add(length, 0x1f)))
            let success := staticcall(gasLimit, signer, ptr, add(padded, 0x64), 0x00, 0x20)
            valid := and(success, and(gt(returndatasize(), 0x1f), eq(mload(0x00), selector)))
        }
        gasShort = gasleft() < gasLimit / 63;
    }
}
