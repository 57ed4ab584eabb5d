// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzz tests for {PersonalTokenFactory}: random distributions, sums that miss the supply, random salts.
contract PersonalTokenFactoryFuzzTest is BaseTest {
    uint256 internal constant MAX_SUPPLY = type(uint208).max;
    uint256 internal constant MAX_RECIPIENTS = 20;
    /// @dev Recipients are drawn from a small pool so the same address often appears more than once.
    uint256 internal constant POOL_SIZE = 8;

    address[] internal pool = _makeAddrs("holder", POOL_SIZE);

    /*//////////////////////////////////////////////////////////////
                          RANDOM DISTRIBUTIONS
    //////////////////////////////////////////////////////////////*/

    function testFuzz_Launch_RandomAllocationsSumToSupply(
        uint256 seed,
        uint256 count,
        uint256 supply,
        bool withVesting,
        uint256 vestingAmount,
        uint64 cliff,
        uint64 duration
    ) public {
        count = bound(count, 1, MAX_RECIPIENTS);
        supply = bound(supply, withVesting ? count + 1 : count, MAX_SUPPLY);
        IPersonalTokenFactory.VestingParams memory v;
        if (withVesting) {
            v.amount = bound(vestingAmount, 1, supply - count);
            v.duration = uint64(bound(duration, 1, factory.MAX_VESTING_DURATION()));
            v.cliff = uint64(bound(cliff, 0, v.duration));
        }
        IPersonalTokenFactory.LaunchParams memory p = _randomParams(seed, count, supply, v);

        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        (PersonalToken token, CreatorVesting vesting) = _launch(p);
        assertEq(address(token), predictedToken);
        assertEq(address(vesting), withVesting ? predictedVesting : address(0));

        // Expected balance of every pool member, from the allocation list.
        uint256[POOL_SIZE] memory expected;
        for (uint256 i; i < count; ++i) {
            expected[_poolIndex(p.allocations[i].recipient)] += p.allocations[i].amount;
        }
        uint256 sum = token.balanceOf(address(vesting));
        assertEq(sum, v.amount);
        for (uint256 i; i < POOL_SIZE; ++i) {
            uint256 balance = token.balanceOf(pool[i]);
            assertEq(balance, expected[i]);
            sum += balance;
        }
        assertEq(sum, token.totalSupply());
        assertEq(token.totalSupply(), supply);

        uint256 launchedAt = block.timestamp;
        IPersonalTokenFactory.Launch memory record = factory.launchOf(address(token));
        assertEq(record.creator, creator);
        assertEq(record.launchedAt, launchedAt);
        assertEq(record.vesting, address(vesting));
        if (withVesting) {
            assertEq(vesting.cliffEnd(), launchedAt + v.cliff);
            assertEq(vesting.end(), launchedAt + v.duration);
        }
    }

    function testFuzz_RevertWhen_SupplyAboveSum(uint256 seed, uint256 count, uint256 sum, uint256 excess) public {
        count = bound(count, 1, MAX_RECIPIENTS);
        sum = bound(sum, count, MAX_SUPPLY - 1);
        excess = bound(excess, 1, MAX_SUPPLY - sum);
        IPersonalTokenFactory.VestingParams memory noVesting;
        IPersonalTokenFactory.LaunchParams memory p = _randomParams(seed, count, sum, noVesting);
        p.totalSupply = sum + excess;

        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, sum, sum + excess
            )
        );
    }

    function testFuzz_RevertWhen_SupplyBelowSum(
        uint256 seed,
        uint256 count,
        uint256 sum,
        uint256 shortfall,
        uint256 vestingAmount
    ) public {
        count = bound(count, 1, MAX_RECIPIENTS);
        sum = bound(sum, count + 1, MAX_SUPPLY);
        IPersonalTokenFactory.VestingParams memory v;
        v.amount = bound(vestingAmount, 0, sum - count);
        if (v.amount != 0) v.duration = DURATION;
        IPersonalTokenFactory.LaunchParams memory p = _randomParams(seed, count, sum, v);
        shortfall = bound(shortfall, 1, sum - 1);
        uint256 supply = sum - shortfall;
        p.totalSupply = supply;

        // The first line (vesting first) that takes the running total past the supply is named.
        bytes memory err;
        if (v.amount > supply) {
            err = abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, v.amount, supply
            );
        } else {
            uint256 running = v.amount;
            uint256 index;
            while (running + p.allocations[index].amount <= supply) {
                running += p.allocations[index].amount;
                ++index;
            }
            err = abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, index, supply
            );
        }
        _expectLaunchRevert(p, err);
    }

    function testFuzz_RevertWhen_OneAmountIsHuge(uint256 seed, uint256 count, uint256 index, uint256 huge) public {
        count = bound(count, 1, MAX_RECIPIENTS);
        index = bound(index, 0, count - 1);
        IPersonalTokenFactory.VestingParams memory noVesting;
        IPersonalTokenFactory.LaunchParams memory p = _randomParams(seed, count, SUPPLY, noVesting);

        // Make this line alone exceed what the previous lines leave, up to type(uint256).max: never a panic.
        uint256 before;
        for (uint256 i; i < index; ++i) {
            before += p.allocations[i].amount;
        }
        p.allocations[index].amount = bound(huge, SUPPLY - before + 1, type(uint256).max);

        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, index, SUPPLY
            )
        );
    }

    function testFuzz_RevertWhen_ZeroAmountAnywhere(uint256 seed, uint256 count, uint256 index) public {
        count = bound(count, 2, MAX_RECIPIENTS);
        index = bound(index, 0, count - 1);
        IPersonalTokenFactory.VestingParams memory noVesting;
        IPersonalTokenFactory.LaunchParams memory p = _randomParams(seed, count, SUPPLY, noVesting);
        // Move the amount to a neighbour so the sum still matches.
        uint256 neighbour = index == 0 ? 1 : index - 1;
        p.allocations[neighbour].amount += p.allocations[index].amount;
        p.allocations[index].amount = 0;

        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_ZeroAmount.selector, index)
        );
    }

    function testFuzz_RevertWhen_ZeroRecipientAnywhere(uint256 seed, uint256 count, uint256 index) public {
        count = bound(count, 1, MAX_RECIPIENTS);
        index = bound(index, 0, count - 1);
        IPersonalTokenFactory.VestingParams memory noVesting;
        IPersonalTokenFactory.LaunchParams memory p = _randomParams(seed, count, SUPPLY, noVesting);
        p.allocations[index].recipient = address(0);

        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_ZeroRecipient.selector, index)
        );
    }

    function testFuzz_RevertWhen_SupplyTooLarge(uint256 supply) public {
        supply = bound(supply, MAX_SUPPLY + 1, type(uint256).max);
        _expectLaunchRevert(
            _plainParams(supply),
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_SupplyTooLarge.selector, supply, MAX_SUPPLY
            )
        );
    }

    function testFuzz_RevertWhen_VestingTooLong(uint64 duration, uint64 cliff) public {
        uint64 max = factory.MAX_VESTING_DURATION();
        duration = uint64(bound(duration, max + 1, type(uint64).max));
        cliff = uint64(bound(cliff, 0, duration));
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.duration = duration;
        p.vesting.cliff = cliff;
        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_VestingTooLong.selector, duration, max)
        );
    }

    function testFuzz_RevertWhen_CliffExceedsDuration(uint64 duration, uint64 cliff) public {
        duration = uint64(bound(duration, 0, type(uint64).max - 1));
        cliff = uint64(bound(cliff, duration + 1, type(uint64).max));
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.duration = duration;
        p.vesting.cliff = cliff;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_InvalidVesting.selector, p.vesting.amount, cliff, duration
            )
        );
    }

    function testFuzz_RevertWhen_ScheduleWithoutAmount(uint64 cliff, uint64 duration) public {
        // At least one of the two is non-zero.
        duration = uint64(bound(duration, cliff == 0 ? 1 : 0, type(uint64).max));
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.vesting.cliff = cliff;
        p.vesting.duration = duration;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_InvalidVesting.selector, 0, cliff, duration
            )
        );
    }

    /*//////////////////////////////////////////////////////////////
                              SALTS
    //////////////////////////////////////////////////////////////*/

    function testFuzz_Launch_SaltBoundToCaller(address first, address second, bytes32 salt) public {
        first = _nonZero(first);
        second = _nonZero(second);
        if (first == second) second = address(uint160(first) == type(uint160).max ? 2 : uint160(first) + 1);

        (address firstToken,) = factory.predictAddresses(first, salt);
        (address secondToken,) = factory.predictAddresses(second, salt);
        assertTrue(firstToken != secondToken);

        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.allocations[0].recipient = alice;
        p.salt = salt;

        vm.prank(first);
        (address launchedFirst,) = factory.launch(p);
        vm.prank(second);
        (address launchedSecond,) = factory.launch(p);

        assertEq(launchedFirst, firstToken);
        assertEq(launchedSecond, secondToken);
        assertEq(factory.launchOf(launchedFirst).creator, first);
        assertEq(factory.launchOf(launchedSecond).creator, second);

        vm.expectRevert(
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_SaltAlreadyUsed.selector, first, salt, firstToken
            )
        );
        vm.prank(first);
        factory.launch(p);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev `count` allocations to pool members with positive amounts that add up to `sum - v.amount`.
    function _randomParams(uint256 seed, uint256 count, uint256 sum, IPersonalTokenFactory.VestingParams memory v)
        internal
        view
        returns (IPersonalTokenFactory.LaunchParams memory p)
    {
        p = _plainParams(sum);
        p.vesting = v;
        p.salt = keccak256(abi.encode(seed));
        p.allocations = new Allocation[](count);
        uint256 remaining = sum - v.amount;
        for (uint256 i; i < count; ++i) {
            uint256 rand = uint256(keccak256(abi.encode(seed, i)));
            uint256 slotsLeft = count - i - 1;
            uint256 amount = slotsLeft == 0 ? remaining : bound(rand, 1, remaining - slotsLeft);
            p.allocations[i] = Allocation({recipient: pool[(rand >> 128) % POOL_SIZE], amount: amount});
            remaining -= amount;
        }
    }

    function _poolIndex(address who) internal view returns (uint256) {
        for (uint256 i; i < POOL_SIZE; ++i) {
            if (pool[i] == who) return i;
        }
        revert("not in pool");
    }

    function _nonZero(address who) internal pure returns (address) {
        return who == address(0) ? address(1) : who;
    }

    /// @dev Expects `p` launched by `creator` to revert with exactly `err` and leave nothing behind.
    function _expectLaunchRevert(IPersonalTokenFactory.LaunchParams memory p, bytes memory err) internal {
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        vm.expectRevert(err);
        vm.prank(creator);
        factory.launch(p);

        assertEq(factory.tokenCountByCreator(creator), 0);
        assertFalse(factory.isLaunched(predictedToken));
        assertEq(predictedToken.code.length, 0);
        assertEq(predictedVesting.code.length, 0);
    }
}
