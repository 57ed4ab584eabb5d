// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {CappedSignatureChecker} from "../../contracts/libraries/CappedSignatureChecker.sol";
import {ExpensiveERC1271Wallet} from "../utils/mocks/ExpensiveERC1271Wallet.sol";
import {GasBurningERC1271Wallet} from "../utils/mocks/GasBurningERC1271Wallet.sol";
import {MockERC1271Wallet} from "../utils/mocks/MockERC1271Wallet.sol";

/// @dev Calls the library from calldata, as a module does with a submitted signature.
contract Checker {
    uint256 public constant GAS_LIMIT = 100_000;

    function check(address signer, bytes32 digest, bytes calldata signature) external view returns (bool, bool) {
        return CappedSignatureChecker.check(signer, digest, signature, GAS_LIMIT);
    }
}

/// @dev A wallet that answers with whatever it was told to: a wrong selector, too few bytes, a revert, or the magic value
/// followed by `padding` more bytes (built in memory, so even a huge answer costs it little gas).
contract OddWallet {
    bytes internal answer;
    uint256 internal padding;
    bool internal reverts;

    function set(bytes memory answer_, uint256 padding_, bool reverts_) external {
        answer = answer_;
        padding = padding_;
        reverts = reverts_;
    }

    fallback(bytes calldata) external returns (bytes memory) {
        bytes memory a = bytes.concat(answer, new bytes(padding));
        if (reverts) {
            assembly ("memory-safe") {
                revert(add(a, 0x20), mload(a))
            }
        }
        assembly ("memory-safe") {
            return(add(a, 0x20), mload(a))
        }
    }
}

/// @notice {CappedSignatureChecker} on its own: ECDSA for accounts without code (high-s and malformed refused), ERC-1271
/// with a capped call for wallets (only a well-formed magic value counts), and the gas-short flag when the wallet may
/// not have had the full cap.
contract CappedSignatureCheckerTest is Test {
    /// secp256k1's group order: `s` above half of it is the malleable twin of a valid signature.
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    bytes32 internal constant DIGEST = keccak256("a vote");

    Checker internal checker;
    address internal owner;
    uint256 internal ownerKey;

    function setUp() public {
        checker = new Checker();
        (owner, ownerKey) = makeAddrAndKey("owner");
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _check(address signer, bytes memory signature) internal view returns (bool valid, bool gasShort) {
        return checker.check(signer, DIGEST, signature);
    }

    function test_Ecdsa_SignerWithoutCode() public view {
        (bool valid, bool gasShort) = _check(owner, _sign(ownerKey, DIGEST));
        assertTrue(valid);
        assertFalse(gasShort);
    }

    function test_Ecdsa_RefusesAnotherSigner() public {
        (, uint256 otherKey) = makeAddrAndKey("other");
        (bool valid,) = _check(owner, _sign(otherKey, DIGEST));
        assertFalse(valid);
    }

    function test_Ecdsa_RefusesAnotherDigest() public view {
        (bool valid,) = _check(owner, _sign(ownerKey, keccak256("another vote")));
        assertFalse(valid);
    }

    function test_Ecdsa_RefusesHighS() public view {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, DIGEST);
        bytes memory twin = abi.encodePacked(r, bytes32(N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        (bool valid,) = _check(owner, twin);
        assertFalse(valid);
    }

    function testFuzz_Ecdsa_RefusesMalformed(bytes calldata garbage) public view {
        vm.assume(garbage.length != 65);
        (bool valid, bool gasShort) = _check(owner, garbage);
        assertFalse(valid);
        assertFalse(gasShort);
    }

    function test_Wallet_AcceptsItsOwnersSignature() public {
        MockERC1271Wallet wallet = new MockERC1271Wallet(owner);
        (bool valid, bool gasShort) = _check(address(wallet), _sign(ownerKey, DIGEST));
        assertTrue(valid);
        assertFalse(gasShort);
    }

    function test_Wallet_RefusesAnotherSigner() public {
        MockERC1271Wallet wallet = new MockERC1271Wallet(owner);
        (, uint256 otherKey) = makeAddrAndKey("other");
        (bool valid,) = _check(address(wallet), _sign(otherKey, DIGEST));
        assertFalse(valid);
    }

    function test_Wallet_OnlyAWellFormedMagicValueCounts() public {
        OddWallet wallet = new OddWallet();
        bytes4 magic = 0x1626ba7e;
        bytes[5] memory answers = [
            abi.encodePacked(bytes4(0xdeadbeef)), // wrong selector
            abi.encodePacked(magic), // 4 bytes: too short
            abi.encodePacked(magic), // 31 bytes: too short
            abi.encodePacked(magic), // well formed
            abi.encodePacked(magic) // huge: only 32 bytes are read
        ];
        uint256[5] memory paddings = [uint256(28), 0, 27, 28, 10_000];
        bool[5] memory expected = [false, false, false, true, true];
        for (uint256 i; i < answers.length; ++i) {
            wallet.set(answers[i], paddings[i], false);
            (bool valid, bool gasShort) = _check(address(wallet), hex"01");
            assertEq(valid, expected[i], vm.toString(i));
            assertFalse(gasShort);
        }
        wallet.set(abi.encodePacked(magic), 28, true); // the magic value, but reverted
        (bool reverted,) = _check(address(wallet), hex"01");
        assertFalse(reverted);
    }

    /// A wallet that burns everything it is given is refused, and costs the caller at most the cap.
    function test_Wallet_GasBurnerIsRefusedWithinTheCap() public {
        GasBurningERC1271Wallet wallet = new GasBurningERC1271Wallet();
        vm.txGasPrice(1); // the burner accepts only in simulations (gas price 0)
        uint256 before = gasleft();
        (bool valid, bool gasShort) = _check(address(wallet), hex"01");
        uint256 used = before - gasleft();
        assertFalse(valid);
        assertFalse(gasShort);
        assertLt(used, checker.GAS_LIMIT() + 20_000);
    }

    /// An honest wallet that needs more than the cap is refused, however much gas the sender gives.
    function test_Wallet_NeedingMoreThanTheCapIsRefused() public {
        ExpensiveERC1271Wallet wallet = new ExpensiveERC1271Wallet(checker.GAS_LIMIT() + 1000);
        (bool valid, bool gasShort) = _check(address(wallet), hex"01");
        assertFalse(valid);
        assertFalse(gasShort);
    }

    /// With too little gas for the full cap, the answer cannot be trusted either way: the flag says so.
    function test_Wallet_GasShortWhenTheSenderGaveTooLittle() public {
        ExpensiveERC1271Wallet wallet = new ExpensiveERC1271Wallet(60_000); // within the cap
        (bool enough, bool shortWithEnough) = _check(address(wallet), hex"01");
        assertTrue(enough);
        assertFalse(shortWithEnough);
        (bool ok, bytes memory ret) =
            address(checker).staticcall{gas: 50_000}(abi.encodeCall(Checker.check, (address(wallet), DIGEST, hex"01")));
        assertTrue(ok);
        (bool valid, bool gasShort) = abi.decode(ret, (bool, bool));
        assertFalse(valid);
        assertTrue(gasShort);
    }
}
