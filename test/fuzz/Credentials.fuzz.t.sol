// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICredentials} from "../../contracts/interfaces/ICredentials.sol";
import {Credentials} from "../../contracts/modules/Credentials.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {CredentialsBaseTest} from "../utils/CredentialsBaseTest.sol";

/// @notice Properties of {Credentials} over random inputs: expiry is the earlier of date and duration, token ids
/// round-trip, batches of any size count exactly, no caller can move a credential, and only the creator's key signs
/// a claim.
contract CredentialsFuzzTest is CredentialsBaseTest {
    Credentials internal credentials;

    function setUp() public override {
        super.setUp();
        (, credentials) = _launchCredentials("");
    }

    /// @notice A credential expires at the earlier of the class's date and issue time + duration (0 when neither),
    /// is valid strictly before it, and stays held after it.
    function testFuzz_ExpiryIsEarlierOfDateAndDuration(
        uint64 validFor,
        uint256 untilOffset,
        uint256 issueDelay,
        uint256 checkDelay
    ) public {
        validFor = uint64(bound(validFor, 0, credentials.MAX_VALIDITY()));
        untilOffset = bound(untilOffset, 0, 200 * 365 days);
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most 200 years
        uint64 validUntil = untilOffset == 0 ? 0 : uint64(block.timestamp + untilOffset);
        vm.prank(creator);
        uint256 id = credentials.createClass(
            ICredentials.ClassParams({uri: "ipfs://c", validUntil: validUntil, validFor: validFor, revocable: false})
        );
        issueDelay = bound(issueDelay, 0, untilOffset == 0 ? 10 * 365 days : untilOffset - 1);
        vm.warp(block.timestamp + issueDelay);
        _issue(credentials, id, ArrayBuilder.addresses(alice));

        uint256 expected = validFor == 0 ? 0 : block.timestamp + validFor;
        if (validUntil != 0 && (expected == 0 || validUntil < expected)) expected = validUntil;
        assertEq(credentials.credentialOf(alice, id).expiresAt, expected);

        vm.warp(block.timestamp + bound(checkDelay, 0, 300 * 365 days));
        assertEq(credentials.hasCredential(alice, id, true), expected == 0 || block.timestamp < expected);
        assertTrue(credentials.hasCredential(alice, id, false));
    }

    /// @notice `tokenIdOf` and `decodeTokenId` are inverse for every class id below 2^96 and every holder.
    function testFuzz_TokenIdRoundTrips(uint96 classId, address holder) public view {
        (uint256 c, address h) = credentials.decodeTokenId(credentials.tokenIdOf(classId, holder));
        assertEq(c, classId);
        assertEq(h, holder);
    }

    /// @notice A batch of any size issues exactly one credential to each recipient and counts them.
    function testFuzz_IssueBatchCountsExactly(uint256 count) public {
        count = bound(count, 1, 40);
        vm.prank(creator);
        uint256 id = credentials.createClass(_earlyBeliever());
        address[] memory to = _recipients("r", count);
        _issue(credentials, id, to);
        ICredentials.ClassView memory c = credentials.getClass(id);
        assertEq(c.issued, count);
        assertEq(c.holders, count);
        for (uint256 i; i < count; ++i) {
            assertEq(credentials.ownerOf(credentials.tokenIdOf(id, to[i])), to[i]);
        }
    }

    /// @notice Nobody — the holder, the creator or anyone — moves a credential to anyone by any path.
    function testFuzz_NoCallerMovesACredential(address caller, address to, uint8 path) public {
        vm.assume(to != address(0));
        vm.prank(creator);
        uint256 id = credentials.createClass(_earlyBeliever());
        _issue(credentials, id, ArrayBuilder.addresses(alice));
        uint256 tokenId = credentials.tokenIdOf(id, alice);
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(caller);
        if (path % 3 == 0) credentials.transferFrom(alice, to, tokenId);
        else if (path % 3 == 1) credentials.safeTransferFrom(alice, to, tokenId);
        else credentials.safeTransferFrom(alice, to, tokenId, "");
        assertEq(credentials.ownerOf(tokenId), alice);
    }

    /// @notice Only the creator's key signs a claim: any other key's signature is refused.
    function testFuzz_ClaimNeedsTheCreatorsKey(uint256 key, address recipient) public {
        key = bound(key, 1, SECP256K1_ORDER - 1);
        vm.assume(key != creatorKey && recipient != address(0));
        vm.prank(creator);
        uint256 id = credentials.createClass(_earlyBeliever());
        (ICredentials.Claim memory c,) = _signedClaim(credentials, id, recipient);
        bytes memory sig = _sign(credentials, key, c);
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        credentials.claim(c, sig);
    }
}
