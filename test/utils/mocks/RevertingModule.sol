// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalTokenModule} from "../../../contracts/interfaces/IPersonalTokenModule.sol";

/// @notice A module whose initialization always fails.
contract RevertingModule is IPersonalTokenModule {
    address public token;
    address public creator;

    error RevertingModule_Refused(uint256 tokenAmount);

    function initializeModule(address, address, uint256 tokenAmount, bytes calldata) external pure {
        revert RevertingModule_Refused(tokenAmount);
    }
}
