// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {BaseTest} from "../utils/BaseTest.sol";

/// @notice The factory's CREATE2 salts: each kind of clone (token, vesting wallet, module) hashes its own type string
/// in front of its fields, so no two kinds can ever share a salt, whatever the words that follow.
contract PersonalTokenFactorySaltsTest is BaseTest {
    bytes32 internal constant TOKEN_SALT_TYPEHASH = keccak256("PersonalToken(address creator,bytes32 salt)");
    bytes32 internal constant VESTING_SALT_TYPEHASH = keccak256("CreatorVesting(address token)");
    bytes32 internal constant MODULE_SALT_TYPEHASH = keccak256("PersonalTokenModule(address token,uint256 index)");

    function test_TokenAndVestingSaltsCarryTheirOwnTypeHash() public view {
        bytes32 salt = keccak256("ALEX");
        (address token, address vesting) = factory.predictAddresses(creator, salt);
        assertEq(
            token,
            Clones.predictDeterministicAddress(
                address(tokenImpl), keccak256(abi.encode(TOKEN_SALT_TYPEHASH, creator, salt)), address(factory)
            )
        );
        assertEq(
            vesting,
            Clones.predictDeterministicAddress(
                address(vestingImpl), keccak256(abi.encode(VESTING_SALT_TYPEHASH, token)), address(factory)
            )
        );
    }

    function test_ModuleSaltCarriesItsOwnTypeHash() public {
        address token = makeAddr("token");
        address implementation = makeAddr("implementation");
        assertEq(
            factory.predictModuleAddress(token, implementation, 3),
            Clones.predictDeterministicAddress(
                implementation, keccak256(abi.encode(MODULE_SALT_TYPEHASH, token, uint256(3))), address(factory)
            )
        );
    }

    /// @dev The same two words as a (creator, salt) pair and as a (token, index) pair: before the type hashes they
    /// hashed to the same salt, so a token and a module clone of one implementation shared an address.
    function testFuzz_TokenAndModuleSaltsNeverCollide(address account, uint256 word) public view {
        (address token,) = factory.predictAddresses(account, bytes32(word));
        assertNotEq(token, factory.predictModuleAddress(account, address(tokenImpl), word));
    }
}
