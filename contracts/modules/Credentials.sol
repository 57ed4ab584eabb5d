// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC721/ERC721Upgradeable.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {PersonalTokenModule} from "../abstracts/PersonalTokenModule.sol";
import {ICredentials} from "../interfaces/ICredentials.sol";
import {IERC5192} from "../interfaces/IERC5192.sol";
import {CappedSignatureChecker} from "../libraries/CappedSignatureChecker.sol";

/// @title Credentials
/// @notice See {ICredentials}.
/// @dev A clone launched by the factory beside the token, holding no tokens and paying nothing out (so no re-entrancy
/// guard: it never calls a recipient — ERC-721 `_mint`, not `_safeMint` — and its only outside calls are the token's
/// `name`/`symbol` views and the gas-capped ERC-1271 `staticcall` to a contract creator).
///
/// ERC-721 from OpenZeppelin's upgradeable build (ERC-7201 namespaced storage, no constructor state: clone-friendly);
/// its name and symbol are never stored but read from the token ("Alex Masmej Credentials", "ALEX-CRED"). Every
/// transfer path (`transferFrom`, both `safeTransferFrom`) goes through `_update`, which refuses any move between two
/// accounts; `approve` and `setApprovalForAll` revert too, so no approval can ever exist.
///
/// A token id is `classId << 160 | holder`: one credential per class and holder, found without an index. Whether it is
/// held is OpenZeppelin's owner slot; a record slot beside it (expiry, claim nonce) is written only when there is
/// something to keep — a credential without expiry issued directly costs OpenZeppelin's owner and balance writes and
/// nothing more. The issue date is the block of its {CredentialIssued} event.
///
/// EIP-712: OpenZeppelin's EIP712 keeps the name and version hashes as immutables of the implementation, which clones
/// share, and rebuilds the domain separator whenever `address(this)` or `block.chainid` differs from the cached one
/// (always, for a clone), so a signed claim is bound to this clone and to the current chain.
contract Credentials is ICredentials, PersonalTokenModule, ERC721Upgradeable, EIP712 {
    /// @notice Longest `validFor` a class may have.
    uint64 public constant MAX_VALIDITY = 100 * 365 days;
    /// @notice Gas given to a contract creator's ERC-1271 `isValidSignature`: enough for a multisig of several owners or
    /// a passkey wallet with a P-256 precompile, and all a hostile wallet can burn of a claimer's transaction.
    uint256 public constant ERC1271_GAS_LIMIT = 100_000;
    /// @notice EIP-712 type hash of {ICredentials-Claim}.
    bytes32 public constant CLAIM_TYPEHASH =
        keccak256("Claim(uint256 classId,address recipient,uint256 nonce,uint256 deadline)");

    /// @dev Bits of a token id taken by the holder's address.
    uint256 private constant HOLDER_BITS = 160;

    /// @dev A class as stored: its terms and counters in one slot, the URI beside. 40-bit counters hold 10^12 issues.
    struct Class {
        uint64 validUntil;
        uint64 validFor;
        bool revocable;
        uint40 issued;
        uint40 burned;
        uint40 revoked;
        string uri;
    }

    /// @dev One credential (a class and a holder), in one slot. `expiresAt` is 0 whenever the credential is not held;
    /// the nonce survives burns and revocations.
    struct Record {
        uint64 expiresAt;
        uint64 nonce;
    }

    Class[] private _classes;
    mapping(uint256 tokenId => Record) private _records;

    /// @dev Clones share the implementation's EIP-712 name and version hashes.
    constructor() EIP712("PersonalToken Credentials", "1") {}

    /// @notice Sets the module up; called by the factory in the launch transaction.
    /// @param tokenAmount Must be 0: the module holds no tokens.
    /// @param data Empty, or `abi.encode(ClassParams[])`: classes defined at launch (ids 0, 1, ...).
    function initializeModule(address token_, address creator_, uint256 tokenAmount, bytes calldata data)
        external
        initializer
    {
        if (tokenAmount != 0) revert Credentials_FundedAtLaunch(tokenAmount);
        _initializeModule(token_, creator_);
        if (data.length != 0) {
            ClassParams[] memory classes = abi.decode(data, (ClassParams[]));
            for (uint256 i; i < classes.length; ++i) {
                _createClass(classes[i]);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ creator

    /// @inheritdoc ICredentials
    function createClass(ClassParams calldata params) external onlyCreator returns (uint256) {
        return _createClass(params);
    }

    /// @inheritdoc ICredentials
    function issue(uint256 classId, address[] calldata recipients) external onlyCreator {
        uint256 count = recipients.length;
        if (count == 0) revert Credentials_NoRecipients();
        Class storage c = _openClass(classId);
        uint64 expiresAt = _expiry(c);
        for (uint256 i; i < count; ++i) {
            _issue(classId, recipients[i], expiresAt, false);
        }
        // forge-lint: disable-next-line(unsafe-typecast) one more credential than issued ever needs 10^12 calls
        c.issued += uint40(count);
    }

    /// @inheritdoc ICredentials
    function cancelClaim(uint256 classId, address recipient) external onlyCreator {
        _class(classId);
        Record storage r = _records[_tokenId(classId, recipient)];
        uint64 nonce = ++r.nonce;
        emit ClaimCancelled(classId, recipient, nonce);
    }

    /// @inheritdoc ICredentials
    function revoke(uint256 classId, address holder) external onlyCreator {
        Class storage c = _class(classId);
        if (!c.revocable) revert Credentials_NotRevocable(classId);
        uint256 tokenId = _remove(classId, holder);
        ++_records[tokenId].nonce;
        ++c.revoked;
        emit CredentialRevoked(classId, holder, tokenId);
    }

    // ------------------------------------------------------------------------------------------------ anyone

    /// @inheritdoc ICredentials
    function claim(Claim calldata c, bytes calldata signature) external {
        if (block.timestamp > c.deadline) revert Credentials_ClaimExpired(c.deadline);
        uint256 tokenId = _tokenId(c.classId, c.recipient);
        uint64 current = _records[tokenId].nonce;
        if (c.nonce != current) revert Credentials_InvalidNonce(c.recipient, current);
        if (!_isValidSignature(creator, claimDigest(c), signature)) revert Credentials_InvalidSignature();
        Class storage cls = _openClass(c.classId);
        _issue(c.classId, c.recipient, _expiry(cls), true);
        ++_records[tokenId].nonce;
        ++cls.issued;
    }

    /// @inheritdoc ICredentials
    function burn(uint256 classId) external {
        Class storage c = _class(classId);
        uint256 tokenId = _remove(classId, msg.sender);
        ++c.burned;
        emit CredentialBurned(classId, msg.sender, tokenId);
    }

    // ------------------------------------------------------------------------------------------------ transfers

    /// @notice Always reverts with {Credentials_NotTransferable}: a credential has no operator.
    function approve(address, uint256) public pure override {
        revert Credentials_NotTransferable();
    }

    /// @notice Always reverts with {Credentials_NotTransferable}: a credential has no operator.
    function setApprovalForAll(address, bool) public pure override {
        revert Credentials_NotTransferable();
    }

    // ------------------------------------------------------------------------------------------------ views

    /// @notice "<token name> Credentials", read from the token.
    function name() public view override returns (string memory) {
        return string.concat(IERC20Metadata(token).name(), " Credentials");
    }

    /// @notice "<token symbol>-CRED", read from the token.
    function symbol() public view override returns (string memory) {
        return string.concat(IERC20Metadata(token).symbol(), "-CRED");
    }

    /// @notice The class's metadata URI. Reverts with `ERC721NonexistentToken` for a credential nobody holds.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireOwned(tokenId);
        return _classes[tokenId >> HOLDER_BITS].uri;
    }

    /// @inheritdoc IERC5192
    function locked(uint256 tokenId) external view returns (bool) {
        _requireOwned(tokenId);
        return true;
    }

    /// @notice ERC-165: ERC-721, its metadata extension, ERC-5192 and ERC-165 itself.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IERC5192).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @inheritdoc ICredentials
    function classCount() external view returns (uint256) {
        return _classes.length;
    }

    /// @inheritdoc ICredentials
    function getClass(uint256 classId) external view returns (ClassView memory) {
        Class storage c = _class(classId);
        return ClassView({
            uri: c.uri,
            validUntil: c.validUntil,
            validFor: c.validFor,
            revocable: c.revocable,
            issued: c.issued,
            burned: c.burned,
            revoked: c.revoked,
            holders: uint256(c.issued) - c.burned - c.revoked
        });
    }

    /// @inheritdoc ICredentials
    function hasCredential(address holder, uint256 classId, bool unexpiredOnly) external view returns (bool) {
        if (classId >= _classes.length) return false;
        uint256 tokenId = _tokenId(classId, holder);
        return _ownerOf(tokenId) != address(0) && (!unexpiredOnly || _unexpired(_records[tokenId]));
    }

    /// @inheritdoc ICredentials
    function credentialOf(address holder, uint256 classId) external view returns (Credential memory) {
        _class(classId);
        uint256 tokenId = _tokenId(classId, holder);
        Record memory r = _records[tokenId];
        bool held = _ownerOf(tokenId) != address(0);
        return Credential({
            tokenId: tokenId, held: held, valid: held && _unexpired(r), expiresAt: r.expiresAt, claimNonce: r.nonce
        });
    }

    /// @inheritdoc ICredentials
    function tokenIdOf(uint256 classId, address holder) external pure returns (uint256) {
        return _tokenId(classId, holder);
    }

    /// @inheritdoc ICredentials
    function decodeTokenId(uint256 tokenId) external pure returns (uint256 classId, address holder) {
        classId = tokenId >> HOLDER_BITS;
        // forge-lint: disable-next-line(unsafe-typecast) the low 160 bits are the holder by construction
        holder = address(uint160(tokenId));
    }

    /// @inheritdoc ICredentials
    function claimNonce(uint256 classId, address recipient) external view returns (uint256) {
        return _records[_tokenId(classId, recipient)].nonce;
    }

    /// @inheritdoc ICredentials
    function claimDigest(Claim calldata c) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(CLAIM_TYPEHASH, c.classId, c.recipient, c.nonce, c.deadline)));
    }

    // ------------------------------------------------------------------------------------------------ internals

    function _revertNotCreator(address caller) internal pure override {
        revert Credentials_NotCreator(caller);
    }

    /// @dev The one place a credential moves: minting (from 0) and burning (to 0) pass; anything else reverts.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        if (to != address(0) && _ownerOf(tokenId) != address(0)) revert Credentials_NotTransferable();
        return super._update(to, tokenId, auth);
    }

    function _createClass(ClassParams memory params) private returns (uint256 classId) {
        if (bytes(params.uri).length == 0) revert Credentials_EmptyURI();
        if (params.validUntil != 0 && params.validUntil <= block.timestamp) {
            revert Credentials_ExpiryInPast(params.validUntil);
        }
        if (params.validFor > MAX_VALIDITY) revert Credentials_ValidityTooLong(params.validFor, MAX_VALIDITY);
        classId = _classes.length;
        Class storage c = _classes.push();
        c.validUntil = params.validUntil;
        c.validFor = params.validFor;
        c.revocable = params.revocable;
        c.uri = params.uri;
        emit ClassCreated(classId, params.uri, params.validUntil, params.validFor, params.revocable);
    }

    /// @dev Mints `holder`'s credential of `classId`, valid until `expiresAt`; the caller counts it in the class.
    function _issue(uint256 classId, address holder, uint64 expiresAt, bool claimed) private {
        uint256 tokenId = _tokenId(classId, holder);
        if (_ownerOf(tokenId) != address(0)) revert Credentials_AlreadyHeld(classId, holder);
        if (expiresAt != 0) _records[tokenId].expiresAt = expiresAt;
        _mint(holder, tokenId);
        emit Locked(tokenId);
        emit CredentialIssued(classId, holder, tokenId, expiresAt, claimed);
    }

    /// @dev Burns `holder`'s credential of `classId`; the caller counts it in the class.
    function _remove(uint256 classId, address holder) private returns (uint256 tokenId) {
        tokenId = _tokenId(classId, holder);
        if (_ownerOf(tokenId) == address(0)) revert Credentials_NotHeld(classId, holder);
        Record storage r = _records[tokenId];
        if (r.expiresAt != 0) r.expiresAt = 0;
        _burn(tokenId);
    }

    /// @dev The expiry of a credential of `c` issued now: the earlier of its fixed date and its duration; 0 for none.
    function _expiry(Class storage c) private view returns (uint64 expiresAt) {
        uint64 validFor = c.validFor;
        // validFor <= MAX_VALIDITY: no overflow before the year 500 billion.
        if (validFor != 0) expiresAt = uint64(block.timestamp) + validFor;
        uint64 validUntil = c.validUntil;
        if (validUntil != 0 && (expiresAt == 0 || validUntil < expiresAt)) expiresAt = validUntil;
    }

    function _unexpired(Record memory r) private view returns (bool) {
        return r.expiresAt == 0 || block.timestamp < r.expiresAt;
    }

    function _class(uint256 classId) private view returns (Class storage) {
        if (classId >= _classes.length) revert Credentials_UnknownClass(classId);
        return _classes[classId];
    }

    /// @dev An existing class that can still be issued.
    function _openClass(uint256 classId) private view returns (Class storage c) {
        c = _class(classId);
        uint64 validUntil = c.validUntil;
        if (validUntil != 0 && block.timestamp >= validUntil) revert Credentials_ClassExpired(classId, validUntil);
    }

    function _tokenId(uint256 classId, address holder) private pure returns (uint256) {
        return classId << HOLDER_BITS | uint160(holder);
    }

    /// @dev {CappedSignatureChecker.check} with the ERC-1271 call capped at `ERC1271_GAS_LIMIT`; reverts with
    /// {Credentials_InsufficientGas} when the wallet may have had less than the cap (the sender's gas limit is at fault, not the
    /// signature).
    function _isValidSignature(address signer, bytes32 digest, bytes calldata signature) private view returns (bool) {
        (bool valid, bool gasShort) = CappedSignatureChecker.check(signer, digest, signature, ERC1271_GAS_LIMIT);
        if (gasShort) revert Credentials_InsufficientGas(signer, ERC1271_GAS_LIMIT);
        return valid;
    }
}
