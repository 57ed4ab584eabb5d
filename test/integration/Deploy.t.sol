// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {PersonalTokenFactory} from "../../contracts/PersonalTokenFactory.sol";
import {Deploy} from "../../script/Deploy.s.sol";

/// @notice The deploy script lands every contract at its predicted CREATE2 address, is idempotent, and the committed
/// anvil deployments file (read by the SDK and the demo) matches the current bytecode.
contract DeployScriptTest is Test {
    Deploy internal deployer;

    function setUp() public {
        deployer = new Deploy();
    }

    function test_Deploy_DeploysAtPredictedAddresses() public {
        Deploy.Deployment memory predicted = deployer.predict();
        Deploy.Deployment memory d = deployer.deploy();

        assertEq(d.factory, predicted.factory);
        assertGt(d.factory.code.length, 0, "factory");
        assertGt(d.tokenImplementation.code.length, 0, "token implementation");
        assertGt(d.vestingImplementation.code.length, 0, "vesting implementation");
        assertGt(d.incomeShareSplitterImplementation.code.length, 0, "income share splitter implementation");
        assertGt(d.timeEscrowImplementation.code.length, 0, "time escrow implementation");
        assertGt(d.personalLoanImplementation.code.length, 0, "personal loan implementation");
        PersonalTokenFactory factory = PersonalTokenFactory(d.factory);
        assertEq(factory.tokenImplementation(), d.tokenImplementation);
        assertEq(factory.vestingImplementation(), d.vestingImplementation);
    }

    function test_Deploy_IsIdempotent() public {
        Deploy.Deployment memory first = deployer.deploy();
        bytes32 codeHash = first.factory.codehash;
        Deploy.Deployment memory second = deployer.deploy();
        assertEq(second.factory, first.factory);
        assertEq(second.factory.codehash, codeHash);
    }

    function test_CommittedAnvilDeployments_MatchBytecode() public view {
        string memory json = vm.readFile("deployments/31337.json");
        Deploy.Deployment memory predicted = deployer.predict();
        assertEq(vm.parseJsonUint(json, ".chainId"), 31_337);
        assertEq(vm.parseJsonAddress(json, ".factory"), predicted.factory, "run `pnpm demo` and commit deployments/");
        assertEq(vm.parseJsonAddress(json, ".tokenImplementation"), predicted.tokenImplementation);
        assertEq(vm.parseJsonAddress(json, ".vestingImplementation"), predicted.vestingImplementation);
        assertEq(
            vm.parseJsonAddress(json, ".incomeShareSplitterImplementation"), predicted.incomeShareSplitterImplementation
        );
        assertEq(vm.parseJsonAddress(json, ".timeEscrowImplementation"), predicted.timeEscrowImplementation);
        assertEq(vm.parseJsonAddress(json, ".stakingRewardsImplementation"), predicted.stakingRewardsImplementation);
        assertEq(vm.parseJsonAddress(json, ".holderPollsImplementation"), predicted.holderPollsImplementation);
        assertEq(vm.parseJsonAddress(json, ".personalLoanImplementation"), predicted.personalLoanImplementation);
    }
}
