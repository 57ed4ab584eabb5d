// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Allocation} from "../types/Allocation.sol";

/// @title IPersonalTokenFactory
/// @notice Launches personal tokens in one transaction: clones the token, optionally locks the creator's share in a
/// vesting wallet, mints the whole fixed supply to the allocations, and records the launch.
/// @dev Addresses are CREATE2 clones whose salt is bound to the caller (`keccak256(abi.encode(creator, salt))`), so
/// nobody can take a creator's predicted address or front-run their launch. The factory has no owner and holds no
/// funds; it is a registry and a deployer only.
interface IPersonalTokenFactory {
    /// @notice The creator's own share, locked and released linearly from launch after a cliff.
    /// @param amount Tokens locked (0 for no vesting; then `cliff` and `duration` must be 0 too).
    /// @param cliff Seconds after launch before anything is releasable (`cliff <= duration`).
    /// @param duration Seconds after launch at which everything has vested (`0 < duration <= MAX_VESTING_DURATION`).
    struct VestingParams {
        uint256 amount;
        uint64 cliff;
        uint64 duration;
    }

    /// @notice Everything a launch needs. The creator is `msg.sender`.
    /// @param name ERC-20 name (non-empty).
    /// @param symbol ERC-20 symbol (non-empty).
    /// @param contractURI ERC-7572 profile URI (may be empty; the creator can change it later).
    /// @param totalSupply The fixed supply, 18 decimals: allocations plus vesting must add up to it exactly.
    /// @param allocations Tokens minted at launch, freely transferable.
    /// @param vesting The creator's locked share.
    /// @param salt Any value the creator picks; combined with the creator's address it fixes the token address.
    struct LaunchParams {
        string name;
        string symbol;
        string contractURI;
        uint256 totalSupply;
        Allocation[] allocations;
        VestingParams vesting;
        bytes32 salt;
    }

    /// @notice A module launched beside the token: a clone of `implementation`, minted `tokenAmount` tokens at launch,
    /// then initialized with `data` ({IPersonalTokenModule-initializeModule}).
    struct ModuleParams {
        address implementation;
        uint256 tokenAmount;
        bytes data;
    }

    /// @notice A launch as recorded by the registry.
    /// @param creator Who launched the token (zero if it was not launched by this factory).
    /// @param launchedAt Launch timestamp.
    /// @param vesting The creator's vesting wallet (zero if none).
    struct Launch {
        address creator;
        uint64 launchedAt;
        address vesting;
    }

    /// @notice Emitted once per launch with every parameter, so an indexer needs no other call.
    /// @param token The new token.
    /// @param creator The caller who launched it.
    /// @param vesting The vesting wallet, or zero.
    /// @param params The launch parameters exactly as given.
    event TokenLaunched(address indexed token, address indexed creator, address vesting, LaunchParams params);

    /// @notice Emitted once per module launched with a token, or added later by {launchModule}.
    /// @param token The token.
    /// @param module The module clone.
    /// @param implementation What it is a clone of (clients check it against the protocol's deployments).
    /// @param index Its position among the token's modules (launch modules first, then later ones in order).
    /// @param tokenAmount Tokens minted to it at launch, or moved to it from the creator by {launchModule}.
    /// @param data Its initialization data.
    event ModuleLaunched(
        address indexed token,
        address indexed module,
        address indexed implementation,
        uint256 index,
        uint256 tokenAmount,
        bytes data
    );

