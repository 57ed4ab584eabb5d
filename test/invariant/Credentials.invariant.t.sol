// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICredentials} from "../../contracts/interfaces/ICredentials.sol";
import {Credentials} from "../../contracts/modules/Credentials.sol";
import {CredentialsBaseTest} from "../utils/CredentialsBaseTest.sol";
import {CredentialsHandler} from "./handlers/CredentialsHandler.sol";

/// @notice One $ALEX credentials module under random class definitions, batch issues, signed claims (and stale
/// replays), cancellations, revocations, burns, transfer and approval attempts by every path, and time jumps
/// ({CredentialsHandler}), with six actors.
/// forge-config: ci.invariant.runs = 128
contract CredentialsInvariantTest is CredentialsBaseTest {
    uint256 internal constant ACTORS = 6;

    Credentials internal credentials;
    CredentialsHandler internal handler;

    function setUp() public override {
        super.setUp();
        (, credentials) = _launchCredentials("");
        handler = new CredentialsHandler(credentials, creatorKey, _recipients("actor", ACTORS));

        targetContract(address(handler));
    }

    /// @notice Per class, the module's counters equal the ledger's, and holders = issued − burned − revoked = the
    /// number of actors who hold one.
    function invariant_ClassCountsAreIssuedMinusBurnedMinusRevoked() public view {
        address[] memory actors = handler.actors();
        assertEq(credentials.classCount(), handler.classCount(), "class count");
        for (uint256 id; id < handler.classCount(); ++id) {
            ICredentials.ClassView memory c = credentials.getClass(id);
            ICredentials.ClassView memory g = handler.ghostClass(id);
            assertEq(abi.encode(c), abi.encode(g), "class != ledger");
            assertEq(c.holders, g.issued - g.burned - g.revoked, "holders != issued - burned - revoked");
            uint256 holding;
            for (uint256 i; i < actors.length; ++i) {
                if (credentials.hasCredential(actors[i], id, false)) ++holding;
            }
            assertEq(c.holders, holding, "holders != actors holding one");
        }
    }

    /// @notice Nothing ever moved or approved a credential: every held one is owned by the account its id names, the
    /// ledger agrees on who holds what and until when, balances count exactly the classes held, and no approval exists.
    function invariant_NeverTransferable() public view {
        assertEq(handler.ghostMoves(), 0, "a transfer or approval went through");
        address[] memory actors = handler.actors();
        for (uint256 i; i < actors.length; ++i) {
            uint256 held;
            for (uint256 id; id < handler.classCount(); ++id) {
                CredentialsHandler.GhostCredential memory g = handler.ghostCredential(id, actors[i]);
                ICredentials.Credential memory c = credentials.credentialOf(actors[i], id);
                assertEq(c.held, g.held, "held != ledger");
                assertEq(c.claimNonce, g.nonce, "nonce != ledger");
                if (!g.held) {
                    assertEq(c.expiresAt, 0, "expiry kept for a credential not held");
                    assertFalse(c.valid, "valid but not held");
                    continue;
                }
                ++held;
                assertEq(credentials.ownerOf(c.tokenId), actors[i], "owner is not the holder its id names");
                assertEq(credentials.getApproved(c.tokenId), address(0), "approved operator");
                assertEq(c.expiresAt, g.expiresAt, "expiry != ledger");
                assertEq(c.valid, g.expiresAt == 0 || block.timestamp < g.expiresAt, "validity != ledger");
            }
            assertEq(credentials.balanceOf(actors[i]), held, "balance != classes held");
            assertFalse(credentials.isApprovedForAll(actors[i], creator), "operator approval");
        }
    }

    function afterInvariant() external view {
        _logCalls(
            handler,
            "createClass createClassSkipped issue issueRefused claim claimRefused revoke revokeRefused burn burnRefused "
            "cancelClaim tryTransfer warp"
        );
    }
}
