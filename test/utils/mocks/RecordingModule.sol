// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IPersonalTokenModule} from "../../../contracts/interfaces/IPersonalTokenModule.sol";

/// @notice A module that records how and when it was initialized.
contract RecordingModule is IPersonalTokenModule {
    address public token;
    address public creator;
    uint256 public tokenAmount;
    bytes public data;
    address public caller;
    uint256 public balanceAtInit;
    uint256 public supplyAtInit;
    uint256 public initCount;

    function initializeModule(address token_, address creator_, uint256 tokenAmount_, bytes calldata data_) external {
        token = token_;
        creator = creator_;
        tokenAmount = tokenAmount_;
        data = data_;
        caller = msg.sender;
        balanceAtInit = IERC20(token_).balanceOf(address(this));
        supplyAtInit = IERC20(token_).totalSupply();
        ++initCount;
    }
}
