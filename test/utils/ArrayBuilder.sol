// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";

/// @notice Small memory arrays for tests, so a one-module launch or a two-asset claim is one expression rather than
/// a hand-built array (after Sablier `tests/utils/ArrayBuilder.sol`).
library ArrayBuilder {
    function modules(IPersonalTokenFactory.ModuleParams memory a)
        internal
        pure
        returns (IPersonalTokenFactory.ModuleParams[] memory arr)
    {
        arr = new IPersonalTokenFactory.ModuleParams[](1);
        arr[0] = a;
    }

    function modules(IPersonalTokenFactory.ModuleParams memory a, IPersonalTokenFactory.ModuleParams memory b)
        internal
        pure
        returns (IPersonalTokenFactory.ModuleParams[] memory arr)
    {
        arr = new IPersonalTokenFactory.ModuleParams[](2);
        (arr[0], arr[1]) = (a, b);
    }

    function allocations(Allocation memory a) internal pure returns (Allocation[] memory arr) {
        arr = new Allocation[](1);
        arr[0] = a;
    }

    /// @dev The address arrays are the `uints` ones read as addresses: an `address[]` in memory is the same words.
    function addresses(address a) internal pure returns (address[] memory) {
        return _asAddresses(uints(uint160(a)));
    }

    function addresses(address a, address b) internal pure returns (address[] memory) {
        return _asAddresses(uints(uint160(a), uint160(b)));
    }

    function addresses(address a, address b, address c) internal pure returns (address[] memory) {
        return _asAddresses(uints(uint160(a), uint160(b), uint160(c)));
    }

    function uints(uint256 a) internal pure returns (uint256[] memory arr) {
        arr = new uint256[](1);
        arr[0] = a;
    }

    function uints(uint256 a, uint256 b) internal pure returns (uint256[] memory arr) {
        arr = new uint256[](2);
        (arr[0], arr[1]) = (a, b);
    }

    function uints(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory arr) {
        arr = new uint256[](3);
        (arr[0], arr[1], arr[2]) = (a, b, c);
    }

    function _asAddresses(uint256[] memory words) private pure returns (address[] memory arr) {
        assembly ("memory-safe") {
            arr := words
        }
    }
}
