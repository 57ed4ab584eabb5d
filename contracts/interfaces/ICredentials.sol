// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";

import {IERC5192} from "./IERC5192.sol";
import {IPersonalTokenModule} from "./IPersonalTokenModule.sol";

/// @title ICredentials
/// @notice "A diploma of its own": the creator vouches for people with credentials ("Great Developer", "Early
/// believer") that anyone can verify and nobody can buy.
///
/// - **Classes.** The creator defines credential classes: a metadata URI, an optional expiry (a fixed date
///   `validUntil`, a duration `validFor` from each issue, or both: the earlier wins) and whether the creator may ever
///   revoke one. All of it is fixed when the class is created and readable by every holder ({getClass}).
/// - **Issuing.** The creator issues to many recipients in one transaction ({issue}), or signs an EIP-712 `Claim` per
///   recipient that anyone may submit ({claim}): the creator pays no gas per recipient. The creator may be an ERC-1271
///   wallet (its `isValidSignature` gets `ERC1271_GAS_LIMIT` gas). Each claim signature carries the recipient's nonce
///   for the class, used up by the claim, by {cancelClaim} and by {revoke}, so a signature works at most once and never
///   brings back a revoked credential.
/// - **Holding.** An account holds at most one credential per class: an ERC-721 token whose id is
///   `classId << 160 | holder` ({tokenIdOf}). It is locked forever (ERC-5192): every transfer and approval reverts with
///   {Credentials_NotTransferable}. The holder may always {burn} it; the creator may {revoke} it only in a revocable
///   class. An expired credential stays held (the history is the point) but stops counting as valid
///   ({hasCredential} with `unexpiredOnly`).
/// - **Indexers** follow the ERC-721 `Transfer` events (mint, burn), ERC-5192 `Locked`, and this contract's own
///   {ClassCreated}, {CredentialIssued}, {CredentialBurned}, {CredentialRevoked} and {ClaimCancelled}.
interface ICredentials is IPersonalTokenModule, IERC5192, IERC5267 {
    /// @notice A credential class as the creator defines it.
    /// @param uri The class's metadata (ERC-721 metadata JSON: name, description, image), served as every one of its
    /// tokens' `tokenURI`.
    /// @param validUntil The date after which no credential of the class is valid and none can be issued (unix seconds,
    /// exclusive); 0 for none.
    /// @param validFor How long each credential is valid from its issue (seconds); 0 for as long as the class.
    /// @param revocable Whether the creator may revoke a holder's credential.
    struct ClassParams {
        string uri;
        uint64 validUntil;
        uint64 validFor;
        bool revocable;
    }

    /// @notice A class as it stands.
    /// @param uri, validUntil, validFor, revocable As created ({ClassParams}).
    /// @param issued Credentials of the class ever issued (directly or claimed).
    /// @param burned Credentials their holders burned.
    /// @param revoked Credentials the creator revoked.
    /// @param holders Accounts holding one now, expired or not: `issued - burned - revoked`.
    struct ClassView {
        string uri;
        uint64 validUntil;
        uint64 validFor;
        bool revocable;
        uint256 issued;
        uint256 burned;
        uint256 revoked;
        uint256 holders;
    }

    /// @notice One account's credential of one class.
    /// @param tokenId Its ERC-721 id (`classId << 160 | holder`), whether held or not.
    /// @param held Whether the account holds it now.
    /// @param valid Whether it is held and not expired (its issue date is the block of its {CredentialIssued}).
    /// @param expiresAt When it stops being valid (unix seconds, exclusive; 0: never; 0 if not held).
    /// @param claimNonce The nonce a claim signature for this account and class must carry now.
    struct Credential {
        uint256 tokenId;
        bool held;
        bool valid;
        uint64 expiresAt;
        uint256 claimNonce;
    }

