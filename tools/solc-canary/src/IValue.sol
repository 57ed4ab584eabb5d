// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

interface IValue {
    function value() external view returns (uint256);
}
