// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICredentials} from "../../../contracts/interfaces/ICredentials.sol";
import {Credentials} from "../../../contracts/modules/Credentials.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives one {Credentials} module: the creator defines classes (revocable or not, with or without expiry),
/// issues batches, signs claims that anyone submits (and replays), cancels claim signatures and revokes; holders
/// burn; anyone — holders, strangers, the creator — tries every transfer and approval path; time jumps. A ledger of
/// who holds what, since when and until when, and per-class issued / burned / revoked totals, lets the invariant suite
/// compare every on-chain number with what the rules say.
/// @dev Every action decides from the ledger, never from the module's views, whether its call must succeed, makes
/// the call inside try/catch and asserts the outcome, so the handler itself never reverts.
contract CredentialsHandler is BaseHandler {
    uint256 public constant MAX_CLASSES = 4;
    uint256 public constant MAX_WARP = 60 days;
    uint64 internal constant MAX_VALID_FOR = 90 days;

    struct GhostCredential {
        bool held;
        uint64 expiresAt;
        uint256 nonce;
    }

    Credentials public immutable credentials;
    address public immutable creator;
    uint256 internal immutable _creatorKey;

    /// @dev Each class as the ledger sees it, in the shape of the module's own view.
    ICredentials.ClassView[] internal _ghostClasses;
    mapping(uint256 classId => mapping(address holder => GhostCredential)) internal _ghost;
    /// @notice Transfer or approval calls that did not revert (must stay 0).
    uint256 public ghostMoves;

    constructor(Credentials credentials_, uint256 creatorKey, address[] memory actors_) {
        credentials = credentials_;
        creator = credentials_.creator();
        _creatorKey = creatorKey;
        _setActors(actors_);
    }

    // ------------------------------------------------------------------------------------------------ creator

    /// @notice The creator defines a class: revocable or not, with no expiry, a duration, a date, or both.
    function createClass(uint256 kindSeed, uint256 forSeed, uint256 untilSeed) external {
        if (_ghostClasses.length == MAX_CLASSES) {
            ++calls["createClassSkipped"];
            return;
        }
        // forge-lint: disable-next-line(unsafe-typecast) bounded to MAX_VALID_FOR
        uint64 validFor = kindSeed % 2 == 0 ? 0 : uint64(_bound(forSeed, 1, MAX_VALID_FOR));
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most a year
        uint64 validUntil = (kindSeed / 2) % 2 == 0 ? 0 : uint64(block.timestamp + _bound(untilSeed, 1, 365 days));
        bool revocable = (kindSeed / 4) % 2 == 0;
        string memory uri = "ipfs://class";
        vm.prank(creator);
        uint256 id = credentials.createClass(
            ICredentials.ClassParams({uri: uri, validUntil: validUntil, validFor: validFor, revocable: revocable})
        );
        assertEq(id, _ghostClasses.length, "createClass: id");
        _ghostClasses.push(
            ICredentials.ClassView({
                uri: uri,
                validUntil: validUntil,
                validFor: validFor,
                revocable: revocable,
                issued: 0,
                burned: 0,
                revoked: 0,
                holders: 0
            })
        );
        ++calls["createClass"];
    }

    /// @notice The creator issues to a run of actors (wrapping around, so it may repeat one or hit a holder).
    function issue(uint256 classSeed, uint256 startSeed, uint256 countSeed) external {
        if (_ghostClasses.length == 0) return;
        uint256 id = classSeed % _ghostClasses.length;
        uint256 count = _bound(countSeed, 1, _actors.length + 1);
        address[] memory to = new address[](count);
        bool ok = _open(id);
        for (uint256 i; i < count; ++i) {
            to[i] = _actor(startSeed % _actors.length + i);
            if (_ghost[id][to[i]].held) ok = false;
            for (uint256 j; j < i; ++j) {
                if (to[j] == to[i]) ok = false;
            }
        }
        vm.prank(creator);
        try credentials.issue(id, to) {
            _accepted(ok, "issue");
            for (uint256 i; i < count; ++i) {
                _record(id, to[i]);
            }
        } catch {
            _refused(ok, "issue");
        }
    }

    /// @notice The creator signs a claim (current nonce, or a stale one) that a stranger submits.
    function claim(uint256 classSeed, uint256 actorSeed, bool stale) external {
        if (_ghostClasses.length == 0) return;
        (uint256 id, address to) = _pick(classSeed, actorSeed);
        GhostCredential storage g = _ghost[id][to];
        uint256 nonce = stale && g.nonce != 0 ? g.nonce - 1 : g.nonce;
        ICredentials.Claim memory c =
            ICredentials.Claim({classId: id, recipient: to, nonce: nonce, deadline: block.timestamp});
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(_creatorKey, credentials.claimDigest(c));
        bool ok = nonce == g.nonce && _open(id) && !g.held;
        vm.prank(address(0xC1A1));
        try credentials.claim(c, abi.encodePacked(r, s, v)) {
            _accepted(ok, "claim");
            _record(id, to);
            ++g.nonce;
        } catch {
            _refused(ok, "claim");
        }
    }

    /// @notice The creator cancels an actor's outstanding claim signatures.
    function cancelClaim(uint256 classSeed, uint256 actorSeed) external {
        if (_ghostClasses.length == 0) return;
        (uint256 id, address to) = _pick(classSeed, actorSeed);
        vm.prank(creator);
        credentials.cancelClaim(id, to);
        ++_ghost[id][to].nonce;
        ++calls["cancelClaim"];
    }

    /// @notice The creator revokes an actor's credential: only in a revocable class, only if held.
    function revoke(uint256 classSeed, uint256 actorSeed) external {
        if (_ghostClasses.length == 0) return;
        (uint256 id, address holder) = _pick(classSeed, actorSeed);
        GhostCredential storage g = _ghost[id][holder];
        bool ok = _ghostClasses[id].revocable && g.held;
        vm.prank(creator);
        try credentials.revoke(id, holder) {
            _accepted(ok, "revoke");
            ++g.nonce;
            ++_drop(id, holder).revoked;
        } catch {
            _refused(ok, "revoke");
        }
    }

    // ------------------------------------------------------------------------------------------------ holders

    /// @notice An actor burns their credential: allowed whenever held, expired or not, revocable or not.
    function burn(uint256 classSeed, uint256 actorSeed) external {
        if (_ghostClasses.length == 0) return;
        (uint256 id, address holder) = _pick(classSeed, actorSeed);
        GhostCredential storage g = _ghost[id][holder];
        bool ok = g.held;
        vm.prank(holder);
        try credentials.burn(id) {
            _accepted(ok, "burn");
            ++_drop(id, holder).burned;
        } catch {
            _refused(ok, "burn");
        }
    }

    /// @notice Anyone (an actor, the creator or a stranger) tries to move or approve a credential by any path; every
    /// attempt must revert, whatever the caller, the token id or the recipient.
    function tryTransfer(uint256 pathSeed, uint256 classSeed, uint256 fromSeed, uint256 toSeed, uint256 callerSeed)
        external
    {
        uint256 id = _ghostClasses.length == 0 ? 0 : classSeed % _ghostClasses.length;
        address from = _actor(fromSeed);
        address to = toSeed % 3 == 0 ? creator : _actor(toSeed);
        uint256 callerKind = callerSeed % 3;
        address caller = callerKind == 0 ? from : callerKind == 1 ? creator : to;
        uint256 tokenId = credentials.tokenIdOf(id, from);
        uint256 path = pathSeed % 5;
        vm.prank(caller);
        bool moved;
        if (path == 0) {
            try credentials.transferFrom(from, to, tokenId) {
                moved = true;
            } catch {}
        } else if (path == 1) {
            try credentials.safeTransferFrom(from, to, tokenId) {
                moved = true;
            } catch {}
        } else if (path == 2) {
            try credentials.safeTransferFrom(from, to, tokenId, "0x") {
                moved = true;
            } catch {}
        } else if (path == 3) {
            try credentials.approve(to, tokenId) {
                moved = true;
            } catch {}
        } else {
            try credentials.setApprovalForAll(to, true) {
                moved = true;
            } catch {}
        }
        if (moved) ++ghostMoves;
        assertFalse(moved, "tryTransfer: a credential moved or was approved");
        ++calls["tryTransfer"];
    }

    /// @notice Time moves forward by up to MAX_WARP (credentials and classes expire).
    function warp(uint256 seconds_) external {
        _warpBy(seconds_, 1, MAX_WARP);
    }

    // ------------------------------------------------------------------------------------------------ ledger

    function classCount() external view returns (uint256) {
        return _ghostClasses.length;
    }

    function ghostClass(uint256 id) external view returns (ICredentials.ClassView memory) {
        return _ghostClasses[id];
    }

    function ghostCredential(uint256 id, address holder) external view returns (GhostCredential memory) {
        return _ghost[id][holder];
    }

    function _open(uint256 id) private view returns (bool) {
        uint64 until = _ghostClasses[id].validUntil;
        return until == 0 || block.timestamp < until;
    }

    function _pick(uint256 classSeed, uint256 actorSeed) private view returns (uint256 id, address actor) {
        return (classSeed % _ghostClasses.length, _actor(actorSeed));
    }

    /// @dev Records a credential issued or claimed now.
    function _record(uint256 id, address holder) private {
        ICredentials.ClassView storage c = _ghostClasses[id];
        ++c.issued;
        ++c.holders;
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most MAX_VALID_FOR
        uint64 expiresAt = c.validFor == 0 ? 0 : uint64(block.timestamp) + c.validFor;
        if (c.validUntil != 0 && (expiresAt == 0 || c.validUntil < expiresAt)) expiresAt = c.validUntil;
        GhostCredential storage g = _ghost[id][holder];
        g.held = true;
        g.expiresAt = expiresAt;
    }

    /// @dev Records a credential leaving its holder (burned or revoked) and returns its class to count why.
    function _drop(uint256 id, address holder) private returns (ICredentials.ClassView storage c) {
        _ghost[id][holder].held = false;
        c = _ghostClasses[id];
        --c.holders;
    }
}
