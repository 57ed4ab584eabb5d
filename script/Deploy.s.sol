// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console2} from "forge-std/Script.sol";

import {CreatorVesting} from "../contracts/CreatorVesting.sol";
import {PersonalTokenFactory} from "../contracts/PersonalTokenFactory.sol";
import {HolderPolls} from "../contracts/modules/HolderPolls.sol";
import {IncomeShareSplitter} from "../contracts/modules/IncomeShareSplitter.sol";
import {PersonalLoan} from "../contracts/modules/PersonalLoan.sol";
import {StakingRewards} from "../contracts/modules/StakingRewards.sol";
import {TimeEscrow} from "../contracts/modules/TimeEscrow.sol";

/// @notice Deploys the implementations and the factory through the standard CREATE2 deployer
/// (0x4e59b44847b379578588920cA78FbF26c0B4956C, pre-deployed by anvil and on most chains), so the protocol has the
/// same addresses on every chain, and writes them to `deployments/<chainId>.json` for the SDK.
/// @dev Idempotent: contracts already at their address are left alone. Run:
/// `forge script script/Deploy.s.sol --rpc-url $RPC --broadcast --private-key $KEY` (or --account for a keystore).
contract Deploy is Script {
    /// @dev Bump to deploy a new, separate generation of the protocol.
    bytes32 internal constant SALT = keccak256("personal-token.v1");

    struct Deployment {
        address tokenImplementation;
        address vestingImplementation;
        address factory;
        address incomeShareSplitterImplementation;
        address timeEscrowImplementation;
        address stakingRewardsImplementation;
        address holderPollsImplementation;
        address personalLoanImplementation;
    }

    function run() external returns (Deployment memory d) {
        d = deploy();
        _write(d);
    }

    /// @notice Deploys whatever is missing, without writing the deployments file.
    function deploy() public returns (Deployment memory d) {
        d = predict();
        vm.startBroadcast();
        if (d.vestingImplementation.code.length == 0) new CreatorVesting{salt: SALT}();
        if (d.incomeShareSplitterImplementation.code.length == 0) new IncomeShareSplitter{salt: SALT}();
        if (d.timeEscrowImplementation.code.length == 0) new TimeEscrow{salt: SALT}();
        if (d.stakingRewardsImplementation.code.length == 0) new StakingRewards{salt: SALT}();
        if (d.holderPollsImplementation.code.length == 0) new HolderPolls{salt: SALT}();
        if (d.personalLoanImplementation.code.length == 0) new PersonalLoan{salt: SALT}();
        if (d.factory.code.length == 0) {
            new PersonalTokenFactory{salt: SALT}(d.vestingImplementation, d.holderPollsImplementation);
        }
        vm.stopBroadcast();
    }

    /// @notice The addresses `run` deploys to, on any chain.
    function predict() public pure returns (Deployment memory d) {
        d.vestingImplementation = _create2(type(CreatorVesting).creationCode);
        d.incomeShareSplitterImplementation = _create2(type(IncomeShareSplitter).creationCode);
        d.timeEscrowImplementation = _create2(type(TimeEscrow).creationCode);
        d.stakingRewardsImplementation = _create2(type(StakingRewards).creationCode);
        d.holderPollsImplementation = _create2(type(HolderPolls).creationCode);
        d.personalLoanImplementation = _create2(type(PersonalLoan).creationCode);
        d.factory = _create2(
            abi.encodePacked(
                type(PersonalTokenFactory).creationCode,
                abi.encode(d.vestingImplementation, d.holderPollsImplementation)
            )
        );
        // The factory deploys the token implementation in its constructor (its first CREATE: nonce 1).
        d.tokenImplementation = vm.computeCreateAddress(d.factory, 1);
    }

    function _create2(bytes memory initCode) private pure returns (address) {
        return vm.computeCreate2Address(SALT, keccak256(initCode), CREATE2_FACTORY);
    }

    function _write(Deployment memory d) private {
        string memory key = "deployment";
        vm.serializeUint(key, "chainId", block.chainid);
        vm.serializeAddress(key, "tokenImplementation", d.tokenImplementation);
        vm.serializeAddress(key, "vestingImplementation", d.vestingImplementation);
        vm.serializeAddress(key, "incomeShareSplitterImplementation", d.incomeShareSplitterImplementation);
        vm.serializeAddress(key, "timeEscrowImplementation", d.timeEscrowImplementation);
        vm.serializeAddress(key, "stakingRewardsImplementation", d.stakingRewardsImplementation);
        vm.serializeAddress(key, "holderPollsImplementation", d.holderPollsImplementation);
        vm.serializeAddress(key, "personalLoanImplementation", d.personalLoanImplementation);
        string memory json = vm.serializeAddress(key, "factory", d.factory);
        string memory path = string.concat("deployments/", vm.toString(block.chainid), ".json");
        vm.writeJson(json, path);
        console2.log("PersonalTokenFactory:", d.factory);
        console2.log("PersonalToken implementation:", d.tokenImplementation);
        console2.log("CreatorVesting implementation:", d.vestingImplementation);
        console2.log("IncomeShareSplitter implementation:", d.incomeShareSplitterImplementation);
        console2.log("TimeEscrow implementation:", d.timeEscrowImplementation);
        console2.log("StakingRewards implementation:", d.stakingRewardsImplementation);
        console2.log("HolderPolls implementation:", d.holderPollsImplementation);
        console2.log("PersonalLoan implementation:", d.personalLoanImplementation);
        console2.log("Deployments written to", path);
    }
}
