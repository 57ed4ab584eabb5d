// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {ICredentials} from "../../contracts/interfaces/ICredentials.sol";
import {IERC5192} from "../../contracts/interfaces/IERC5192.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Credentials} from "../../contracts/modules/Credentials.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {CredentialsBaseTest} from "../utils/CredentialsBaseTest.sol";
import {MockERC1271Wallet} from "../utils/mocks/MockERC1271Wallet.sol";

/// @notice Every branch of {Credentials}: launch, classes, issuing, claims (EOA and ERC-1271 creators), cancelling,
/// burning, revoking, expiry, the locked ERC-721 surface and the views.
contract CredentialsTest is CredentialsBaseTest {
    uint256 internal constant EARLY = 0;
    uint256 internal constant DEV = 1;

    PersonalToken internal token;
    Credentials internal credentials;
    address internal relayer = makeAddr("relayer");

    function setUp() public override {
        super.setUp();
        (token, credentials) = _launchCredentials();
    }

    // ------------------------------------------------------------------------------------------------ launch

    function test_Initialize_DefinesClassesAtLaunch() public view {
        assertEq(credentials.token(), address(token));
        assertEq(credentials.creator(), creator);
        assertEq(credentials.classCount(), 2);
        ICredentials.ClassView memory c = credentials.getClass(DEV);
        assertEq(c.uri, GREAT_DEVELOPER);
        assertEq(c.validFor, ONE_YEAR);
        assertEq(c.validUntil, 0);
        assertTrue(c.revocable);
        assertFalse(credentials.getClass(EARLY).revocable);
    }

    function test_Initialize_WithoutData() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(1 ether);
        vm.prank(creator);
        (address t,) = factory.launch(p);
        vm.prank(creator);
        Credentials later = Credentials(factory.launchModule(t, _credentialsModule("")));
        assertEq(later.classCount(), 0);
        assertEq(later.token(), t);
        assertEq(later.creator(), creator);
    }

    function test_RevertWhen_LaunchedWithTokens() public {
        IPersonalTokenFactory.ModuleParams memory m = _credentialsModule("");
        m.tokenAmount = 1 ether;
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        p.allocations[0].amount -= 1 ether;
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_FundedAtLaunch.selector, 1 ether));
        vm.prank(creator);
        factory.launchWithModules(p, ArrayBuilder.modules(m));
    }

    function test_RevertWhen_LaunchedWithInvalidClass() public {
        ICredentials.ClassParams memory bad = _earlyBeliever();
        bad.uri = "";
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        vm.expectRevert(ICredentials.Credentials_EmptyURI.selector);
        vm.prank(creator);
        factory.launchWithModules(
            p, ArrayBuilder.modules(_credentialsModule(abi.encode(_classes(_earlyBeliever(), bad))))
        );
    }

    function test_RevertWhen_InitializedTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        credentials.initializeModule(address(token), alice, 0, "");
    }

    function test_RevertWhen_ImplementationInitialized() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        credentialsImpl.initializeModule(address(token), alice, 0, "");
    }

    // ------------------------------------------------------------------------------------------------ classes

    function test_CreateClass_StoresTermsAndEmits() public {
        ICredentials.ClassParams memory p = ICredentials.ClassParams({
            uri: "ipfs://marketing-dao",
            validUntil: uint64(block.timestamp + 30 days),
            validFor: 7 days,
            revocable: true
        });
        vm.expectEmit(address(credentials));
        emit ICredentials.ClassCreated(2, p.uri, p.validUntil, p.validFor, true);
        vm.prank(creator);
        assertEq(credentials.createClass(p), 2);
        ICredentials.ClassView memory c = credentials.getClass(2);
        assertEq(c.uri, p.uri);
        assertEq(c.validUntil, p.validUntil);
        assertEq(c.validFor, p.validFor);
        assertTrue(c.revocable);
        assertEq(c.issued + c.burned + c.revoked + c.holders, 0);
        assertEq(credentials.classCount(), 3);
    }

    function test_CreateClass_AcceptsTheLongestValidity() public {
        ICredentials.ClassParams memory p = _earlyBeliever();
        p.validFor = credentials.MAX_VALIDITY();
        vm.prank(creator);
        uint256 id = credentials.createClass(p);
        _issue(credentials, id, ArrayBuilder.addresses(alice));
        assertEq(credentials.credentialOf(alice, id).expiresAt, block.timestamp + credentials.MAX_VALIDITY());
    }

    function test_RevertWhen_CreateClass_NotCreator() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotCreator.selector, alice));
        vm.prank(alice);
        credentials.createClass(_earlyBeliever());
    }

    function test_RevertWhen_CreateClass_EmptyURI() public {
        ICredentials.ClassParams memory p = _earlyBeliever();
        p.uri = "";
        vm.expectRevert(ICredentials.Credentials_EmptyURI.selector);
        vm.prank(creator);
        credentials.createClass(p);
    }

    function test_RevertWhen_CreateClass_ExpiryNotInFuture() public {
        ICredentials.ClassParams memory p = _earlyBeliever();
        p.validUntil = uint64(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_ExpiryInPast.selector, p.validUntil));
        vm.prank(creator);
        credentials.createClass(p);
    }

    function test_RevertWhen_CreateClass_ValidityTooLong() public {
        ICredentials.ClassParams memory p = _earlyBeliever();
        p.validFor = credentials.MAX_VALIDITY() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                ICredentials.Credentials_ValidityTooLong.selector, p.validFor, credentials.MAX_VALIDITY()
            )
        );
        vm.prank(creator);
        credentials.createClass(p);
    }

    // ------------------------------------------------------------------------------------------------ issue

    function test_Issue_MintsLockedCredentialsAndEmits() public {
        address[] memory to = ArrayBuilder.addresses(alice, bob);
        uint256 aliceId = credentials.tokenIdOf(EARLY, alice);
        vm.expectEmit(address(credentials));
        emit IERC721.Transfer(address(0), alice, aliceId);
        vm.expectEmit(address(credentials));
        emit IERC5192.Locked(aliceId);
        vm.expectEmit(address(credentials));
        emit ICredentials.CredentialIssued(EARLY, alice, aliceId, 0, false);
        _issue(credentials, EARLY, to);

        assertEq(credentials.ownerOf(aliceId), alice);
        assertEq(credentials.balanceOf(bob), 1);
        assertTrue(credentials.locked(aliceId));
        assertTrue(credentials.hasCredential(alice, EARLY, true));
        assertFalse(credentials.hasCredential(alice, DEV, false));
        ICredentials.Credential memory c = credentials.credentialOf(alice, EARLY);
        assertTrue(c.held);
        assertTrue(c.valid);
        assertEq(c.expiresAt, 0);
        assertEq(c.tokenId, aliceId);
        ICredentials.ClassView memory cls = credentials.getClass(EARLY);
        assertEq(cls.issued, 2);
        assertEq(cls.holders, 2);
    }

    function test_Issue_OneHolderManyClasses() public {
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice));
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        assertEq(credentials.balanceOf(alice), 2);
        assertTrue(credentials.hasCredential(alice, EARLY, true));
        assertTrue(credentials.hasCredential(alice, DEV, true));
    }

    function test_RevertWhen_Issue_NotCreator() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotCreator.selector, alice));
        vm.prank(alice);
        credentials.issue(EARLY, ArrayBuilder.addresses(alice));
    }

    function test_RevertWhen_Issue_NoRecipients() public {
        vm.expectRevert(ICredentials.Credentials_NoRecipients.selector);
        _issue(credentials, EARLY, new address[](0));
    }

    function test_RevertWhen_Issue_UnknownClass() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 2));
        _issue(credentials, 2, ArrayBuilder.addresses(alice));
    }

    function test_RevertWhen_Issue_ClassExpired() public {
        uint256 id = _createDated(uint64(block.timestamp + 10 days), 0, false);
        vm.warp(block.timestamp + 10 days);
        vm.expectRevert(
            abi.encodeWithSelector(ICredentials.Credentials_ClassExpired.selector, id, uint64(block.timestamp))
        );
        _issue(credentials, id, ArrayBuilder.addresses(alice));
    }

    function test_RevertWhen_Issue_AlreadyHeld() public {
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice));
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_AlreadyHeld.selector, EARLY, alice));
        _issue(credentials, EARLY, ArrayBuilder.addresses(bob, alice));
    }

    function test_RevertWhen_Issue_DuplicateRecipient() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_AlreadyHeld.selector, EARLY, bob));
        _issue(credentials, EARLY, ArrayBuilder.addresses(bob, alice, bob));
    }

    function test_RevertWhen_Issue_ExpiredCredentialStillHeld() public {
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        vm.warp(block.timestamp + ONE_YEAR);
        assertFalse(credentials.hasCredential(alice, DEV, true));
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_AlreadyHeld.selector, DEV, alice));
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
    }

    function test_RevertWhen_Issue_ZeroRecipient() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InvalidReceiver.selector, address(0)));
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice, address(0)));
    }

    // ------------------------------------------------------------------------------------------------ expiry

    function test_Expiry_ValidForCountsFromEachIssue() public {
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        vm.warp(block.timestamp + 100 days);
        _issue(credentials, DEV, ArrayBuilder.addresses(bob));
        assertEq(credentials.credentialOf(bob, DEV).expiresAt, block.timestamp + ONE_YEAR);
        vm.warp(block.timestamp + ONE_YEAR - 100 days - 1);
        assertTrue(credentials.hasCredential(alice, DEV, true));
        vm.warp(block.timestamp + 1);
        assertFalse(credentials.hasCredential(alice, DEV, true));
        assertTrue(credentials.hasCredential(alice, DEV, false));
        assertFalse(credentials.credentialOf(alice, DEV).valid);
        assertTrue(credentials.credentialOf(alice, DEV).held);
        assertTrue(credentials.hasCredential(bob, DEV, true));
        assertEq(credentials.ownerOf(credentials.tokenIdOf(DEV, alice)), alice);
    }

    function test_Expiry_FixedDate() public {
        uint64 until = uint64(block.timestamp + 30 days);
        uint256 id = _createDated(until, 0, false);
        _issue(credentials, id, ArrayBuilder.addresses(alice));
        assertEq(credentials.credentialOf(alice, id).expiresAt, until);
        vm.warp(until);
        assertFalse(credentials.hasCredential(alice, id, true));
    }

    function test_Expiry_EarlierOfDateAndDuration() public {
        uint64 until = uint64(block.timestamp + 30 days);
        uint256 id = _createDated(until, 10 days, false);
        _issue(credentials, id, ArrayBuilder.addresses(alice));
        assertEq(credentials.credentialOf(alice, id).expiresAt, block.timestamp + 10 days);
        vm.warp(block.timestamp + 25 days);
        _issue(credentials, id, ArrayBuilder.addresses(bob));
        assertEq(credentials.credentialOf(bob, id).expiresAt, until);
    }

    // ------------------------------------------------------------------------------------------------ claim

    function test_Claim_ByRelayerIssuesToRecipient() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, DEV, alice);
        uint256 id = credentials.tokenIdOf(DEV, alice);
        vm.expectEmit(address(credentials));
        emit ICredentials.CredentialIssued(DEV, alice, id, uint64(block.timestamp) + ONE_YEAR, true);
        vm.prank(relayer);
        credentials.claim(c, sig);
        assertEq(credentials.ownerOf(id), alice);
        assertEq(credentials.claimNonce(DEV, alice), 1);
        assertEq(credentials.getClass(DEV).issued, 1);
    }

    function test_Claim_AtTheDeadline() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        vm.warp(c.deadline);
        vm.prank(alice);
        credentials.claim(c, sig);
        assertTrue(credentials.hasCredential(alice, EARLY, true));
    }

    function test_Claim_AgainAfterBurnWithANewSignature() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        credentials.claim(c, sig);
        vm.prank(alice);
        credentials.burn(EARLY);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_InvalidNonce.selector, alice, 1));
        credentials.claim(c, sig);
        (c, sig) = _signedClaim(credentials, EARLY, alice);
        credentials.claim(c, sig);
        assertTrue(credentials.hasCredential(alice, EARLY, true));
        assertEq(credentials.getClass(EARLY).issued, 2);
        assertEq(credentials.getClass(EARLY).holders, 1);
    }

    function test_RevertWhen_Claim_Expired() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        vm.warp(c.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_ClaimExpired.selector, c.deadline));
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_Replayed() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        credentials.claim(c, sig);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_InvalidNonce.selector, alice, 1));
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_WrongSigner() public {
        (ICredentials.Claim memory c,) = _signedClaim(credentials, EARLY, alice);
        (, uint256 aliceKey) = makeAddrAndKey("alice");
        bytes memory sig = _sign(credentials, aliceKey, c);
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_RecipientChanged() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        c.recipient = bob;
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_MalformedSignature() public {
        (ICredentials.Claim memory c,) = _signedClaim(credentials, EARLY, alice);
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        credentials.claim(c, hex"1234");
    }

    function test_RevertWhen_Claim_OtherChain() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        vm.chainId(10);
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_UnknownClass() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, 7, alice);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 7));
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_ClassExpired() public {
        uint64 until = uint64(block.timestamp + 10 days);
        uint256 id = _createDated(until, 0, false);
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, id, alice);
        vm.warp(until);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_ClassExpired.selector, id, until));
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Claim_AlreadyHeld() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice));
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_AlreadyHeld.selector, EARLY, alice));
        credentials.claim(c, sig);
    }

    // ------------------------------------------------------------------------------------------------ ERC-1271

    function test_Claim_SmartWalletCreator() public {
        (address owner, uint256 ownerKey) = makeAddrAndKey("owner");
        MockERC1271Wallet wallet = new MockERC1271Wallet(owner);
        Credentials walletCredentials = _launchAs(address(wallet));
        (ICredentials.Claim memory c,) = _signedClaim(walletCredentials, EARLY, alice);
        bytes memory sig = _sign(walletCredentials, ownerKey, c);
        walletCredentials.claim(c, sig);
        assertTrue(walletCredentials.hasCredential(alice, EARLY, true));

        (c,) = _signedClaim(walletCredentials, EARLY, bob);
        sig = _sign(walletCredentials, creatorKey, c);
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        walletCredentials.claim(c, sig);
    }

    // ------------------------------------------------------------------------------------------------ cancel

    function test_CancelClaim_InvalidatesGivenSignatures() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, alice);
        vm.expectEmit(address(credentials));
        emit ICredentials.ClaimCancelled(EARLY, alice, 1);
        vm.prank(creator);
        credentials.cancelClaim(EARLY, alice);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_InvalidNonce.selector, alice, 1));
        credentials.claim(c, sig);
        assertEq(credentials.credentialOf(alice, EARLY).claimNonce, 1);
    }

    function test_RevertWhen_CancelClaim_NotCreator() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotCreator.selector, alice));
        vm.prank(alice);
        credentials.cancelClaim(EARLY, alice);
    }

    function test_RevertWhen_CancelClaim_UnknownClass() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 2));
        vm.prank(creator);
        credentials.cancelClaim(2, alice);
    }

    // ------------------------------------------------------------------------------------------------ burn

    function test_Burn_HolderBurnsEvenUnrevocable() public {
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice, bob));
        uint256 id = credentials.tokenIdOf(EARLY, alice);
        vm.expectEmit(address(credentials));
        emit IERC721.Transfer(alice, address(0), id);
        vm.expectEmit(address(credentials));
        emit ICredentials.CredentialBurned(EARLY, alice, id);
        vm.prank(alice);
        credentials.burn(EARLY);
        assertFalse(credentials.hasCredential(alice, EARLY, false));
        assertEq(credentials.balanceOf(alice), 0);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, id));
        credentials.ownerOf(id);
        ICredentials.ClassView memory c = credentials.getClass(EARLY);
        assertEq(c.burned, 1);
        assertEq(c.holders, 1);
    }

    function test_Burn_ExpiredCredential() public {
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        vm.warp(block.timestamp + 2 * ONE_YEAR);
        vm.prank(alice);
        credentials.burn(DEV);
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        assertTrue(credentials.hasCredential(alice, DEV, true));
    }

    function test_RevertWhen_Burn_NotHeld() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotHeld.selector, EARLY, alice));
        vm.prank(alice);
        credentials.burn(EARLY);
    }

    function test_RevertWhen_Burn_UnknownClass() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 2));
        vm.prank(alice);
        credentials.burn(2);
    }

    // ------------------------------------------------------------------------------------------------ revoke

    function test_Revoke_RemovesAndBlocksOldSignatures() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, DEV, alice);
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        uint256 id = credentials.tokenIdOf(DEV, alice);
        vm.expectEmit(address(credentials));
        emit IERC721.Transfer(alice, address(0), id);
        vm.expectEmit(address(credentials));
        emit ICredentials.CredentialRevoked(DEV, alice, id);
        vm.prank(creator);
        credentials.revoke(DEV, alice);
        assertFalse(credentials.hasCredential(alice, DEV, false));
        ICredentials.ClassView memory cls = credentials.getClass(DEV);
        assertEq(cls.revoked, 1);
        assertEq(cls.holders, 0);
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_InvalidNonce.selector, alice, 1));
        credentials.claim(c, sig);
    }

    function test_RevertWhen_Revoke_NotRevocable() public {
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice));
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotRevocable.selector, EARLY));
        vm.prank(creator);
        credentials.revoke(EARLY, alice);
    }

    function test_RevertWhen_Revoke_NotHeld() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotHeld.selector, DEV, alice));
        vm.prank(creator);
        credentials.revoke(DEV, alice);
    }

    function test_RevertWhen_Revoke_NotCreator() public {
        _issue(credentials, DEV, ArrayBuilder.addresses(alice));
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_NotCreator.selector, bob));
        vm.prank(bob);
        credentials.revoke(DEV, alice);
    }

    function test_RevertWhen_Revoke_UnknownClass() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 2));
        vm.prank(creator);
        credentials.revoke(2, alice);
    }

    // ------------------------------------------------------------------------------------------------ locked

    function test_RevertWhen_TransferFrom() public {
        uint256 id = _issueAlice();
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(alice);
        credentials.transferFrom(alice, bob, id);
    }

    function test_RevertWhen_SafeTransferFrom() public {
        uint256 id = _issueAlice();
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(alice);
        credentials.safeTransferFrom(alice, bob, id);
    }

    function test_RevertWhen_SafeTransferFromWithData() public {
        uint256 id = _issueAlice();
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(alice);
        credentials.safeTransferFrom(alice, bob, id, "");
    }

    function test_RevertWhen_TransferByCreator() public {
        uint256 id = _issueAlice();
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(creator);
        credentials.transferFrom(alice, creator, id);
    }

    function test_RevertWhen_Approve() public {
        uint256 id = _issueAlice();
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(alice);
        credentials.approve(bob, id);
        assertEq(credentials.getApproved(id), address(0));
    }

    function test_RevertWhen_SetApprovalForAll() public {
        vm.expectRevert(ICredentials.Credentials_NotTransferable.selector);
        vm.prank(alice);
        credentials.setApprovalForAll(bob, true);
        assertFalse(credentials.isApprovedForAll(alice, bob));
    }

    // ------------------------------------------------------------------------------------------------ views

    function test_Metadata() public {
        uint256 id = _issueAlice();
        assertEq(credentials.name(), "Alex Masmej Credentials");
        assertEq(credentials.symbol(), "ALEX-CRED");
        assertEq(credentials.tokenURI(id), EARLY_BELIEVER);
        assertTrue(credentials.supportsInterface(0x80ac58cd), "ERC-721");
        assertTrue(credentials.supportsInterface(0x5b5e139f), "ERC-721 metadata");
        assertTrue(credentials.supportsInterface(0xb45a3c0e), "ERC-5192");
        assertTrue(credentials.supportsInterface(0x01ffc9a7), "ERC-165");
        assertFalse(credentials.supportsInterface(0xd9b67a26), "not ERC-1155");
        assertFalse(credentials.supportsInterface(0xffffffff));
    }

    function test_RevertWhen_TokenURI_NobodyHolds() public {
        uint256 id = credentials.tokenIdOf(EARLY, alice);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, id));
        credentials.tokenURI(id);
    }

    function test_RevertWhen_Locked_NobodyHolds() public {
        uint256 id = credentials.tokenIdOf(EARLY, alice);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, id));
        credentials.locked(id);
    }

    function test_HasCredential_UnknownClassIsFalse() public view {
        assertFalse(credentials.hasCredential(alice, 9, false));
    }

    function test_RevertWhen_CredentialOf_UnknownClass() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 2));
        credentials.credentialOf(alice, 2);
    }

    function test_RevertWhen_GetClass_UnknownClass() public {
        vm.expectRevert(abi.encodeWithSelector(ICredentials.Credentials_UnknownClass.selector, 2));
        credentials.getClass(2);
    }

    function test_TokenId_EncodesClassAndHolder() public view {
        uint256 id = credentials.tokenIdOf(DEV, alice);
        assertEq(id, (DEV << 160) | uint160(alice));
        (uint256 classId, address holder) = credentials.decodeTokenId(id);
        assertEq(classId, DEV);
        assertEq(holder, alice);
    }

    function test_ClaimDigest_IsEip712OfThisModuleAndChain() public view {
        ICredentials.Claim memory c = ICredentials.Claim({classId: 1, recipient: alice, nonce: 0, deadline: 99});
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("PersonalToken Credentials"),
                keccak256("1"),
                block.chainid,
                address(credentials)
            )
        );
        bytes32 structHash = keccak256(abi.encode(credentials.CLAIM_TYPEHASH(), 1, alice, 0, 99));
        assertEq(credentials.claimDigest(c), keccak256(abi.encodePacked(hex"1901", domain, structHash)));
        (, string memory name_, string memory version,, address verifying,,) = credentials.eip712Domain();
        assertEq(name_, "PersonalToken Credentials");
        assertEq(version, "1");
        assertEq(verifying, address(credentials));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    function _issueAlice() internal returns (uint256) {
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice));
        return credentials.tokenIdOf(EARLY, alice);
    }

    function _createDated(uint64 validUntil, uint64 validFor, bool revocable) internal returns (uint256) {
        vm.prank(creator);
        return credentials.createClass(
            ICredentials.ClassParams({
                uri: "ipfs://dated", validUntil: validUntil, validFor: validFor, revocable: revocable
            })
        );
    }
}
