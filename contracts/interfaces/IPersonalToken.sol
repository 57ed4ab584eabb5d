// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Allocation} from "../types/Allocation.sol";

/// @title IPersonalToken
/// @notice A creator's own ERC-20: fixed supply minted once at launch, EIP-2612 permit, burnable, and vote
/// checkpoints that every holder has from their first token on (no self-delegation step), so polls can weigh
/// votes by the balance held at a past timestamp.
/// @dev Deployed only as an EIP-1167 clone by {IPersonalTokenFactory-launch}, which clones and initializes it in one
/// call. The implementation contract itself can never be initialized.
interface IPersonalToken {
    /// @notice Emitted when the creator changes the profile URI. Name and empty signature fixed by ERC-7572.
    event ContractURIUpdated();

    /// @notice Thrown when a transfer targets the token contract itself, where tokens would be stuck for good.
    error PersonalToken_TransferToToken();

    /// @notice Sets name, symbol, profile URI and creator, and mints the whole supply to `allocations`.
    /// @dev Callable once, by whoever deploys the clone (the factory, in the same transaction). No mint exists after.
    /// Requirements:
    /// - the clone is not initialized yet; every recipient is non-zero.
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
    /// @dev Emits {ContractURIUpdated}. Requirements: caller is the creator ({Ownable-owner}).
    /// @param newContractURI The new URI (may be empty).
    function setContractURI(string calldata newContractURI) external;
}
