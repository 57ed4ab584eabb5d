// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ScaledAccumulator
/// @notice The amount-per-share accumulator with a carried remainder (ERC-1726 "magnified dividend per share",
/// Synthetix `rewardPerToken`): amounts are spread over shares in scaled units (1 unit = `SCALE` scaled units), and
/// what a division leaves over is carried to the next spread instead of being dropped.
library ScaledAccumulator {
    /// @notice Scaled units in one unit.
    uint256 internal constant SCALE = 1e36;

    /// @notice Spreads `scaled` scaled units (new amount × SCALE plus the carried remainder) over `shares`.
    /// @return perShare What each share gets, in scaled units.
    /// @return carry What is left over (`< shares`), to be added to the next spread.
    function spread(uint256 scaled, uint256 shares) internal pure returns (uint256 perShare, uint256 carry) {
        perShare = scaled / shares;
        carry = scaled % shares;
    }

    /// @notice Spreads `amount` units plus the carried remainder `carry` over `shares`.
    /// @return perShare What each share gets, in scaled units.
    /// @return nextCarry What is left over (`< shares`).
    function add(uint256 amount, uint256 carry, uint256 shares)
        internal
        pure
        returns (uint256 perShare, uint256 nextCarry)
    {
        return spread(amount * SCALE + carry, shares);
    }

    /// @notice Splits `scaled` scaled units into whole units and the sub-unit remainder (`< SCALE`).
    function toUnits(uint256 scaled) internal pure returns (uint256 units, uint256 remainder) {
        units = scaled / SCALE;
        remainder = scaled % SCALE;
    }
}
