// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalToken} from "../../contracts/interfaces/IPersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Unit tests for {PersonalToken}: metadata, initialization, owner powers, transfers, burns and permit.
/// Snapshots: PersonalToken.snapshots.t.sol.
contract PersonalTokenTest is BaseTest {
    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    PersonalToken internal token;
    CreatorVesting internal vesting;

    address internal signer;
    uint256 internal signerKey;

    function setUp() public override {
        super.setUp();

        (token, vesting) = _launch(_defaultParams());
        (signer, signerKey) = makeAddrAndKey("signer");
    }

    /*//////////////////////////////////////////////////////////////
                                METADATA
    //////////////////////////////////////////////////////////////*/

    function test_Metadata_MatchesLaunchParams() public view {
        assertEq(token.name(), _defaultParams().name);
        assertEq(token.symbol(), _defaultParams().symbol);
        assertEq(token.decimals(), 18);
        assertEq(token.totalSupply(), _defaultParams().totalSupply);
        assertEq(token.contractURI(), _defaultParams().contractURI);
        assertEq(token.owner(), creator);
        assertEq(token.pendingOwner(), address(0));
    }

    function test_Metadata_BalancesMatchAllocations() public view {
        uint256 sum;
        for (uint256 i; i < _defaultParams().allocations.length; ++i) {
            assertEq(token.balanceOf(_defaultParams().allocations[i].recipient), _defaultParams().allocations[i].amount);
            sum += _defaultParams().allocations[i].amount;
        }
        assertEq(token.balanceOf(address(vesting)), _defaultParams().vesting.amount);
        assertEq(sum + _defaultParams().vesting.amount, token.totalSupply());
    }

    function test_Constants_TieTheImplementationToItsFactory() public view {
        assertEq(token.FACTORY(), address(factory));
        assertEq(token.POLLS_IMPLEMENTATION(), address(pollsImpl));
        assertEq(factory.pollsImplementation(), address(pollsImpl));
        assertEq(token.MAX_SUPPLY(), type(uint208).max);
        assertEq(token.SNAPSHOT_INTERVAL(), 1 days);
    }

    /*//////////////////////////////////////////////////////////////
                             INITIALIZATION
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_InitializeCalledTwice() public {
        Allocation[] memory allocations = _single(alice, 1 ether);
        uint256 supplyBefore = token.totalSupply();

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_NotFactory.selector, creator));
        vm.prank(creator);
        token.initialize("Again", "AGN", "", alice, allocations);

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_AlreadyInitialized.selector));
        vm.prank(address(factory));
        token.initialize("Again", "AGN", "", alice, allocations);

        assertEq(token.totalSupply(), supplyBefore);
        assertEq(token.owner(), creator);
    }

    function test_RevertWhen_InitializingImplementation() public {
        Allocation[] memory allocations = _single(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_NotFactory.selector, address(this)));
        tokenImpl.initialize("Impl", "IMP", "", alice, allocations);
        // Not even the factory could: the implementation was born initialized.
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_AlreadyInitialized.selector));
        vm.prank(address(factory));
        tokenImpl.initialize("Impl", "IMP", "", alice, allocations);
        assertEq(tokenImpl.totalSupply(), 0);
        assertEq(tokenImpl.owner(), address(0));
    }

    function test_Initialize_FreshCloneMintsEveryAllocation() public {
        PersonalToken clone = PersonalToken(Clones.clone(address(tokenImpl)));
        Allocation[] memory allocations = new Allocation[](3);
        allocations[0] = Allocation({recipient: alice, amount: 3 ether});
        allocations[1] = Allocation({recipient: bob, amount: 5 ether});
        allocations[2] = Allocation({recipient: alice, amount: 7 ether});

        vm.prank(address(factory));
        clone.initialize("Clone", "CLN", "uri", bob, allocations);

        assertEq(clone.totalSupply(), allocations[0].amount + allocations[1].amount + allocations[2].amount);
        assertEq(clone.balanceOf(alice), allocations[0].amount + allocations[2].amount);
        assertEq(clone.balanceOf(bob), allocations[1].amount);
        assertEq(clone.owner(), bob);
        assertEq(clone.contractURI(), "uri");
    }

    function test_RevertWhen_InitializeMintsToTheToken() public {
        PersonalToken clone = PersonalToken(Clones.clone(address(tokenImpl)));
        Allocation[] memory allocations = _single(address(clone), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_TransferToToken.selector));
        vm.prank(address(factory));
        clone.initialize("Clone", "CLN", "", bob, allocations);
    }

    function test_RevertWhen_InitializeMintsToZeroAddress() public {
        PersonalToken clone = PersonalToken(Clones.clone(address(tokenImpl)));
        Allocation[] memory allocations = _single(address(0), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(address(factory));
        clone.initialize("Clone", "CLN", "", bob, allocations);
    }

    function test_NoMintFunction() public {
        uint256 supplyBefore = token.totalSupply();
        bytes[] memory calls = new bytes[](3);
        calls[0] = abi.encodeWithSignature("mint(address,uint256)", creator, 1 ether);
        calls[1] = abi.encodeWithSignature("mint(uint256)", 1 ether);
        calls[2] = abi.encodeWithSignature("_mint(address,uint256)", creator, 1 ether);
        for (uint256 i; i < calls.length; ++i) {
            vm.prank(creator);
            (bool ok,) = address(token).call(calls[i]);
            assertFalse(ok);
        }
        assertEq(token.totalSupply(), supplyBefore);
        assertEq(token.balanceOf(creator), _defaultParams().allocations[0].amount);
    }

    /*//////////////////////////////////////////////////////////////
                              CONTRACT URI
    //////////////////////////////////////////////////////////////*/

    function test_SetContractURI_UpdatesAndEmits() public {
        string memory newURI = "ipfs://new-profile";
        vm.expectEmit(address(token));
        emit IPersonalToken.ContractURIUpdated();
        vm.prank(creator);
        token.setContractURI(newURI);
        assertEq(token.contractURI(), newURI);
    }

    function test_SetContractURI_AcceptsEmpty() public {
        vm.prank(creator);
        token.setContractURI("");
        assertEq(token.contractURI(), "");
    }

    function test_RevertWhen_SetContractURICallerNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        token.setContractURI("ipfs://hijack");
        assertEq(token.contractURI(), _defaultParams().contractURI);
    }

    /*//////////////////////////////////////////////////////////////
                               OWNERSHIP
    //////////////////////////////////////////////////////////////*/

    function test_TransferOwnership_IsTwoStep() public {
        vm.expectEmit(address(token));
        emit IPersonalToken.OwnershipTransferStarted(creator, alice);
        vm.prank(creator);
        token.transferOwnership(alice);

        // Nothing changes until the new owner accepts.
        assertEq(token.owner(), creator);
        assertEq(token.pendingOwner(), alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        token.setContractURI("ipfs://alice");

        // Only the pending owner can accept.
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableUnauthorizedAccount.selector, bob));
        vm.prank(bob);
        token.acceptOwnership();

        vm.expectEmit(address(token));
        emit IPersonalToken.OwnershipTransferred(creator, alice);
        vm.prank(alice);
        token.acceptOwnership();

        assertEq(token.owner(), alice);
        assertEq(token.pendingOwner(), address(0));

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableUnauthorizedAccount.selector, creator));
        vm.prank(creator);
        token.setContractURI("ipfs://creator");

        vm.prank(alice);
        token.setContractURI("ipfs://alice");
        assertEq(token.contractURI(), "ipfs://alice");
    }

    function test_RevertWhen_TransferOwnershipCallerNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        token.transferOwnership(alice);
        assertEq(token.pendingOwner(), address(0));
    }

    function test_RenounceOwnership_FreezesContractURI() public {
        vm.prank(creator);
        token.renounceOwnership();
        assertEq(token.owner(), address(0));

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableUnauthorizedAccount.selector, creator));
        vm.prank(creator);
        token.setContractURI("ipfs://late");
        assertEq(token.contractURI(), _defaultParams().contractURI);
    }

    /*//////////////////////////////////////////////////////////////
                               TRANSFERS
    //////////////////////////////////////////////////////////////*/

    function test_Transfer_MovesBalance() public {
        uint256 amount = 123 ether;
        uint256 aliceBefore = token.balanceOf(alice);

        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, bob, amount);
        vm.prank(alice);
        assertTrue(token.transfer(bob, amount));

        assertEq(token.balanceOf(alice), aliceBefore - amount);
        assertEq(token.balanceOf(bob), amount);
        assertEq(token.totalSupply(), _defaultParams().totalSupply);
    }

    function test_RevertWhen_TransferToToken() public {
        uint256 aliceBefore = token.balanceOf(alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_TransferToToken.selector));
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer) -- reverts, there is no return value to check
        token.transfer(address(token), 1 ether);
        assertEq(token.balanceOf(alice), aliceBefore);
        assertEq(token.balanceOf(address(token)), 0);
    }

    function test_RevertWhen_TransferZeroToToken() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_TransferToToken.selector));
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer) -- reverts, there is no return value to check
        token.transfer(address(token), 0);
    }

    function test_RevertWhen_TransferFromToToken() public {
        uint256 amount = 1 ether;
        vm.prank(alice);
        token.approve(bob, amount);

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_TransferToToken.selector));
        vm.prank(bob);
        // forge-lint: disable-next-line(erc20-unchecked-transfer) -- reverts, there is no return value to check
        token.transferFrom(alice, address(token), amount);

        assertEq(token.allowance(alice, bob), amount);
        assertEq(token.balanceOf(address(token)), 0);
    }

    function test_TransferFrom_SpendsAllowance() public {
        uint256 amount = 1 ether;
        vm.prank(alice);
        token.approve(bob, amount * 3);

        vm.prank(bob);
        assertTrue(token.transferFrom(alice, bob, amount));

        assertEq(token.allowance(alice, bob), amount * 2);
        assertEq(token.balanceOf(bob), amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 BURNS
    //////////////////////////////////////////////////////////////*/

    function test_Burn_ReducesBalanceAndSupply() public {
        uint256 amount = 250_000 ether;
        uint256 aliceBefore = token.balanceOf(alice);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, address(0), amount);
        vm.prank(alice);
        token.burn(amount);

        assertEq(token.totalSupply(), _defaultParams().totalSupply - amount);
        assertEq(token.balanceOf(alice), aliceBefore - amount);
    }

    function test_BurnFrom_SpendsAllowanceAndReducesSupply() public {
        uint256 amount = 40_000 ether;
        uint256 aliceBefore = token.balanceOf(alice);
        vm.prank(alice);
        token.approve(bob, amount + 1);

        vm.prank(bob);
        token.burnFrom(alice, amount);

        assertEq(token.allowance(alice, bob), 1);
        assertEq(token.balanceOf(alice), aliceBefore - amount);
        assertEq(token.balanceOf(bob), 0);
        assertEq(token.totalSupply(), _defaultParams().totalSupply - amount);
    }

    function test_RevertWhen_BurnFromWithoutAllowance() public {
        uint256 amount = 1 ether;
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, amount));
        vm.prank(bob);
        token.burnFrom(alice, amount);
    }

    function test_RevertWhen_BurnExceedsBalance() public {
        uint256 balance = token.balanceOf(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, balance, balance + 1)
        );
        vm.prank(alice);
        token.burn(balance + 1);
    }

    /*//////////////////////////////////////////////////////////////
                                 PERMIT
    //////////////////////////////////////////////////////////////*/

    function test_DomainSeparator_MatchesEIP712() public view {
        assertEq(token.DOMAIN_SEPARATOR(), _expectedDomainSeparator(block.chainid));

        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            token.eip712Domain();
        assertEq(name, _defaultParams().name);
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(token));
    }

    function test_Permit_SetsAllowanceAndIncrementsNonce() public {
        _fund(signer, 10 ether);
        uint256 value = 7 ether;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _permitDigest(signer, bob, value, 0, deadline));

        vm.expectEmit(address(token));
        emit IERC20.Approval(signer, bob, value);
        vm.prank(alice); // anyone may submit the signature
        token.permit(signer, bob, value, deadline, v, r, s);

        assertEq(token.allowance(signer, bob), value);
        assertEq(token.nonces(signer), 1);

        vm.prank(bob);
        assertTrue(token.transferFrom(signer, bob, value));
        assertEq(token.balanceOf(bob), value);
    }

    function test_Permit_AcceptsDeadlineEqualToNow() public {
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _permitDigest(signer, bob, 1, 0, deadline));
        token.permit(signer, bob, 1, deadline, v, r, s);
        assertEq(token.allowance(signer, bob), 1);
    }

    function test_RevertWhen_PermitExpired() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _permitDigest(signer, bob, 1 ether, 0, deadline));
        vm.warp(deadline + 1);

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.ERC2612ExpiredSignature.selector, deadline));
        token.permit(signer, bob, 1 ether, deadline, v, r, s);
        assertEq(token.nonces(signer), 0);
    }

    function test_RevertWhen_PermitReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _permitDigest(signer, bob, 1 ether, 0, deadline));
        token.permit(signer, bob, 1 ether, deadline, v, r, s);

        // The second time the nonce is 1, so the same signature recovers to some unrelated address.
        address recovered = ecrecover(_permitDigest(signer, bob, 1 ether, 1, deadline), v, r, s);
        assertTrue(recovered != signer);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.ERC2612InvalidSigner.selector, recovered, signer));
        token.permit(signer, bob, 1 ether, deadline, v, r, s);
        assertEq(token.nonces(signer), 1);
    }

    function test_RevertWhen_PermitSignedByAnotherKey() public {
        (address other, uint256 otherKey) = makeAddrAndKey("other");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(otherKey, _permitDigest(signer, bob, 1 ether, 0, deadline));

        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.ERC2612InvalidSigner.selector, other, signer));
        token.permit(signer, bob, 1 ether, deadline, v, r, s);
        assertEq(token.allowance(signer, bob), 0);
    }

    function test_DomainSeparator_FollowsChainId() public {
        uint256 oldChainId = block.chainid;
        bytes32 oldSeparator = token.DOMAIN_SEPARATOR();
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _permitDigest(signer, bob, 1 ether, 0, deadline));

        uint256 newChainId = oldChainId + 1;
        vm.chainId(newChainId);

        bytes32 newSeparator = token.DOMAIN_SEPARATOR();
        assertTrue(newSeparator != oldSeparator);
        assertEq(newSeparator, _expectedDomainSeparator(newChainId));
        (,,, uint256 domainChainId,,,) = token.eip712Domain();
        assertEq(domainChainId, newChainId);

        // A signature from the old chain recovers to an unrelated address on the new one.
        address recovered = ecrecover(_permitDigest(signer, bob, 1 ether, 0, deadline), v, r, s);
        assertTrue(recovered != signer);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.ERC2612InvalidSigner.selector, recovered, signer));
        token.permit(signer, bob, 1 ether, deadline, v, r, s);

        // A signature made for the new chain works.
        (v, r, s) = vm.sign(signerKey, _permitDigest(signer, bob, 1 ether, 0, deadline));
        token.permit(signer, bob, 1 ether, deadline, v, r, s);
        assertEq(token.allowance(signer, bob), 1 ether);
    }

    function test_Nonces_SpentOnlyByPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _permitDigest(signer, bob, 1, 0, deadline));
        token.permit(signer, bob, 1, deadline, v, r, s);
        assertEq(token.nonces(signer), 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPersonalToken.ERC2612InvalidSigner.selector, _recover(signer, 1, deadline, v, r, s), signer
            )
        );
        token.permit(signer, bob, 1, deadline, v, r, s);
    }

    function test_RevertWhen_SupplyExceedsMaxSupply() public {
        PersonalToken clone = PersonalToken(Clones.clone(address(tokenImpl)));
        uint256 cap = type(uint208).max;
        Allocation[] memory allocations = new Allocation[](2);
        allocations[0] = Allocation({recipient: alice, amount: cap});
        allocations[1] = Allocation({recipient: bob, amount: 1});
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_SupplyTooLarge.selector, cap + 1, cap));
        vm.prank(address(factory));
        clone.initialize("Clone", "CLN", "", bob, allocations);
    }

    function test_Initialize_MintsExactlyMaxSupply() public {
        PersonalToken clone = PersonalToken(Clones.clone(address(tokenImpl)));
        uint256 cap = type(uint208).max;
        vm.prank(address(factory));
        clone.initialize("Clone", "CLN", "", bob, _single(alice, cap));
        assertEq(clone.totalSupply(), cap);
        vm.prank(alice);
        assertTrue(clone.transfer(bob, cap));
        assertEq(clone.balanceOf(bob), cap);
    }

    function test_RevertWhen_InitializeWithoutOwner() public {
        PersonalToken clone = PersonalToken(Clones.clone(address(tokenImpl)));
        Allocation[] memory allocations = _single(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.OwnableInvalidOwner.selector, address(0)));
        vm.prank(address(factory));
        clone.initialize("Clone", "CLN", "", address(0), allocations);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _single(address recipient, uint256 amount) internal pure returns (Allocation[] memory allocations) {
        allocations = new Allocation[](1);
        allocations[0] = Allocation({recipient: recipient, amount: amount});
    }

    function _fund(address to, uint256 amount) internal {
        vm.prank(alice);
        assertTrue(token.transfer(to, amount));
    }

    function _expectedDomainSeparator(uint256 chainId) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH, keccak256(bytes(_defaultParams().name)), keccak256("1"), chainId, address(token)
            )
        );
    }

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", _expectedDomainSeparator(block.chainid), structHash));
    }

    /// @dev Who a replayed permit recovers to (the digest now carries the next nonce).
    function _recover(address owner, uint256 nonce, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        internal
        view
        returns (address)
    {
        return ecrecover(_permitDigest(owner, bob, 1, nonce, deadline), v, r, s);
    }
}
