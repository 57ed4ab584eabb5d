// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIncomeShareSplitter} from "../../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../../contracts/modules/IncomeShareSplitter.sol";
import {MockERC20} from "./MockERC20.sol";

/// @notice A claim holder that, when called back by a hostile payout token mid-transfer, claims again.
contract ReentrantClaimer {
    IncomeShareSplitter public immutable splitter;
    address public immutable asset;

    constructor(IncomeShareSplitter splitter_, address asset_) {
        splitter = splitter_;
        asset = asset_;
    }

    function buy(MockERC20 currency, uint256 tokens, uint256 cost) external {
        currency.approve(address(splitter), cost);
        IIncomeShareSplitter.Allowance memory none;
        splitter.buy(tokens, none);
    }

    function claim() external returns (uint256) {
        return splitter.claim(_assets(), address(this))[0];
    }

    /// @dev Called by the token's transfer hook, inside the splitter's own payout.
    function reenter() external returns (uint256) {
        return splitter.claim(_assets(), address(this))[0];
    }

    function _assets() private view returns (address[] memory list) {
        list = new address[](1);
        list[0] = asset;
    }
}
