// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

import {IPersonalTokenModule} from "../interfaces/IPersonalTokenModule.sol";

/// @title PersonalTokenModule
/// @notice What every module the factory clones beside a token shares: the token, its creator, the `onlyCreator`
/// guard, and an implementation that can never be initialized itself.
/// @dev Each module keeps its own `<Module>_NotCreator(caller)` error, raised through {_revertNotCreator}, so the
/// shared guard changes no module's ABI.
abstract contract PersonalTokenModule is IPersonalTokenModule, Initializable {
    /// @inheritdoc IPersonalTokenModule
    address public token;
    /// @inheritdoc IPersonalTokenModule
    address public creator;

    /// @dev Only the token's creator.
    modifier onlyCreator() {
        if (msg.sender != creator) _revertNotCreator(msg.sender);
        _;
    }

    /// @dev The implementation is never used directly: only clones are initialized.
    constructor() {
        _disableInitializers();
    }

    /// @dev Records the token and its creator; called once, from the module's `initializeModule` (an `initializer`).
    function _initializeModule(address token_, address creator_) internal {
        token = token_;
        creator = creator_;
    }

    /// @dev Reverts with the module's own not-creator error.
    function _revertNotCreator(address caller) internal pure virtual;
}
