// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {PersonalToken} from "./PersonalToken.sol";
import {ICreatorVesting} from "./interfaces/ICreatorVesting.sol";
import {IPersonalToken} from "./interfaces/IPersonalToken.sol";
import {IPersonalTokenFactory} from "./interfaces/IPersonalTokenFactory.sol";
import {IPersonalTokenModule} from "./interfaces/IPersonalTokenModule.sol";
import {Allocation} from "./types/Allocation.sol";

/// @title PersonalTokenFactory
/// @notice See {IPersonalTokenFactory}.
/// @dev Modules (income share, time escrow, staking, polls) are not hard-wired: any implementation of
/// {IPersonalTokenModule} can be cloned beside the token, funded from the supply and initialized in the launch
/// transaction. Which implementations are the protocol's own is for clients to check (`ModuleLaunched` names it).
contract PersonalTokenFactory is IPersonalTokenFactory {
    using SafeERC20 for IERC20;

    /// @inheritdoc IPersonalTokenFactory
    uint64 public constant MAX_VESTING_DURATION = 10 * 365 days;

    /// @dev The token's own bound: balances share a slot with their snapshot bookkeeping.
    uint256 private constant _MAX_SUPPLY = type(uint208).max;
    /// @dev CREATE2 salt domains, one per kind of clone: `keccak256(abi.encode(typeHash, fields...))`.
    bytes32 private constant _TOKEN_SALT_TYPEHASH = keccak256("PersonalToken(address creator,bytes32 salt)");
    bytes32 private constant _VESTING_SALT_TYPEHASH = keccak256("CreatorVesting(address token)");
    bytes32 private constant _MODULE_SALT_TYPEHASH = keccak256("PersonalTokenModule(address token,uint256 index)");

    /// @inheritdoc IPersonalTokenFactory
    address public immutable tokenImplementation;
    /// @inheritdoc IPersonalTokenFactory
    address public immutable vestingImplementation;
    /// @inheritdoc IPersonalTokenFactory
    address public immutable pollsImplementation;

    mapping(address creator => address[] tokens) private _tokensByCreator;
    mapping(address token => Record record) private _launches;
    mapping(address module => address token) private _moduleTokens;

    /// @dev A launch as stored: {Launch} plus the number of modules launched with the token so far, in the same slot as
    /// the creator (so a launch pays nothing for it).
    struct Record {
        address creator;
        uint64 launchedAt;
        uint32 moduleCount;
        address vesting;
    }

    /// @dev Deploys the token implementation itself, so that the implementation knows its factory (the only account
    /// allowed to initialize its clones) and the polls implementation (whose clones may take snapshots).
    /// @param vestingImplementation_ A {CreatorVesting} implementation (initializers disabled).
    /// @param pollsImplementation_ The {HolderPolls} implementation.
    constructor(address vestingImplementation_, address pollsImplementation_) {
        tokenImplementation = address(new PersonalToken(pollsImplementation_));
        vestingImplementation = vestingImplementation_;
        pollsImplementation = pollsImplementation_;
    }

    /// @inheritdoc IPersonalTokenFactory
    function launch(LaunchParams calldata params) external returns (address token, address vesting) {
        (token, vesting,) = _launch(params, new ModuleParams[](0));
    }

    /// @inheritdoc IPersonalTokenFactory
    function launchWithModules(LaunchParams calldata params, ModuleParams[] calldata modules)
        external
        returns (address token, address vesting, address[] memory moduleAddresses)
    {
        return _launch(params, modules);
    }

    function _launch(LaunchParams calldata params, ModuleParams[] memory modules)
        private
        returns (address token, address vesting, address[] memory moduleAddresses)
    {
        _validate(params, _validateModules(modules, params.totalSupply));
        bytes32 tokenSalt = _tokenSalt(msg.sender, params.salt);
        address predicted;
        (predicted, vesting) = _checkAddresses(params, tokenSalt);

        // Effects: the registry is written before any external call.
        _launches[predicted] = Record({
            creator: msg.sender,
            launchedAt: uint64(block.timestamp),
            // forge-lint: disable-next-line(unsafe-typecast) a launch's module list cannot approach 2^32 entries
            moduleCount: uint32(modules.length),
            vesting: vesting
        });
        _tokensByCreator[msg.sender].push(predicted);
        moduleAddresses = _registerModules(predicted, modules);

        // Interactions: deploy everything, mint, then let the modules set themselves up.
        token = Clones.cloneDeterministic(tokenImplementation, tokenSalt);
        if (vesting != address(0)) {
            Clones.cloneDeterministic(vestingImplementation, _vestingSalt(token));
            VestingParams calldata v = params.vesting;
            ICreatorVesting(vesting).initialize(token, msg.sender, uint64(block.timestamp), v.cliff, v.duration);
        }
        for (uint256 i; i < modules.length; ++i) {
            Clones.cloneDeterministic(modules[i].implementation, _moduleSalt(token, i));
        }
        Allocation[] memory mints =
            _withExtras(params.allocations, vesting, params.vesting.amount, modules, moduleAddresses);
        _initializeToken(token, params, mints);
        emit TokenLaunched(token, msg.sender, vesting, params);
        _initializeModules(token, modules, moduleAddresses);
    }

    function _initializeToken(address token, LaunchParams calldata params, Allocation[] memory mints) private {
        IPersonalToken(token).initialize(params.name, params.symbol, params.contractURI, msg.sender, mints);
    }

    /// @dev The token address (free, or the salt was used) and the vesting address (zero without vesting), after
    /// checking that no allocation strands tokens.
    function _checkAddresses(LaunchParams calldata params, bytes32 tokenSalt)
        private
        view
        returns (address token, address vesting)
    {
        token = Clones.predictDeterministicAddress(tokenImplementation, tokenSalt);
        if (token.code.length != 0) revert PersonalTokenFactory_SaltAlreadyUsed(msg.sender, params.salt, token);
        address predictedVesting = Clones.predictDeterministicAddress(vestingImplementation, _vestingSalt(token));
        bool hasVesting = params.vesting.amount != 0;
        // Without vesting, the vesting address never gets code: tokens sent there would be lost.
        _validateRecipients(params.allocations, token, hasVesting ? address(0) : predictedVesting);
        if (hasVesting) vesting = predictedVesting;
    }

    function _registerModules(address token, ModuleParams[] memory modules)
        private
        returns (address[] memory moduleAddresses)
    {
        uint256 length = modules.length;
        moduleAddresses = new address[](length);
        for (uint256 i; i < length; ++i) {
            address module = Clones.predictDeterministicAddress(modules[i].implementation, _moduleSalt(token, i));
            moduleAddresses[i] = module;
            _moduleTokens[module] = token;
        }
    }

    function _initializeModules(address token, ModuleParams[] memory modules, address[] memory moduleAddresses)
        private
    {
        for (uint256 i; i < modules.length; ++i) {
            ModuleParams memory m = modules[i];
            IPersonalTokenModule(moduleAddresses[i]).initializeModule(token, msg.sender, m.tokenAmount, m.data);
            emit ModuleLaunched(token, moduleAddresses[i], m.implementation, i, m.tokenAmount, m.data);
        }
    }

    /// @inheritdoc IPersonalTokenFactory
    function launchModule(address token, ModuleParams calldata module) external returns (address moduleAddress) {
        Record storage record = _launches[token];
        address creator = record.creator;
        if (creator == address(0)) revert PersonalTokenFactory_UnknownToken(token);
        if (msg.sender != creator) revert PersonalTokenFactory_NotCreator(token, msg.sender);
        uint32 index = record.moduleCount;
        if (module.implementation.code.length == 0) revert PersonalTokenFactory_InvalidModule(index);

        // Effects: the index and the registry entry before any external call.
        record.moduleCount = index + 1;
        bytes32 salt = _moduleSalt(token, index);
        moduleAddress = Clones.predictDeterministicAddress(module.implementation, salt);
        _moduleTokens[moduleAddress] = token;

        // Interactions: deploy, fund from the creator's balance (the personal token moves exactly), initialize.
        Clones.cloneDeterministic(module.implementation, salt);
        uint256 amount = module.tokenAmount;
        if (amount != 0) IERC20(token).safeTransferFrom(msg.sender, moduleAddress, amount);
        IPersonalTokenModule(moduleAddress).initializeModule(token, msg.sender, amount, module.data);
        emit ModuleLaunched(token, moduleAddress, module.implementation, index, amount, module.data);
    }

    /// @inheritdoc IPersonalTokenFactory
    function moduleCountOf(address token) external view returns (uint256) {
        return _launches[token].moduleCount;
    }

    /// @inheritdoc IPersonalTokenFactory
    function predictAddresses(address creator, bytes32 salt) external view returns (address token, address vesting) {
        token = Clones.predictDeterministicAddress(tokenImplementation, _tokenSalt(creator, salt));
        vesting = Clones.predictDeterministicAddress(vestingImplementation, _vestingSalt(token));
    }

    /// @inheritdoc IPersonalTokenFactory
    function predictModuleAddress(address token, address implementation, uint256 index)
        external
        view
        returns (address)
    {
        return Clones.predictDeterministicAddress(implementation, _moduleSalt(token, index));
    }

    /// @inheritdoc IPersonalTokenFactory
    function moduleTokenOf(address module) external view returns (address) {
        return _moduleTokens[module];
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
        Record storage record = _launches[token];
        return Launch({creator: record.creator, launchedAt: record.launchedAt, vesting: record.vesting});
    }

    /// @dev Checks everything that does not depend on the token address.
    function _validate(LaunchParams calldata params, uint256 moduleTotal) private pure {
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
        if (v.amount > supply - moduleTotal) {
            revert PersonalTokenFactory_AllocationMismatch(moduleTotal + v.amount, supply);
        }
        uint256 allocated = moduleTotal + v.amount;
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

    /// @dev Module implementations must be contracts; their token amounts must fit in the supply. Returns their sum.
    function _validateModules(ModuleParams[] memory modules, uint256 supply) private view returns (uint256 total) {
        uint256 length = modules.length;
        for (uint256 i; i < length; ++i) {
            if (modules[i].implementation.code.length == 0) revert PersonalTokenFactory_InvalidModule(i);
            uint256 amount = modules[i].tokenAmount;
            if (amount > supply - total) revert PersonalTokenFactory_ModulesExceedSupply(i, supply);
            total += amount;
        }
    }

    /// @dev Each kind of clone hashes its own type string in front of its fields, so no two kinds can share a salt.
    function _tokenSalt(address creator, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(_TOKEN_SALT_TYPEHASH, creator, salt));
    }

    function _vestingSalt(address token) private pure returns (bytes32) {
        return keccak256(abi.encode(_VESTING_SALT_TYPEHASH, token));
    }

    /// @dev The mint list: the creator's allocations, then the vesting wallet and every funded module.
    function _withExtras(
        Allocation[] calldata allocations,
        address vesting,
        uint256 vestingAmount,
        ModuleParams[] memory modules,
        address[] memory moduleAddresses
    ) private pure returns (Allocation[] memory out) {
        uint256 length = allocations.length;
        uint256 extras = vestingAmount != 0 ? 1 : 0;
        uint256 moduleCount = modules.length;
        for (uint256 i; i < moduleCount; ++i) {
            if (modules[i].tokenAmount != 0) ++extras;
        }
        if (extras == 0) return allocations;
        out = new Allocation[](length + extras);
        for (uint256 i; i < length; ++i) {
            out[i] = allocations[i];
        }
        if (vestingAmount != 0) out[length++] = Allocation({recipient: vesting, amount: vestingAmount});
        for (uint256 i; i < moduleCount; ++i) {
            uint256 amount = modules[i].tokenAmount;
            if (amount != 0) out[length++] = Allocation({recipient: moduleAddresses[i], amount: amount});
        }
    }

    function _moduleSalt(address token, uint256 index) private pure returns (bytes32) {
        return keccak256(abi.encode(_MODULE_SALT_TYPEHASH, token, index));
    }
}
