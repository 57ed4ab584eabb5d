// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {PersonalTokenFactory} from "../../contracts/PersonalTokenFactory.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Unit tests for {PersonalTokenFactory}: launches, the registry, caller-bound salts and every validation error.
contract PersonalTokenFactoryTest is BaseTest {
    uint256 internal constant MAX_SUPPLY = type(uint208).max;

    /*//////////////////////////////////////////////////////////////
                              DEPLOYMENT
    //////////////////////////////////////////////////////////////*/

    function test_Constructor_SetsImplementations() public view {
        assertEq(factory.tokenImplementation(), address(tokenImpl));
        assertEq(factory.vestingImplementation(), address(vestingImpl));
        assertEq(factory.MAX_VESTING_DURATION(), 10 * 365 days);
    }

    function test_Registry_EmptyBeforeAnyLaunch() public view {
        (address predicted,) = factory.predictAddresses(creator, _defaultParams().salt);
        _assertNoLaunch(creator, predicted);
    }

    /*//////////////////////////////////////////////////////////////
                                LAUNCH
    //////////////////////////////////////////////////////////////*/

    function test_Launch_ReturnsPredictedAddresses() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        assertEq(predictedToken.code.length, 0);
        assertEq(predictedVesting.code.length, 0);

        (PersonalToken token, CreatorVesting vesting) = _launch(p);

        assertEq(address(token), predictedToken);
        assertEq(address(vesting), predictedVesting);
        assertGt(predictedToken.code.length, 0);
        assertGt(predictedVesting.code.length, 0);
        // The prediction does not change once the launch happened.
        (address afterToken, address afterVesting) = factory.predictAddresses(creator, p.salt);
        assertEq(afterToken, predictedToken);
        assertEq(afterVesting, predictedVesting);
    }

    function test_Launch_MintsAllocations() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (PersonalToken token, CreatorVesting vesting) = _launch(p);

        uint256 sum = p.vesting.amount;
        for (uint256 i; i < p.allocations.length; ++i) {
            assertEq(token.balanceOf(p.allocations[i].recipient), p.allocations[i].amount);
            sum += p.allocations[i].amount;
        }
        assertEq(token.balanceOf(address(vesting)), p.vesting.amount);
        assertEq(token.totalSupply(), p.totalSupply);
        assertEq(sum, p.totalSupply);
        assertEq(token.balanceOf(address(factory)), 0);
    }

    function test_Launch_EmitsTransferForEveryAllocation() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);

        for (uint256 i; i < p.allocations.length; ++i) {
            vm.expectEmit(predictedToken);
            emit IERC20.Transfer(address(0), p.allocations[i].recipient, p.allocations[i].amount);
        }
        vm.expectEmit(predictedToken);
        emit IERC20.Transfer(address(0), predictedVesting, p.vesting.amount);
        _launch(p);
    }

    function test_Launch_InitializesToken() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (PersonalToken token,) = _launch(p);

        assertEq(token.name(), p.name);
        assertEq(token.symbol(), p.symbol);
        assertEq(token.contractURI(), p.contractURI);
        assertEq(token.decimals(), 18);
        assertEq(token.owner(), creator);
    }

    function test_Launch_SetsVestingSchedule() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        vm.warp(block.timestamp + 12_345);
        uint64 launchedAt = uint64(block.timestamp);
        (PersonalToken token, CreatorVesting vesting) = _launch(p);

        assertEq(vesting.token(), address(token));
        assertEq(vesting.beneficiary(), creator);
        assertEq(vesting.start(), launchedAt);
        assertEq(vesting.cliffEnd(), launchedAt + p.vesting.cliff);
        assertEq(vesting.end(), launchedAt + p.vesting.duration);
        assertEq(vesting.released(), 0);
    }

    function test_Launch_RecordsRegistry() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        vm.warp(block.timestamp + 777);
        (PersonalToken token, CreatorVesting vesting) = _launch(p);

        address[] memory tokens = factory.tokensByCreator(creator);
        assertEq(tokens.length, 1);
        assertEq(tokens[0], address(token));
        assertEq(factory.tokenCountByCreator(creator), 1);
        assertTrue(factory.isLaunched(address(token)));
        assertFalse(factory.isLaunched(address(vesting)));
        assertFalse(factory.isLaunched(address(tokenImpl)));

        IPersonalTokenFactory.Launch memory record = factory.launchOf(address(token));
        assertEq(record.creator, creator);
        assertEq(record.launchedAt, block.timestamp);
        assertEq(record.vesting, address(vesting));

        // Nothing recorded for anybody else.
        assertEq(factory.tokenCountByCreator(alice), 0);
        assertEq(factory.tokensByCreator(alice).length, 0);
    }

    function test_Launch_RegistryListsTokensOldestFirst() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (PersonalToken first,) = _launch(p);
        p.salt = keccak256("second");
        (PersonalToken second,) = _launch(_withoutVesting(p));

        address[] memory expected = new address[](2);
        expected[0] = address(first);
        expected[1] = address(second);
        assertEq(factory.tokensByCreator(creator), expected);
        assertEq(factory.tokenCountByCreator(creator), 2);
        assertTrue(factory.isLaunched(address(second)));
    }

    function test_Launch_EmitsTokenLaunched() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);

        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.TokenLaunched(predictedToken, creator, predictedVesting, p);
        _launch(p);
    }

    function test_Launch_WithoutVesting() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);

        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.TokenLaunched(predictedToken, creator, address(0), p);
        vm.prank(creator);
        (address token, address vesting) = factory.launch(p);

        assertEq(token, predictedToken);
        assertEq(vesting, address(0));
        assertEq(predictedVesting.code.length, 0);
        assertEq(factory.launchOf(token).vesting, address(0));
        assertEq(factory.launchOf(token).creator, creator);
        assertEq(PersonalToken(token).balanceOf(creator), SUPPLY);
        assertEq(PersonalToken(token).totalSupply(), SUPPLY);
    }

    function test_Launch_VestingOnly() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations = new Allocation[](0);
        p.vesting.amount = p.totalSupply;
        (PersonalToken token, CreatorVesting vesting) = _launch(p);

        assertEq(token.balanceOf(address(vesting)), p.totalSupply);
        assertEq(token.totalSupply(), p.totalSupply);
    }

    function test_Launch_MaxSupply() public {
        (PersonalToken token,) = _launch(_plainParams(MAX_SUPPLY));
        assertEq(token.totalSupply(), MAX_SUPPLY);
        assertEq(token.balanceOf(creator), MAX_SUPPLY);
    }

    function test_Launch_MaxVestingDuration() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        uint64 max = factory.MAX_VESTING_DURATION();
        p.vesting.duration = max;
        p.vesting.cliff = max;
        (, CreatorVesting vesting) = _launch(p);
        assertEq(vesting.end(), block.timestamp + max);
        assertEq(vesting.cliffEnd(), vesting.end());
    }

    function test_Launch_ZeroCliff() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.cliff = 0;
        (, CreatorVesting vesting) = _launch(p);
        assertEq(vesting.cliffEnd(), vesting.start());
    }

    function test_Launch_RepeatedRecipientsAddUp() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.allocations = new Allocation[](3);
        p.allocations[0] = Allocation({recipient: alice, amount: 1 ether});
        p.allocations[1] = Allocation({recipient: bob, amount: 2 ether});
        p.allocations[2] = Allocation({recipient: alice, amount: SUPPLY - 3 ether});
        (PersonalToken token,) = _launch(p);
        assertEq(token.balanceOf(alice), SUPPLY - 2 ether);
        assertEq(token.balanceOf(bob), 2 ether);
    }

    /*//////////////////////////////////////////////////////////////
                            CALLER-BOUND SALTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_SaltAlreadyUsed() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (PersonalToken token,) = _launch(p);

        vm.expectRevert(
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_SaltAlreadyUsed.selector, creator, p.salt, address(token)
            )
        );
        vm.prank(creator);
        factory.launch(p);

        // Even with otherwise different parameters.
        IPersonalTokenFactory.LaunchParams memory plain = _plainParams(SUPPLY);
        plain.salt = p.salt;
        vm.expectRevert(
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_SaltAlreadyUsed.selector, creator, p.salt, address(token)
            )
        );
        vm.prank(creator);
        factory.launch(plain);

        assertEq(factory.tokenCountByCreator(creator), 1);
    }

    function test_Launch_SameSaltFromTwoCreatorsGivesTwoTokens() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address creatorToken, address creatorVesting) = factory.predictAddresses(creator, p.salt);
        (address aliceToken, address aliceVesting) = factory.predictAddresses(alice, p.salt);
        assertTrue(creatorToken != aliceToken);
        assertTrue(creatorVesting != aliceVesting);

        (PersonalToken first,) = _launch(p);
        vm.prank(alice);
        (address second, address secondVesting) = factory.launch(p);

        assertEq(address(first), creatorToken);
        assertEq(second, aliceToken);
        assertEq(secondVesting, aliceVesting);
        assertEq(factory.launchOf(second).creator, alice);
        assertEq(CreatorVesting(secondVesting).beneficiary(), alice);
        assertEq(PersonalToken(second).owner(), alice);
    }

    function test_Launch_FrontRunnerCannotTakeTheCreatorsAddress() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address creatorToken,) = factory.predictAddresses(creator, p.salt);

        // bob sees the creator's pending launch and submits the same parameters first.
        vm.prank(bob);
        (address bobToken,) = factory.launch(p);
        assertTrue(bobToken != creatorToken);
        assertEq(creatorToken.code.length, 0);

        (PersonalToken token,) = _launch(p);
        assertEq(address(token), creatorToken);
        assertEq(token.owner(), creator);
        assertEq(factory.launchOf(creatorToken).creator, creator);
        assertEq(factory.launchOf(bobToken).creator, bob);
    }

    /*//////////////////////////////////////////////////////////////
                           NAME, SYMBOL, SUPPLY
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_EmptyName() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.name = "";
        _expectLaunchRevert(p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_EmptyName.selector));
    }

    function test_RevertWhen_EmptySymbol() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.symbol = "";
        _expectLaunchRevert(p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_EmptySymbol.selector));
    }

    function test_RevertWhen_ZeroSupply() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(0);
        _expectLaunchRevert(p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_ZeroSupply.selector));
    }

    function test_RevertWhen_SupplyTooLarge() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(MAX_SUPPLY + 1);
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_SupplyTooLarge.selector, MAX_SUPPLY + 1, MAX_SUPPLY
            )
        );
    }

    function test_RevertWhen_SupplyIsUint256Max() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(type(uint256).max);
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_SupplyTooLarge.selector, type(uint256).max, MAX_SUPPLY
            )
        );
    }

    /*//////////////////////////////////////////////////////////////
                               RECIPIENTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ZeroRecipient() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[1].recipient = address(0);
        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_ZeroRecipient.selector, 1)
        );
    }

    function test_RevertWhen_ZeroRecipientFirst() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[0].recipient = address(0);
        p.allocations[1].recipient = address(0);
        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_ZeroRecipient.selector, 0)
        );
    }

    function test_RevertWhen_RecipientIsThePredictedToken() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address predicted,) = factory.predictAddresses(creator, p.salt);
        p.allocations[1].recipient = predicted;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_InvalidRecipient.selector, 1, predicted)
        );
    }

    function test_RevertWhen_RecipientIsTheFactory() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[0].recipient = address(factory);
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_InvalidRecipient.selector, 0, address(factory)
            )
        );
    }

    function test_RevertWhen_RecipientIsTheUnusedVestingAddress() public {
        // Without vesting the predicted vesting address never gets code: tokens sent there would be lost.
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        (, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        p.allocations = new Allocation[](2);
        p.allocations[0] = Allocation({recipient: alice, amount: SUPPLY - 1});
        p.allocations[1] = Allocation({recipient: predictedVesting, amount: 1});
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_InvalidRecipient.selector, 1, predictedVesting
            )
        );
    }

    function test_Launch_AllocationToTheVestingWalletVestsWithIt() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        p.allocations[1].recipient = predictedVesting;
        uint256 locked = p.vesting.amount + p.allocations[1].amount;

        (PersonalToken token, CreatorVesting vesting) = _launch(p);

        assertEq(address(vesting), predictedVesting);
        assertEq(token.balanceOf(address(vesting)), locked);
        assertEq(vesting.vestedAmount(vesting.cliffEnd() - 1), 0);
        assertEq(vesting.vestedAmount(vesting.end()), locked);
    }

    /*//////////////////////////////////////////////////////////////
                                AMOUNTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ZeroAmount() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        // Keep the sum right so the zero amount is the only fault.
        p.allocations[0].amount += p.allocations[1].amount;
        p.allocations[1].amount = 0;
        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_ZeroAmount.selector, 1)
        );
    }

    function test_RevertWhen_UnderAllocated() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[1].amount -= 1;
        uint256 allocated = p.vesting.amount + p.allocations[0].amount + p.allocations[1].amount;
        assertEq(allocated, p.totalSupply - 1);
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, allocated, p.totalSupply
            )
        );
    }

    function test_RevertWhen_NoAllocationsAndNoVesting() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.allocations = new Allocation[](0);
        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, 0, SUPPLY)
        );
    }

    function test_RevertWhen_VestingAmountExceedsSupply() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.amount = p.totalSupply + 1;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, p.totalSupply + 1, p.totalSupply
            )
        );
    }

    function test_RevertWhen_VestingAmountIsUint256Max() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.amount = type(uint256).max;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, type(uint256).max, p.totalSupply
            )
        );
    }

    function test_RevertWhen_AllocationsExceedSupply() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[1].amount += 1;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, 1, p.totalSupply
            )
        );
    }

    function test_RevertWhen_FirstAllocationExceedsWhatVestingLeaves() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        // Vesting is counted first: 5M vested + 5M + 1 wei to the creator is one wei too many.
        p.allocations[0].amount = p.totalSupply - p.vesting.amount + 1;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, 0, p.totalSupply
            )
        );
    }

    function test_RevertWhen_AllocationIsUint256Max() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[1].amount = type(uint256).max;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, 1, p.totalSupply
            )
        );
    }

    /// @dev Amounts chosen so the unchecked sum wraps around to exactly the supply: a naive `sum == supply` check
    /// would pass, a checked sum would panic. The factory names the offending allocation instead.
    function test_RevertWhen_AllocationsWrapAroundUint256() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        Allocation[] memory allocations = new Allocation[](3);
        allocations[0] = Allocation({recipient: creator, amount: p.allocations[0].amount});
        allocations[1] = Allocation({recipient: bob, amount: type(uint256).max});
        allocations[2] = Allocation({recipient: alice, amount: p.allocations[1].amount + 1});
        p.allocations = allocations;
        unchecked {
            assertEq(p.vesting.amount + allocations[0].amount + allocations[1].amount + allocations[2].amount, SUPPLY);
        }
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, 1, p.totalSupply
            )
        );
    }

    /*//////////////////////////////////////////////////////////////
                                VESTING
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_VestingAmountWithZeroDuration() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.cliff = 0;
        p.vesting.duration = 0;
        _expectInvalidVesting(p);
    }

    function test_RevertWhen_VestingCliffWithZeroDuration() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.cliff = 1;
        p.vesting.duration = 0;
        _expectInvalidVesting(p);
    }

    function test_RevertWhen_VestingCliffExceedsDuration() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.cliff = p.vesting.duration + 1;
        _expectInvalidVesting(p);
    }

    function test_RevertWhen_VestingCliffWithoutAmount() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.vesting.cliff = CLIFF;
        _expectInvalidVesting(p);
    }

    function test_RevertWhen_VestingDurationWithoutAmount() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.vesting.duration = DURATION;
        _expectInvalidVesting(p);
    }

    function test_RevertWhen_VestingScheduleWithoutAmount() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.vesting.cliff = CLIFF;
        p.vesting.duration = DURATION;
        _expectInvalidVesting(p);
    }

    function test_RevertWhen_VestingTooLong() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        uint64 max = factory.MAX_VESTING_DURATION();
        p.vesting.duration = max + 1;
        _expectLaunchRevert(
            p, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_VestingTooLong.selector, max + 1, max)
        );
    }

    function test_RevertWhen_VestingDurationIsUint64Max() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.vesting.duration = type(uint64).max;
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_VestingTooLong.selector,
                type(uint64).max,
                factory.MAX_VESTING_DURATION()
            )
        );
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Expects `p` launched by `creator` to revert with exactly `err`, then checks nothing was left behind.
    function _expectLaunchRevert(IPersonalTokenFactory.LaunchParams memory p, bytes memory err) internal {
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        vm.expectRevert(err);
        vm.prank(creator);
        factory.launch(p);

        _assertNoLaunch(creator, predictedToken);
        assertEq(predictedVesting.code.length, 0);
    }

    function _expectInvalidVesting(IPersonalTokenFactory.LaunchParams memory p) internal {
        _expectLaunchRevert(
            p,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_InvalidVesting.selector,
                p.vesting.amount,
                p.vesting.cliff,
                p.vesting.duration
            )
        );
    }

    function _assertNoLaunch(address who, address predictedToken) internal view {
        assertEq(factory.tokenCountByCreator(who), 0);
        assertEq(factory.tokensByCreator(who).length, 0);
        assertFalse(factory.isLaunched(predictedToken));
        IPersonalTokenFactory.Launch memory record = factory.launchOf(predictedToken);
        assertEq(record.creator, address(0));
        assertEq(record.launchedAt, 0);
        assertEq(record.vesting, address(0));
        assertEq(predictedToken.code.length, 0);
    }

    function _withoutVesting(IPersonalTokenFactory.LaunchParams memory p)
        internal
        pure
        returns (IPersonalTokenFactory.LaunchParams memory)
    {
        p.allocations[0].amount += p.vesting.amount;
        p.vesting = IPersonalTokenFactory.VestingParams({amount: 0, cliff: 0, duration: 0});
        return p;
    }
}
