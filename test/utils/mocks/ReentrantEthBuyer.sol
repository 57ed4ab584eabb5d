// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIncomeShareSplitter} from "../../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../../contracts/modules/IncomeShareSplitter.sol";

/// @notice Buys with too much ETH and, when the excess comes back, tries to buy again from `receive`.
contract ReentrantEthBuyer {
    IncomeShareSplitter public immutable splitter;
    bool public reentered;
    bool public reentrySucceeded;
    bytes public reentryError;

    constructor(IncomeShareSplitter splitter_) {
        splitter = splitter_;
    }

    function buy(uint256 tokens) external payable {
        IIncomeShareSplitter.Allowance memory none;
        splitter.buy{value: msg.value}(tokens, none);
    }

    receive() external payable {
        if (reentered) return;
        reentered = true;
        IIncomeShareSplitter.Allowance memory none;
        try splitter.buy{value: 0}(1 ether, none) {
            reentrySucceeded = true;
        } catch (bytes memory err) {
            reentryError = err;
        }
    }
}
