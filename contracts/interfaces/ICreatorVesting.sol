// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ICreatorVesting
/// @notice Locks the creator's share of a personal token and releases it linearly after a cliff.
/// @dev The beneficiary is fixed at launch and cannot be changed by anyone: unlike OpenZeppelin's Ownable
/// VestingWallet, a creator cannot escape the schedule by selling or transferring the wallet. Anyone may trigger a
/// release; tokens only ever go to the beneficiary. Tokens sent to the wallet later vest on the same schedule.
interface ICreatorVesting {
    /// @notice Emitted when vested tokens are sent to the beneficiary.
    event TokensReleased(address indexed beneficiary, uint256 amount);

    /// @notice Thrown by {release} when nothing has vested since the last release.
    error CreatorVesting_NothingToRelease();

    /// @notice Sets the schedule. Called once by the factory in the transaction that clones the wallet.
    /// @param token_ The personal token being vested.
    /// @param beneficiary_ The creator; receives every release.
    /// @param start_ Vesting start (launch timestamp).
    /// @param cliff_ Seconds after `start_` before anything can be released.
    /// @param duration_ Seconds after `start_` at which everything has vested (`cliff_ <= duration_`).
    function initialize(address token_, address beneficiary_, uint64 start_, uint64 cliff_, uint64 duration_) external;

    /// @notice Sends every vested, unreleased token to the beneficiary.
    /// @dev Emits {TokensReleased}. Requirements: something is releasable.
    /// @return amount The amount released.
    function release() external returns (uint256 amount);

    /// @notice The token being vested.
    function token() external view returns (address);

    /// @notice The creator, who receives every release.
    function beneficiary() external view returns (address);

    /// @notice Vesting start timestamp.
    function start() external view returns (uint64);

    /// @notice Timestamp before which nothing is releasable (`start + cliff`).
    function cliffEnd() external view returns (uint64);

    /// @notice Timestamp from which everything is releasable (`start + duration`).
    function end() external view returns (uint64);

    /// @notice Tokens released so far.
    function released() external view returns (uint256);

    /// @notice Tokens vested and not yet released.
    function releasable() external view returns (uint256);

    /// @notice Tokens vested at `timestamp` (released ones included).
    /// @dev Zero before the cliff, linear from `start` between cliff and end, everything from `end` on.
    function vestedAmount(uint64 timestamp) external view returns (uint256);
}
