// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";
import {VotesUpgradeable} from "@openzeppelin/contracts-upgradeable/governance/utils/VotesUpgradeable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {
    ERC20BurnableUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20BurnableUpgradeable.sol";
import {
    ERC20PermitUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {
    ERC20VotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";
import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

import {IPersonalToken} from "./interfaces/IPersonalToken.sol";
import {Allocation} from "./types/Allocation.sol";

/// @title PersonalToken
/// @notice See {IPersonalToken}.
/// @dev Voting weight without a delegation step: {delegates} answers the holder itself until the holder delegates
/// elsewhere, so every balance change moves checkpointed votes. That costs two checkpoint writes per transfer (measured
/// in test/benchmark and reported in the README) and buys polls that read `getPastVotes(voter, snapshot)` for every
/// holder, including the ones who never sent a transaction. The clock is the block timestamp (ERC-6372
/// `mode=timestamp`), so poll snapshots mean the same thing on every chain.
contract PersonalToken is
    IPersonalToken,
    ERC20Upgradeable,
    ERC20BurnableUpgradeable,
    ERC20PermitUpgradeable,
    ERC20VotesUpgradeable,
    Ownable2StepUpgradeable
{
    string private _contractURI;

    /// @dev The implementation is never used directly: only clones are initialized.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IPersonalToken
    function initialize(
        string calldata name_,
        string calldata symbol_,
        string calldata contractURI_,
        address creator,
        Allocation[] calldata allocations
    ) external initializer {
        __ERC20_init(name_, symbol_);
        // No __ERC20Permit_init: the EIP-712 name and version are derived below instead of stored twice.
        __Ownable_init(creator);
        _contractURI = contractURI_;
        uint256 length = allocations.length;
        for (uint256 i; i < length; ++i) {
            _mint(allocations[i].recipient, allocations[i].amount);
        }
    }

    /// @inheritdoc IPersonalToken
    function contractURI() external view returns (string memory) {
        return _contractURI;
    }

    /// @inheritdoc IPersonalToken
    function setContractURI(string calldata newContractURI) external onlyOwner {
        _contractURI = newContractURI;
        emit ContractURIUpdated();
    }

    /// @notice The account that `account`'s votes count for: the account itself unless it delegated elsewhere.
    function delegates(address account) public view override returns (address) {
        address delegatee = super.delegates(account);
        return delegatee == address(0) ? account : delegatee;
    }

    /// @dev Delegating to the zero address means "back to myself": votes never leave the checkpoints while
    /// {delegates} keeps answering the holder.
    function _delegate(address account, address delegatee) internal override {
        super._delegate(account, delegatee == address(0) ? account : delegatee);
    }

    /// @notice ERC-6372 clock: block timestamps.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372 clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @dev The EIP-712 domain name is the token name (immutable after launch), read rather than stored a second time.
    function _EIP712Name() internal view override returns (string memory) {
        return name();
    }

    /// @dev EIP-712 domain version for permit and delegateBySig.
    function _EIP712Version() internal pure override returns (string memory) {
        return "1";
    }

    /// @inheritdoc ERC20PermitUpgradeable
    function nonces(address owner) public view override(ERC20PermitUpgradeable, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev Refuses transfers to the token contract itself (nothing could ever move them out again).
    function _update(address from, address to, uint256 value)
        internal
        override(ERC20Upgradeable, ERC20VotesUpgradeable)
    {
        if (to == address(this)) {
            revert PersonalToken_TransferToToken();
        }
        super._update(from, to, value);
    }
}
