// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IERC5192
/// @notice ERC-5192 "Minimal Soulbound NFTs": an ERC-721 token that is locked cannot be transferred. Interface id
/// `0xb45a3c0e`.
interface IERC5192 {
    /// @notice `tokenId` became locked (emitted when it is minted locked).
    /// @param tokenId The token.
    event Locked(uint256 tokenId);

    /// @notice `tokenId` became transferable (never emitted by a contract whose tokens are always locked).
    /// @param tokenId The token.
    event Unlocked(uint256 tokenId);

    /// @notice Whether `tokenId` is locked (cannot be transferred).
    /// @dev Reverts for a token that does not exist.
    /// @param tokenId The token.
    /// @return Always true for a locked token.
    function locked(uint256 tokenId) external view returns (bool);
}
