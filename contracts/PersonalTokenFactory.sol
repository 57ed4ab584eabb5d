// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {ICreatorVesting} from "./interfaces/ICreatorVesting.sol";
import {IPersonalToken} from "./interfaces/IPersonalToken.sol";
import {IPersonalTokenFactory} from "./interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "./types/Allocation.sol";

/// @title PersonalTokenFactory
/// @notice See {IPersonalTokenFactory}.
/// @dev Modules (income share, time escrow, staking, polls) will be launched by later versions through the same
/// caller-bound salts: the token address is known before anything is deployed, so a module can be cloned first and
/// named as an allocation recipient. Nothing here is hard-wired to them.
contract PersonalTokenFactory is IPersonalTokenFactory {
    /// @inheritdoc IPersonalTokenFactory
    uint64 public constant MAX_VESTING_DURATION = 10 * 365 days;

    /// @dev The largest supply ERC20Votes checkpoints can hold.
    uint256 private constant _MAX_SUPPLY = type(uint208).max;

    /// @inheritdoc IPersonalTokenFactory
    address public immutable tokenImplementation;
    /// @inheritdoc IPersonalTokenFactory
    address public immutable vestingImplementation;

    mapping(address creator => address[] tokens) private _tokensByCreator;
    mapping(address token => Launch record) private _launches;

    /// @param tokenImplementation_ A {PersonalToken} implementation (initializers disabled).
    /// @param vestingImplementation_ A {CreatorVesting} implementation (initializers disabled).
    constructor(address tokenImplementation_, address vestingImplementation_) {
        tokenImplementation = tokenImplementation_;
        vestingImplementation = vestingImplementation_;
    }

    /// @inheritdoc IPersonalTokenFactory
    function launch(LaunchParams calldata params) external returns (address token, address vesting) {
        _validate(params);

        bytes32 tokenSalt = _tokenSalt(msg.sender, params.salt);
        address predicted = Clones.predictDeterministicAddress(tokenImplementation, tokenSalt);
        if (predicted.code.length != 0) {
            revert PersonalTokenFactory_SaltAlreadyUsed(msg.sender, params.salt, predicted);
        }
        uint256 vestingAmount = params.vesting.amount;
        address predictedVesting = Clones.predictDeterministicAddress(vestingImplementation, _vestingSalt(predicted));
        // Without vesting, the vesting address never gets code: tokens sent there would be lost.
        _validateRecipients(params.allocations, predicted, vestingAmount == 0 ? predictedVesting : address(0));

        // Effects: the registry is written before any external call.
        if (vestingAmount != 0) vesting = predictedVesting;
        _launches[predicted] = Launch({creator: msg.sender, launchedAt: uint64(block.timestamp), vesting: vesting});
        _tokensByCreator[msg.sender].push(predicted);

        // Interactions: only with contracts this call deploys.
        token = Clones.cloneDeterministic(tokenImplementation, tokenSalt);
        Allocation[] memory allocations = params.allocations;
        if (vestingAmount != 0) {
            Clones.cloneDeterministic(vestingImplementation, _vestingSalt(token));
            ICreatorVesting(vesting)
                .initialize(token, msg.sender, uint64(block.timestamp), params.vesting.cliff, params.vesting.duration);
            allocations = _append(allocations, Allocation({recipient: vesting, amount: vestingAmount}));
        }
        IPersonalToken(token).initialize(params.name, params.symbol, params.contractURI, msg.sender, allocations);

        emit TokenLaunched(token, msg.sender, vesting, params);
    }

    /// @inheritdoc IPersonalTokenFactory
    function predictAddresses(address creator, bytes32 salt) external view returns (address token, address vesting) {
        token = Clones.predictDeterministicAddress(tokenImplementation, _tokenSalt(creator, salt));
        vesting = Clones.predictDeterministicAddress(vestingImplementation, _vestingSalt(token));
    }

    /// @inheritdoc IPersonalTokenFactory
    function tokensByCreator(address creator) external view returns (address[] memory) {
        return _tokensByCreator[creator];
    }

    /// @inheritdoc IPersonalTokenFactory
    function tokenCountByCreator(address creator) external view returns (uint256) {
        return _tokensByCreator[creator].length;
    }

    /// @inheritdoc IPersonalTokenFactory
    function isLaunched(address token) external view returns (bool) {
        return _launches[token].creator != address(0);
    }

    /// @inheritdoc IPersonalTokenFactory
    function launchOf(address token) external view returns (Launch memory) {
        return _launches[token];
    }

    /// @dev Checks everything that does not depend on the token address.
    function _validate(LaunchParams calldata params) private pure {
        if (bytes(params.name).length == 0) revert PersonalTokenFactory_EmptyName();
        if (bytes(params.symbol).length == 0) revert PersonalTokenFactory_EmptySymbol();
        uint256 supply = params.totalSupply;
        if (supply == 0) revert PersonalTokenFactory_ZeroSupply();
        if (supply > _MAX_SUPPLY) revert PersonalTokenFactory_SupplyTooLarge(supply, _MAX_SUPPLY);

        VestingParams calldata v = params.vesting;
        if (v.amount == 0 ? (v.cliff | v.duration) != 0 : (v.duration == 0 || v.cliff > v.duration)) {
            revert PersonalTokenFactory_InvalidVesting(v.amount, v.cliff, v.duration);
        }
        if (v.duration > MAX_VESTING_DURATION) {
            revert PersonalTokenFactory_VestingTooLong(v.duration, MAX_VESTING_DURATION);
        }

        // Sum without overflow: stop at the first amount that would take the total past the supply.
        uint256 allocated = v.amount;
        if (allocated > supply) revert PersonalTokenFactory_AllocationMismatch(allocated, supply);
        Allocation[] calldata allocations = params.allocations;
        uint256 length = allocations.length;
        for (uint256 i; i < length; ++i) {
            uint256 amount = allocations[i].amount;
            if (amount == 0) revert PersonalTokenFactory_ZeroAmount(i);
            if (amount > supply - allocated) revert PersonalTokenFactory_AllocationsExceedSupply(i, supply);
            allocated += amount;
        }
        if (allocated != supply) revert PersonalTokenFactory_AllocationMismatch(allocated, supply);
    }

    /// @dev Recipients must be able to move what they receive: not zero, not the token, not this factory, not an
    /// address that will never have code (`deadAddress`, zero when there is none).
    function _validateRecipients(Allocation[] calldata allocations, address token, address deadAddress) private view {
        uint256 length = allocations.length;
        for (uint256 i; i < length; ++i) {
            address recipient = allocations[i].recipient;
            if (recipient == address(0)) revert PersonalTokenFactory_ZeroRecipient(i);
            if (recipient == token || recipient == address(this) || recipient == deadAddress) {
                revert PersonalTokenFactory_InvalidRecipient(i, recipient);
            }
        }
    }

    function _tokenSalt(address creator, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(creator, salt));
    }

    function _vestingSalt(address token) private pure returns (bytes32) {
        return keccak256(abi.encode(token));
    }

    function _append(Allocation[] memory allocations, Allocation memory extra)
        private
        pure
        returns (Allocation[] memory out)
    {
        uint256 length = allocations.length;
        out = new Allocation[](length + 1);
        for (uint256 i; i < length; ++i) {
            out[i] = allocations[i];
        }
        out[length] = extra;
    }
}
