// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IPersonalTokenModule
/// @notice A contract launched by {IPersonalTokenFactory} beside a personal token (income share, escrow, staking,
/// polls): cloned from an implementation, funded with part of the supply, and initialized in the same transaction.
interface IPersonalTokenModule {
    /// @notice Sets the module up. Called once by the factory right after the clone is deployed and funded.
    /// @param token The personal token.
    /// @param creator The token's creator (the account that launched it).
    /// @param tokenAmount Tokens the module already holds from the launch.
    /// @param data Module-specific terms, ABI-encoded.
    function initializeModule(address token, address creator, uint256 tokenAmount, bytes calldata data) external;

    /// @notice The personal token this module was launched beside.
    function token() external view returns (address);

    /// @notice The token's creator: the only account that can use the module's creator functions.
    function creator() external view returns (address);
}
