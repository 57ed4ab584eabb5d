// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Allocation} from "../types/Allocation.sol";

/// @title IPersonalToken
/// @notice A creator's own ERC-20: fixed supply minted once at launch, EIP-2612 permit, burnable, and balance
/// snapshots that the token's own polls module takes when a poll is created, so a poll can weigh every holder by the
/// balance they held at its snapshot, including holders who never send a transaction.
/// @dev Deployed only as an EIP-1167 clone by {IPersonalTokenFactory-launch}, which clones and initializes it in one
/// call; only that factory can initialize a clone, once.
///
/// Snapshots are lazy (in the spirit of OpenZeppelin 4's `ERC20Snapshot`): taking one writes nothing per holder. The
/// first time an account's balance changes after the latest snapshot became final, its balance from before the change
/// is written to its history. Between snapshots a transfer costs one storage read more than a plain ERC-20.
///
/// The snapshot moment: a snapshot taken at timestamp `t` records balances and supply as they are at the end of the
/// last block with timestamp `t` (changes in the same second, before or after the snapshot call, are included). It is
/// final, and readable, from `t + 1`. A buy before and a sell after the poll's creation in the same block therefore
/// cancel out: to weigh at a snapshot, tokens must be held when the second ends.
interface IPersonalToken {
    /// @notice Emitted when the creator changes the profile URI. Name and empty signature fixed by ERC-7572.
    event ContractURIUpdated();

    /// @notice Emitted when `snapshotter` (the token's polls module) takes snapshot `id` at timestamp `time`.
    event SnapshotTaken(uint256 indexed id, uint256 time, address indexed snapshotter);

    /// @notice Emitted when the owner starts transferring ownership to `newOwner` (who must accept).
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);

    /// @notice Emitted when ownership moves (or is renounced: `newOwner` zero).
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// @notice Thrown when a transfer targets the token contract itself, where tokens would be stuck for good.
    error PersonalToken_TransferToToken();

    /// @notice Thrown when anyone but the factory that deployed the implementation calls {initialize}.
    error PersonalToken_NotFactory(address caller);

    /// @notice Thrown when the factory initializes a clone twice (it never does; this keeps it so).
    error PersonalToken_AlreadyInitialized();

    /// @notice Thrown when the allocations sum to more than {MAX_SUPPLY}.
    error PersonalToken_SupplyTooLarge(uint256 supply, uint256 max);

    /// @notice Thrown when {snapshot} is called by anything but a polls module the factory launched for this token.
    error PersonalToken_NotSnapshotter(address caller);

    /// @notice Thrown when reading snapshot `id`, which has not been taken (`latest` is the newest one; 0: none).
    error PersonalToken_UnknownSnapshot(uint256 id, uint256 latest);

    /// @notice Thrown when reading snapshot `id` before it is final: balances can still change until `finalAt`.
    error PersonalToken_SnapshotNotFinal(uint256 id, uint256 finalAt);

    /// @notice Same as OpenZeppelin's `Ownable`: `account` is not the owner.
    error OwnableUnauthorizedAccount(address account);

    /// @notice Same as OpenZeppelin's `Ownable`: `owner` cannot be the owner (the zero address; renounce instead).
    error OwnableInvalidOwner(address owner);

    /// @notice Same as OpenZeppelin's `ERC20Permit`: the permit's deadline has passed.
    error ERC2612ExpiredSignature(uint256 deadline);

    /// @notice Same as OpenZeppelin's `ERC20Permit`: the permit was signed by `signer`, not `owner`.
    error ERC2612InvalidSigner(address signer, address owner);

    /// @notice Sets name, symbol, profile URI and creator, and mints the whole supply to `allocations`.
    /// @dev Callable once per clone, only by the factory (in the launch transaction). No mint exists after.
    /// Requirements: every recipient is non-zero; the sum is at most {MAX_SUPPLY}.
    /// @param name_ The ERC-20 name; also the EIP-712 domain name used by permit.
    /// @param symbol_ The ERC-20 symbol.
    /// @param contractURI_ The ERC-7572 profile URI (may be empty).
    /// @param creator The creator, who may update the profile URI and nothing else.
    /// @param allocations Recipients and amounts; their sum becomes the fixed total supply.
    function initialize(
        string calldata name_,
        string calldata symbol_,
        string calldata contractURI_,
        address creator,
        Allocation[] calldata allocations
    ) external;

    /// @notice The creator's profile URI (ERC-7572): JSON metadata about the creator and the token.
    function contractURI() external view returns (string memory);

    /// @notice Replaces the profile URI. Supply, balances and allocations are not affected by anything the creator
    /// can call.
    /// @dev Emits {ContractURIUpdated}. Requirements: caller is the owner (the creator unless they transferred it).
    /// @param newContractURI The new URI (may be empty).
    function setContractURI(string calldata newContractURI) external;

    /// @notice Takes a snapshot of every balance and the supply, or returns the latest one if it was taken less than
    /// {SNAPSHOT_INTERVAL} ago.
    /// @dev Only a clone of the protocol's polls implementation that the factory launched for this token may call it.
    /// The interval bounds what polls can cost holders: at most one history write per account per interval.
    /// @return id The snapshot's id (1, 2, …).
    /// @return time The timestamp it was taken at; it is final, and readable, from `time + 1`.
    function snapshot() external returns (uint256 id, uint256 time);

    /// @notice The newest snapshot: its id (0: none yet) and the timestamp it was taken at.
    function latestSnapshot() external view returns (uint256 id, uint256 time);

    /// @notice `account`'s balance at snapshot `id`.
    /// @dev Reverts with {PersonalToken_UnknownSnapshot} or {PersonalToken_SnapshotNotFinal}. O(log n) in the
    /// account's history writes.
    function balanceOfAt(address account, uint256 id) external view returns (uint256);

    /// @notice The total supply at snapshot `id` (same reverts as {balanceOfAt}).
    function totalSupplyAt(uint256 id) external view returns (uint256);

    /// @notice Shortest time between two snapshots: a request within it returns the latest snapshot instead.
    function SNAPSHOT_INTERVAL() external view returns (uint256);

    /// @notice The largest total supply: balances are stored in 208 bits beside their snapshot bookkeeping.
    function MAX_SUPPLY() external view returns (uint256);

    /// @notice The factory that deployed this implementation: the only caller of {initialize}.
    function FACTORY() external view returns (address);

    /// @notice The polls implementation whose clones (launched by {FACTORY} for this token) may take snapshots.
    function POLLS_IMPLEMENTATION() external view returns (address);

    /// @notice Burns `value` of the caller's tokens (the supply goes down for good).
    function burn(uint256 value) external;

    /// @notice Burns `value` of `account`'s tokens, spending the caller's allowance.
    function burnFrom(address account, uint256 value) external;

    /// @notice The owner: the creator unless they transferred or renounced it. Its only power is {setContractURI}.
    function owner() external view returns (address);

    /// @notice The account ownership is being transferred to (zero: none), until it calls {acceptOwnership}.
    function pendingOwner() external view returns (address);

    /// @notice Starts a two-step ownership transfer (owner only); zero cancels a pending one.
    function transferOwnership(address newOwner) external;

    /// @notice Completes the transfer (pending owner only).
    function acceptOwnership() external;

    /// @notice Gives up ownership for good (owner only): the profile URI can never change again.
    function renounceOwnership() external;
}
