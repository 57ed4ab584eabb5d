// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ICreatorVesting} from "./interfaces/ICreatorVesting.sol";

/// @title CreatorVesting
/// @notice See {ICreatorVesting}.
contract CreatorVesting is ICreatorVesting, Initializable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc ICreatorVesting
    address public token;
    /// @inheritdoc ICreatorVesting
    uint64 public start;
    /// @inheritdoc ICreatorVesting
    address public beneficiary;
    /// @inheritdoc ICreatorVesting
    uint64 public cliffEnd;
    /// @inheritdoc ICreatorVesting
    uint64 public end;
    /// @inheritdoc ICreatorVesting
    uint256 public released;

    /// @dev The implementation is never used directly: only clones are initialized.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc ICreatorVesting
    function initialize(address token_, address beneficiary_, uint64 start_, uint64 cliff_, uint64 duration_)
        external
        initializer
    {
        token = token_;
        beneficiary = beneficiary_;
        start = start_;
        cliffEnd = start_ + cliff_;
        end = start_ + duration_;
    }

    /// @inheritdoc ICreatorVesting
    function release() external nonReentrant returns (uint256 amount) {
        amount = releasable();
        if (amount == 0) revert CreatorVesting_NothingToRelease();
        released += amount;
        address to = beneficiary;
        emit TokensReleased(to, amount);
        IERC20(token).safeTransfer(to, amount);
    }

    /// @inheritdoc ICreatorVesting
    function releasable() public view returns (uint256) {
        return vestedAmount(uint64(block.timestamp)) - released;
    }

    /// @inheritdoc ICreatorVesting
    function vestedAmount(uint64 timestamp) public view returns (uint256) {
        uint256 total = IERC20(token).balanceOf(address(this)) + released;
        if (timestamp < cliffEnd) return 0;
        if (timestamp >= end) return total;
        return total * (timestamp - start) / (end - start);
    }
}
