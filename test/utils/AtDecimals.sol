// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice For a suite run at several token decimals: the suite is abstract and inherits this, and each concrete
/// suite names its value, `contract FooTest6Decimals is AtDecimals(6), FooTest {}`.
abstract contract AtDecimals {
    /// @dev The decimals of the token the suite varies.
    uint8 internal immutable DECIMALS;

    constructor(uint8 decimals) {
        DECIMALS = decimals;
    }
}