    /// @notice What the creator signs to let `recipient` claim a credential of `classId`.
    /// @param classId The class.
    /// @param recipient Who receives the credential (anyone may submit the claim).
    /// @param nonce The recipient's claim nonce for the class ({claimNonce}).
    /// @param deadline Last second the claim may be submitted.
    struct Claim {
        uint256 classId;
        address recipient;
        uint256 nonce;
        uint256 deadline;
    }

    // ------------------------------------------------------------------------------------------------ events

    /// @notice The creator defined class `classId`.
    event ClassCreated(uint256 indexed classId, string uri, uint64 validUntil, uint64 validFor, bool revocable);

    /// @notice `holder` received a credential of `classId`, valid until `expiresAt` (0: no expiry); `claimed` when by
    /// a signed claim rather than {issue}.
    event CredentialIssued(
        uint256 indexed classId, address indexed holder, uint256 indexed tokenId, uint64 expiresAt, bool claimed
    );

    /// @notice `holder` burned their credential of `classId`.
    event CredentialBurned(uint256 indexed classId, address indexed holder, uint256 indexed tokenId);

    /// @notice The creator revoked `holder`'s credential of `classId`.
    event CredentialRevoked(uint256 indexed classId, address indexed holder, uint256 indexed tokenId);

    /// @notice The creator cancelled every claim signature for `recipient` in `classId` with a nonce below `nonce`.
    event ClaimCancelled(uint256 indexed classId, address indexed recipient, uint256 nonce);

    // ------------------------------------------------------------------------------------------------ errors

    /// @notice Only the token's creator can do this.
    error Credentials_NotCreator(address caller);
    /// @notice The module holds no tokens: launch it with `tokenAmount` 0.
    error Credentials_FundedAtLaunch(uint256 tokenAmount);
    /// @notice A class needs a metadata URI.
    error Credentials_EmptyURI();
    /// @notice `validUntil` is not in the future.
    error Credentials_ExpiryInPast(uint64 validUntil);
    /// @notice `validFor` is longer than `max`.
    error Credentials_ValidityTooLong(uint64 validFor, uint64 max);
    /// @notice No class has this id.
    error Credentials_UnknownClass(uint256 classId);
    /// @notice The class expired at `validUntil`: nothing more can be issued in it.
    error Credentials_ClassExpired(uint256 classId, uint64 validUntil);
    /// @notice {issue} needs at least one recipient.
    error Credentials_NoRecipients();
    /// @notice `holder` already holds a credential of `classId` (expired or not).
    error Credentials_AlreadyHeld(uint256 classId, address holder);
    /// @notice `holder` holds no credential of `classId`.
    error Credentials_NotHeld(uint256 classId, address holder);
    /// @notice The class was created not revocable.
    error Credentials_NotRevocable(uint256 classId);
    /// @notice The claim's deadline has passed.
    error Credentials_ClaimExpired(uint256 deadline);
    /// @notice The claim's nonce is not the recipient's current one.
    error Credentials_InvalidNonce(address recipient, uint256 currentNonce);
    /// @notice The signature is not the creator's signature of this claim.
    error Credentials_InvalidSignature();
    /// @notice Too little gas was left to give the creator's ERC-1271 wallet its full `gasLimit`.
    error Credentials_InsufficientGas(address signer, uint256 gasLimit);
    /// @notice Credentials never move: transfers and approvals revert.
    error Credentials_NotTransferable();

    // ------------------------------------------------------------------------------------------------ creator

    /// @notice Defines a credential class.
    /// @dev Emits {ClassCreated}.
    ///
    /// Requirements: the caller is the creator; `uri` is not empty; `validUntil` is 0 or in the future; `validFor` is
    /// at most `MAX_VALIDITY`.
    /// @param params The class.
    /// @return classId The new class's id (0, 1, ...).
    function createClass(ClassParams calldata params) external returns (uint256 classId);

