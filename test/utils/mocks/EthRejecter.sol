// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIncomeShareSplitter} from "../../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../../contracts/modules/IncomeShareSplitter.sol";

/// @notice Has no `receive` or `fallback`: every ETH transfer to it fails. Can buy and claim, to be the one refused.
contract EthRejecter {
    function buy(IncomeShareSplitter splitter, uint256 tokens) external payable returns (uint256, uint256) {
        IIncomeShareSplitter.Allowance memory none;
        return splitter.buy{value: msg.value}(tokens, none);
    }

    function claim(IncomeShareSplitter splitter, address[] calldata assets, address to)
        external
        returns (uint256[] memory)
    {
        return splitter.claim(assets, to);
    }
}