    /// @notice Thrown when the name is empty.
    error PersonalTokenFactory_EmptyName();
    /// @notice Thrown when the symbol is empty.
    error PersonalTokenFactory_EmptySymbol();
    /// @notice Thrown when the total supply is zero.
    error PersonalTokenFactory_ZeroSupply();
    /// @notice Thrown when the total supply exceeds the token's `MAX_SUPPLY` (`type(uint208).max`).
    error PersonalTokenFactory_SupplyTooLarge(uint256 totalSupply, uint256 max);
    /// @notice Thrown when allocation `index` has the zero address as recipient.
    error PersonalTokenFactory_ZeroRecipient(uint256 index);
    /// @notice Thrown when allocation `index` sends tokens where they could never move again: the token, the factory,
    /// or the launch's vesting address when the launch has no vesting.
    error PersonalTokenFactory_InvalidRecipient(uint256 index, address recipient);
    /// @notice Thrown when allocation `index` has a zero amount.
    error PersonalTokenFactory_ZeroAmount(uint256 index);
    /// @notice Thrown when allocations plus vesting do not add up to the total supply.
    error PersonalTokenFactory_AllocationMismatch(uint256 allocated, uint256 totalSupply);
    /// @notice Thrown when allocation `index` takes the running total (vesting first) past the total supply.
    error PersonalTokenFactory_AllocationsExceedSupply(uint256 index, uint256 totalSupply);
    /// @notice Thrown when a vesting schedule is inconsistent: an amount without a duration, a cliff past the end, or
    /// a schedule without an amount.
    error PersonalTokenFactory_InvalidVesting(uint256 amount, uint64 cliff, uint64 duration);
    /// @notice Thrown when the vesting duration exceeds `MAX_VESTING_DURATION`.
    error PersonalTokenFactory_VestingTooLong(uint64 duration, uint64 max);
    /// @notice Thrown when module `index` names an implementation without code.
    error PersonalTokenFactory_InvalidModule(uint256 index);
    /// @notice Thrown when module `index` takes the running total of module amounts past the total supply.
    error PersonalTokenFactory_ModulesExceedSupply(uint256 index, uint256 totalSupply);
    /// @notice Thrown when {launchModule} names a token this factory did not launch.
    error PersonalTokenFactory_UnknownToken(address token);
    /// @notice Thrown when {launchModule} is called by someone other than the account that launched the token.
    error PersonalTokenFactory_NotCreator(address token, address caller);
    /// @notice Thrown when this creator already launched a token with this salt.
    error PersonalTokenFactory_SaltAlreadyUsed(address creator, bytes32 salt, address token);

    /// @notice Launches a token; see {LaunchParams} for every requirement.
    /// @dev Emits {TokenLaunched}, and the token's `Transfer` events for every allocation.
    /// @return token The token address, as predicted by {predictAddresses}.
    /// @return vesting The vesting wallet, or zero.
    function launch(LaunchParams calldata params) external returns (address token, address vesting);

    /// @notice Launches a token and its modules in one transaction: allocations, vesting and module amounts together
    /// make up the total supply. Modules are initialized after the whole supply is minted.
    /// @dev Emits {TokenLaunched}, then {ModuleLaunched} per module.
    /// @return token The token address.
    /// @return vesting The vesting wallet, or zero.
    /// @return moduleAddresses The module clones, in the order given ({predictModuleAddress}).
    function launchWithModules(LaunchParams calldata params, ModuleParams[] calldata modules)
        external
        returns (address token, address vesting, address[] memory moduleAddresses);

    /// @notice Launches a module for a token launched earlier (e.g. a staking campaign once the LP pair exists): clones
    /// `module.implementation` at the token's next module index ({moduleCountOf}), moves `module.tokenAmount` personal
    /// tokens from the caller to it (approve the factory first), and initializes it.
    /// @dev Emits {ModuleLaunched}. Requirements: `token` was launched here; the caller is the account that launched it
    /// (`launchOf(token).creator`, which token ownership transfers do not change); the implementation has code.
    /// @return module The module clone, at `predictModuleAddress(token, module.implementation, moduleCountOf(token))`
    /// as read before the call.
    function launchModule(address token, ModuleParams calldata module) external returns (address);

    /// @notice How many modules `token` has (launched with it and added later): the index the next one gets.
    function moduleCountOf(address token) external view returns (uint256);

    /// @notice The address module `index` of `token` gets when cloned from `implementation`.
    function predictModuleAddress(address token, address implementation, uint256 index) external view returns (address);

    /// @notice The token a module was launched with (zero if it was not launched here).
    function moduleTokenOf(address module) external view returns (address);

    /// @notice The addresses a launch by `creator` with `salt` gets (or got), without any transaction.
    /// @return token The token address.
    /// @return vesting The vesting wallet address (used only if the launch has vesting).
    function predictAddresses(address creator, bytes32 salt) external view returns (address token, address vesting);

    /// @notice The tokens `creator` launched here, oldest first.
    function tokensByCreator(address creator) external view returns (address[] memory);

    /// @notice How many tokens `creator` launched here.
    function tokenCountByCreator(address creator) external view returns (uint256);

    /// @notice Whether `token` was launched by this factory (and so runs the audited implementation).
    function isLaunched(address token) external view returns (bool);

    /// @notice The launch record of `token` (all zero if it was not launched here).
    function launchOf(address token) external view returns (Launch memory);

    /// @notice The implementation every token is a clone of (deployed by this factory's constructor).
    function tokenImplementation() external view returns (address);

    /// @notice The implementation every vesting wallet is a clone of.
    function vestingImplementation() external view returns (address);

    /// @notice The polls implementation: only its clones, launched here for a token, can take that token's snapshots.
    function pollsImplementation() external view returns (address);

    /// @notice Longest vesting schedule accepted (10 years): longer is far more likely a unit mistake.
    function MAX_VESTING_DURATION() external view returns (uint64);
}
