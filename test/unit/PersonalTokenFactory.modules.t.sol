// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {IsaBaseTest} from "../utils/IsaBaseTest.sol";
import {RecordingModule} from "../utils/mocks/RecordingModule.sol";
import {RevertingModule} from "../utils/mocks/RevertingModule.sol";

/// @notice Unit tests for {PersonalTokenFactory-launchWithModules}: module clones, funding from the supply, the
/// registry, events, and every validation error that involves modules.
contract PersonalTokenFactoryModulesTest is IsaBaseTest {
    RecordingModule internal recordingImpl;
    RevertingModule internal revertingImpl;

    function setUp() public override {
        super.setUp();
        recordingImpl = new RecordingModule();
        revertingImpl = new RevertingModule();
    }

    /*//////////////////////////////////////////////////////////////
                            LAUNCH WITH MODULES
    //////////////////////////////////////////////////////////////*/

    function test_LaunchWithModules_MintsToPredictedModuleAddresses() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        uint256 recorded = 1234 ether;
        p.allocations[0].amount -= recorded;
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = _splitterModule(ISA_TOKENS);
        modules[1] = IPersonalTokenFactory.ModuleParams({
            implementation: address(recordingImpl), tokenAmount: recorded, data: hex"c0ffee"
        });
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        address predicted0 = factory.predictModuleAddress(predictedToken, address(splitterImpl), 0);
        address predicted1 = factory.predictModuleAddress(predictedToken, address(recordingImpl), 1);
        assertEq(predicted0.code.length, 0);
        assertEq(predicted1.code.length, 0);

        vm.prank(creator);
        (address tokenAddress, address vesting, address[] memory moduleAddresses) =
            factory.launchWithModules(p, modules);

        assertEq(tokenAddress, predictedToken);
        assertEq(vesting, predictedVesting);
        assertEq(moduleAddresses.length, 2);
        assertEq(moduleAddresses[0], predicted0);
        assertEq(moduleAddresses[1], predicted1);
        assertGt(predicted0.code.length, 0);
        assertGt(predicted1.code.length, 0);

        PersonalToken token = PersonalToken(tokenAddress);
        assertEq(token.balanceOf(predicted0), ISA_TOKENS);
        assertEq(token.balanceOf(predicted1), recorded);
        assertEq(token.balanceOf(vesting), p.vesting.amount);
        assertEq(token.balanceOf(creator), p.allocations[0].amount);
        assertEq(token.totalSupply(), SUPPLY);
        assertEq(p.allocations[0].amount + p.vesting.amount + ISA_TOKENS + recorded, SUPPLY);

        assertEq(factory.moduleTokenOf(predicted0), tokenAddress);
        assertEq(factory.moduleTokenOf(predicted1), tokenAddress);
        assertEq(IncomeShareSplitter(payable(predicted0)).token(), tokenAddress);
        assertEq(IncomeShareSplitter(payable(predicted0)).creator(), creator);
        assertTrue(factory.isLaunched(tokenAddress));
        assertEq(factory.launchOf(tokenAddress).creator, creator);
        assertEq(factory.tokensByCreator(creator).length, 1);
    }

    function test_LaunchWithModules_EmitsTokenLaunchedThenModuleLaunched() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        p.allocations[0].amount -= 1;
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = _splitterModule(ISA_TOKENS);
        modules[1] =
            IPersonalTokenFactory.ModuleParams({implementation: address(recordingImpl), tokenAmount: 1, data: "x"});
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        address predicted0 = factory.predictModuleAddress(predictedToken, address(splitterImpl), 0);
        address predicted1 = factory.predictModuleAddress(predictedToken, address(recordingImpl), 1);

        vm.expectEmit(predictedToken);
        emit IERC20.Transfer(address(0), predicted0, ISA_TOKENS);
        vm.expectEmit(predictedToken);
        emit IERC20.Transfer(address(0), predicted1, 1);
        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.TokenLaunched(predictedToken, creator, predictedVesting, p);
        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.ModuleLaunched(
            predictedToken, predicted0, address(splitterImpl), 0, ISA_TOKENS, modules[0].data
        );
        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.ModuleLaunched(predictedToken, predicted1, address(recordingImpl), 1, 1, "x");
        vm.prank(creator);
        factory.launchWithModules(p, modules);
    }

    function test_LaunchWithModules_InitializesAfterTheWholeSupplyIsMinted() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.allocations[0].amount = SUPPLY - 700 ether;
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(recordingImpl), tokenAmount: 700 ether, data: abi.encode(uint256(42), "terms")
            })
        );
        vm.prank(creator);
        (address token,, address[] memory moduleAddresses) = factory.launchWithModules(p, modules);

        RecordingModule module = RecordingModule(moduleAddresses[0]);
        assertEq(module.token(), token);
        assertEq(module.creator(), creator);
        assertEq(module.tokenAmount(), 700 ether);
        assertEq(module.data(), abi.encode(uint256(42), "terms"));
        assertEq(module.caller(), address(factory));
        assertEq(module.balanceAtInit(), 700 ether);
        assertEq(module.supplyAtInit(), SUPPLY);
        assertEq(module.initCount(), 1);
        // The implementation itself was never touched.
        assertEq(recordingImpl.initCount(), 0);
    }

    function test_LaunchWithModules_SameImplementationTwiceGetsTwoClones() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.allocations[0].amount = SUPPLY - 3 ether;
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = IPersonalTokenFactory.ModuleParams({
            implementation: address(recordingImpl), tokenAmount: 1 ether, data: ""
        });
        modules[1] = IPersonalTokenFactory.ModuleParams({
            implementation: address(recordingImpl), tokenAmount: 2 ether, data: ""
        });
        vm.prank(creator);
        (address token,, address[] memory moduleAddresses) = factory.launchWithModules(p, modules);

        assertTrue(moduleAddresses[0] != moduleAddresses[1]);
        assertEq(moduleAddresses[1], factory.predictModuleAddress(token, address(recordingImpl), 1));
        assertEq(IERC20(token).balanceOf(moduleAddresses[0]), 1 ether);
        assertEq(IERC20(token).balanceOf(moduleAddresses[1]), 2 ether);
        assertEq(RecordingModule(moduleAddresses[0]).tokenAmount(), 1 ether);
        assertEq(RecordingModule(moduleAddresses[1]).tokenAmount(), 2 ether);
    }

    function test_LaunchWithModules_ModulesTakeTheWholeSupply() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        p.allocations = new Allocation[](0);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({implementation: address(recordingImpl), tokenAmount: SUPPLY, data: ""})
        );
        vm.prank(creator);
        (address token,, address[] memory moduleAddresses) = factory.launchWithModules(p, modules);
        assertEq(IERC20(token).balanceOf(moduleAddresses[0]), SUPPLY);
        assertEq(IERC20(token).balanceOf(creator), 0);
    }

    /// @dev Nothing to mint to the module and no vesting: the allocations are minted as given.
    function test_LaunchWithModules_ZeroAmountModuleAllowed() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({implementation: address(recordingImpl), tokenAmount: 0, data: "poll"})
        );
        (address predictedToken,) = factory.predictAddresses(creator, p.salt);
        address predicted = factory.predictModuleAddress(predictedToken, address(recordingImpl), 0);

        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.ModuleLaunched(predictedToken, predicted, address(recordingImpl), 0, 0, "poll");
        vm.prank(creator);
        (address token,, address[] memory moduleAddresses) = factory.launchWithModules(p, modules);

        assertEq(moduleAddresses[0], predicted);
        assertEq(IERC20(token).balanceOf(predicted), 0);
        assertEq(IERC20(token).balanceOf(creator), SUPPLY);
        assertEq(RecordingModule(predicted).initCount(), 1);
        assertEq(RecordingModule(predicted).tokenAmount(), 0);
        assertEq(factory.moduleTokenOf(predicted), token);
    }

    function test_LaunchWithModules_ZeroAmountModuleBesideVesting() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({implementation: address(recordingImpl), tokenAmount: 0, data: ""})
        );
        vm.prank(creator);
        (address token, address vesting, address[] memory moduleAddresses) = factory.launchWithModules(p, modules);
        assertEq(IERC20(token).balanceOf(vesting), p.vesting.amount);
        assertEq(IERC20(token).balanceOf(moduleAddresses[0]), 0);
        assertEq(IERC20(token).totalSupply(), SUPPLY);
    }

    function test_RevertWhen_SplitterModuleWithZeroTokens() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(0);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(_splitterModule(0));
        _expectModulesLaunchRevert(
            p,
            modules,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_TokensOfferedOutOfRange.selector, 0, 1e36 - 1
            )
        );
    }

    function test_LaunchWithModules_NoModulesIsAPlainLaunch() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        vm.recordLogs();
        vm.prank(creator);
        (address token, address vesting, address[] memory moduleAddresses) =
            factory.launchWithModules(p, new IPersonalTokenFactory.ModuleParams[](0));

        _assertNoModuleLaunched(vm.getRecordedLogs());
        assertEq(token, predictedToken);
        assertEq(vesting, predictedVesting);
        assertEq(moduleAddresses.length, 0);
        assertEq(IERC20(token).balanceOf(creator), p.allocations[0].amount);
        assertEq(IERC20(token).balanceOf(alice), p.allocations[1].amount);
        assertEq(IERC20(token).balanceOf(vesting), p.vesting.amount);
    }

    function test_Launch_StillWorksTheSame() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        vm.recordLogs();
        (PersonalToken token,) = _launch(p);

        _assertNoModuleLaunched(vm.getRecordedLogs());
        assertEq(address(token), predictedToken);
        assertEq(token.balanceOf(creator), p.allocations[0].amount);
        assertEq(token.balanceOf(alice), p.allocations[1].amount);
        assertEq(token.balanceOf(predictedVesting), p.vesting.amount);
        assertEq(token.totalSupply(), SUPPLY);
        assertEq(
            factory.moduleTokenOf(factory.predictModuleAddress(address(token), address(splitterImpl), 0)), address(0)
        );
    }

    /*//////////////////////////////////////////////////////////////
                          PREDICTION AND REGISTRY
    //////////////////////////////////////////////////////////////*/

    function test_PredictModuleAddress_DependsOnTokenImplementationAndIndex() public {
        address tokenA = makeAddr("tokenA");
        address tokenB = makeAddr("tokenB");
        address base = factory.predictModuleAddress(tokenA, address(splitterImpl), 0);
        assertTrue(base != factory.predictModuleAddress(tokenB, address(splitterImpl), 0));
        assertTrue(base != factory.predictModuleAddress(tokenA, address(recordingImpl), 0));
        assertTrue(base != factory.predictModuleAddress(tokenA, address(splitterImpl), 1));
        assertEq(base, factory.predictModuleAddress(tokenA, address(splitterImpl), 0));
    }

    function test_ModuleTokenOf_ZeroForUnknownAddresses() public {
        _launchIsa(_alexTerms(address(usdc)), ISA_TOKENS);
        assertEq(factory.moduleTokenOf(address(splitterImpl)), address(0));
        assertEq(factory.moduleTokenOf(alice), address(0));
        assertEq(factory.moduleTokenOf(address(0)), address(0));
    }

    /*//////////////////////////////////////////////////////////////
                               VALIDATION
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ModuleAmountsLeaveSupplyShort() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(_splitterModule(ISA_TOKENS - 1));
        _expectModulesLaunchRevert(
            p,
            modules,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector, SUPPLY - 1, SUPPLY
            )
        );
    }

    function test_RevertWhen_ModuleAmountsPushAllocationsPastSupply() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(_splitterModule(ISA_TOKENS + 1));
        _expectModulesLaunchRevert(
            p,
            modules,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationsExceedSupply.selector, 0, SUPPLY
            )
        );
    }

    function test_RevertWhen_VestingExceedsWhatModulesLeave() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        uint256 moduleAmount = SUPPLY - p.vesting.amount + 1;
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(_splitterModule(moduleAmount));
        _expectModulesLaunchRevert(
            p,
            modules,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_AllocationMismatch.selector,
                moduleAmount + p.vesting.amount,
                SUPPLY
            )
        );
    }

    function test_RevertWhen_ModuleImplementationHasNoCode() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        p.allocations[0].amount -= 1;
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = _splitterModule(ISA_TOKENS);
        modules[1] = IPersonalTokenFactory.ModuleParams({implementation: makeAddr("no code"), tokenAmount: 1, data: ""});
        _expectModulesLaunchRevert(
            p, modules, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_InvalidModule.selector, 1)
        );
    }

    function test_RevertWhen_ModuleImplementationIsZero() public {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(SUPPLY);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({implementation: address(0), tokenAmount: 0, data: ""})
        );
        _expectModulesLaunchRevert(
            p, modules, abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_InvalidModule.selector, 0)
        );
    }

    function test_RevertWhen_ModuleAmountAboveSupply() public {
        _expectModulesExceed(ArrayBuilder.uints(SUPPLY + 1), 0);
    }

    function test_RevertWhen_ModuleAmountIsUint256Max() public {
        _expectModulesExceed(ArrayBuilder.uints(type(uint256).max), 0);
    }

    function test_RevertWhen_SecondModuleAmountIsUint256Max() public {
        _expectModulesExceed(ArrayBuilder.uints(1, type(uint256).max), 1);
    }

    function test_RevertWhen_ModuleAmountsTogetherExceedSupply() public {
        _expectModulesExceed(ArrayBuilder.uints(SUPPLY, 1), 1);
    }

    /// @dev Amounts that wrap around to exactly the supply in unchecked arithmetic are still refused.
    function test_RevertWhen_ModuleAmountsWrapAround() public {
        uint256[] memory amounts = ArrayBuilder.uints(2, type(uint256).max, SUPPLY - 1);
        unchecked {
            assertEq(amounts[0] + amounts[1] + amounts[2], SUPPLY);
        }
        _expectModulesExceed(amounts, 1);
    }

    function test_RevertWhen_ModuleInitializationReverts() public {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        p.allocations[0].amount -= 5 ether;
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = _splitterModule(ISA_TOKENS);
        modules[1] = IPersonalTokenFactory.ModuleParams({
            implementation: address(revertingImpl), tokenAmount: 5 ether, data: ""
        });
        _expectModulesLaunchRevert(
            p, modules, abi.encodeWithSelector(RevertingModule.RevertingModule_Refused.selector, 5 ether)
        );
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _splitterModule(uint256 amount) internal view returns (IPersonalTokenFactory.ModuleParams memory) {
        return IPersonalTokenFactory.ModuleParams({
            implementation: address(splitterImpl), tokenAmount: amount, data: abi.encode(_alexTerms(address(usdc)))
        });
    }

    /// @dev Recording modules with `amounts`, beside a plain launch; expects ModulesExceedSupply(index, SUPPLY).
    function _expectModulesExceed(uint256[] memory amounts, uint256 index) internal {
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](amounts.length);
        for (uint256 i; i < amounts.length; ++i) {
            modules[i] = IPersonalTokenFactory.ModuleParams({
                implementation: address(recordingImpl), tokenAmount: amounts[i], data: ""
            });
        }
        _expectModulesLaunchRevert(
            _plainParams(SUPPLY),
            modules,
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_ModulesExceedSupply.selector, index, SUPPLY
            )
        );
    }

    function _assertNoModuleLaunched(Vm.Log[] memory logs) internal view {
        assertGt(logs.length, 0);
        for (uint256 i; i < logs.length; ++i) {
            assertFalse(
                logs[i].emitter == address(factory)
                    && logs[i].topics[0] == IPersonalTokenFactory.ModuleLaunched.selector
            );
        }
    }
}