    /// @notice Issues a credential of `classId` to every recipient.
    /// @dev Emits, per recipient, ERC-721 `Transfer` from 0, ERC-5192 {Locked} and {CredentialIssued}.
    ///
    /// Requirements: the caller is the creator; the class exists and has not expired; `recipients` is not empty, holds
    /// no zero address (`ERC721InvalidReceiver`) and nobody who already holds one (also within the list).
    /// @param classId The class.
    /// @param recipients Who receives one.
    function issue(uint256 classId, address[] calldata recipients) external;

    /// @notice Uses up `recipient`'s claim nonce for `classId`, so no claim signature already given works.
    /// @dev Emits {ClaimCancelled}. Requirements: the caller is the creator; the class exists.
    /// @param classId The class.
    /// @param recipient Whose signatures to cancel.
    function cancelClaim(uint256 classId, address recipient) external;

    /// @notice Revokes `holder`'s credential of a revocable class (and uses up their claim nonce).
    /// @dev Emits ERC-721 `Transfer` to 0 and {CredentialRevoked}.
    ///
    /// Requirements: the caller is the creator; the class exists and is revocable; `holder` holds one.
    /// @param classId The class.
    /// @param holder The holder.
    function revoke(uint256 classId, address holder) external;

    // ------------------------------------------------------------------------------------------------ anyone

    /// @notice Issues the credential the creator signed for `c.recipient`; anyone may submit it.
    /// @dev Emits ERC-721 `Transfer` from 0, ERC-5192 {Locked} and {CredentialIssued}.
    ///
    /// Requirements: `block.timestamp <= c.deadline`; `c.nonce` is the recipient's claim nonce; `signature` is the
    /// creator's EIP-712 signature of `c` (ECDSA, or ERC-1271 for a contract creator); the class exists and has not
    /// expired; the recipient holds none.
    /// @param c The claim.
    /// @param signature The creator's signature.
    function claim(Claim calldata c, bytes calldata signature) external;

    /// @notice Burns the caller's credential of `classId`. Always allowed.
    /// @dev Emits ERC-721 `Transfer` to 0 and {CredentialBurned}. Requirements: the caller holds one.
    /// @param classId The class.
    function burn(uint256 classId) external;

    // ------------------------------------------------------------------------------------------------ views

    /// @notice Gas given to a contract creator's ERC-1271 `isValidSignature` in {claim}: a claimer adds this much to a
    /// simulation's estimate when the creator is a smart wallet.
    function ERC1271_GAS_LIMIT() external view returns (uint256);

    /// @notice How many classes exist (ids `0 .. classCount - 1`).
    function classCount() external view returns (uint256);

    /// @notice Class `classId` as it stands. Reverts with {Credentials_UnknownClass} for an unknown class.
    function getClass(uint256 classId) external view returns (ClassView memory);

    /// @notice Whether `holder` holds a credential of `classId` and, if `unexpiredOnly`, it has not expired.
    /// @dev False for an unknown class.
    function hasCredential(address holder, uint256 classId, bool unexpiredOnly) external view returns (bool);

    /// @notice `holder`'s credential of `classId`. Reverts with {Credentials_UnknownClass} for an unknown class.
    function credentialOf(address holder, uint256 classId) external view returns (Credential memory);

    /// @notice The ERC-721 id of `holder`'s credential of `classId`: `classId << 160 | holder`.
    function tokenIdOf(uint256 classId, address holder) external pure returns (uint256);

    /// @notice The class and holder a token id stands for (the inverse of {tokenIdOf}).
    function decodeTokenId(uint256 tokenId) external pure returns (uint256 classId, address holder);

    /// @notice The nonce a claim signature for `recipient` in `classId` must carry now.
    function claimNonce(uint256 classId, address recipient) external view returns (uint256);

    /// @notice The EIP-712 digest the creator signs for `c` (domain "PersonalToken Credentials", "1", this chain, this
    /// module).
    function claimDigest(Claim calldata c) external view returns (bytes32);
}
