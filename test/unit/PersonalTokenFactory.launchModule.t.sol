// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RecordingModule} from "../utils/mocks/RecordingModule.sol";
import {RevertingModule} from "../utils/mocks/RevertingModule.sol";

/// @notice Unit tests for {PersonalTokenFactory-launchModule} (modules added after launch) and {moduleCountOf}.
contract PersonalTokenFactoryLaunchModuleTest is BaseTest {
    RecordingModule internal moduleImpl;
    PersonalToken internal token;

    function setUp() public override {
        super.setUp();
        moduleImpl = new RecordingModule();
        (token,) = _launch(_defaultParams());
    }

    function _params(uint256 amount, bytes memory data)
        internal
        view
        returns (IPersonalTokenFactory.ModuleParams memory)
    {
        return
            IPersonalTokenFactory.ModuleParams({implementation: address(moduleImpl), tokenAmount: amount, data: data});
    }

    function _launchModule(uint256 amount) internal returns (RecordingModule m) {
        vm.startPrank(creator);
        token.approve(address(factory), amount);
        m = RecordingModule(factory.launchModule(address(token), _params(amount, hex"beef")));
        vm.stopPrank();
    }

    function test_Launch_PlainLaunchHasNoModules() public view {
        assertEq(factory.moduleCountOf(address(token)), 0);
        IPersonalTokenFactory.Launch memory l = factory.launchOf(address(token));
        assertEq(l.creator, creator);
        assertEq(l.launchedAt, block.timestamp);
        assertTrue(l.vesting != address(0));
    }

    function test_LaunchModule_ClonesAtTheNextIndexFundsAndInitializes() public {
        address predicted = factory.predictModuleAddress(address(token), address(moduleImpl), 0);
        uint256 creatorBefore = token.balanceOf(creator);
        vm.startPrank(creator);
        token.approve(address(factory), 1000 ether);
        vm.expectEmit(address(factory));
        emit IPersonalTokenFactory.ModuleLaunched(
            address(token), predicted, address(moduleImpl), 0, 1000 ether, hex"beef"
        );
        address m = factory.launchModule(address(token), _params(1000 ether, hex"beef"));
        vm.stopPrank();

        assertEq(m, predicted);
        RecordingModule module = RecordingModule(m);
        assertEq(module.token(), address(token));
        assertEq(module.creator(), creator);
        assertEq(module.tokenAmount(), 1000 ether);
        assertEq(module.data(), hex"beef");
        assertEq(module.caller(), address(factory));
        assertEq(module.balanceAtInit(), 1000 ether, "funded before initialization");
        assertEq(token.balanceOf(m), 1000 ether);
        assertEq(token.balanceOf(creator), creatorBefore - 1000 ether);
        assertEq(token.balanceOf(address(factory)), 0, "the factory holds nothing");
        assertEq(factory.moduleTokenOf(m), address(token));
        assertEq(factory.moduleCountOf(address(token)), 1);
    }

    function test_LaunchModule_WithoutTokensMovesNothing() public {
        uint256 creatorBefore = token.balanceOf(creator);
        RecordingModule m = _launchModule(0);
        assertEq(m.tokenAmount(), 0);
        assertEq(token.balanceOf(address(m)), 0);
        assertEq(token.balanceOf(creator), creatorBefore);
    }

    function test_LaunchModule_IndexesContinueAfterTheLaunchModules() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("with modules");
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = _params(0, "");
        modules[1] = _params(0, "");
        vm.prank(creator);
        (address t,, address[] memory launched) = factory.launchWithModules(p, modules);
        assertEq(factory.moduleCountOf(t), 2);

        address next = factory.predictModuleAddress(t, address(moduleImpl), factory.moduleCountOf(t));
        vm.prank(creator);
        address m = factory.launchModule(t, _params(0, ""));
        assertEq(m, next);
        assertTrue(m != launched[0] && m != launched[1]);
        assertEq(factory.moduleCountOf(t), 3);
        vm.prank(creator);
        assertEq(factory.launchModule(t, _params(0, "")), factory.predictModuleAddress(t, address(moduleImpl), 3));
        assertEq(factory.moduleCountOf(t), 4);
        assertEq(factory.launchOf(t).creator, creator, "the launch record is intact");
    }

    function test_LaunchModule_StaysWithTheLaunchCreatorAfterAnOwnershipTransfer() public {
        vm.prank(creator);
        token.transferOwnership(alice);
        vm.prank(alice);
        token.acceptOwnership();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPersonalTokenFactory.PersonalTokenFactory_NotCreator.selector, address(token), alice
            )
        );
        factory.launchModule(address(token), _params(0, ""));
        _launchModule(0);
    }

    function test_RevertWhen_LaunchModule_UnknownToken() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_UnknownToken.selector, address(0xBEEF))
        );
        vm.prank(creator);
        factory.launchModule(address(0xBEEF), _params(0, ""));
    }

    function test_RevertWhen_LaunchModule_NotCreator() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_NotCreator.selector, address(token), bob)
        );
        vm.prank(bob);
        factory.launchModule(address(token), _params(0, ""));
    }

    function test_RevertWhen_LaunchModule_ImplementationWithoutCode() public {
        IPersonalTokenFactory.ModuleParams memory m = _params(0, "");
        m.implementation = makeAddr("no code");
        vm.expectRevert(abi.encodeWithSelector(IPersonalTokenFactory.PersonalTokenFactory_InvalidModule.selector, 0));
        vm.prank(creator);
        factory.launchModule(address(token), m);
    }

    function test_RevertWhen_LaunchModule_NotApproved() public {
        address predicted = factory.predictModuleAddress(address(token), address(moduleImpl), 0);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(factory), 0, 1 ether)
        );
        vm.prank(creator);
        factory.launchModule(address(token), _params(1 ether, ""));
        assertEq(predicted.code.length, 0, "nothing deployed");
        assertEq(factory.moduleCountOf(address(token)), 0);
    }

    function test_RevertWhen_LaunchModule_InitializationFails() public {
        RevertingModule refusing = new RevertingModule();
        IPersonalTokenFactory.ModuleParams memory m = _params(0, "");
        m.implementation = address(refusing);
        vm.expectRevert(abi.encodeWithSelector(RevertingModule.RevertingModule_Refused.selector, 0));
        vm.prank(creator);
        factory.launchModule(address(token), m);
        assertEq(factory.moduleCountOf(address(token)), 0);
    }
}
