// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console2} from "forge-std/Script.sol";

import {PersonalToken} from "../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../contracts/interfaces/ITimeEscrow.sol";

/// @notice The end of the demo's hour: the supporter confirms the session DemoLaunch.s.sol booked, and the 25,000 ALEX
/// locked for it reach the creator. Finds everything from the deterministic addresses (creator = the script's key).
contract DemoRedeem is Script {
    function run() external {
        string memory json =
            vm.readFile(string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json"));
        IPersonalTokenFactory factory = IPersonalTokenFactory(vm.parseJsonAddress(json, ".factory"));
        uint256 supporterKey =
            vm.envOr("DEMO_SUPPORTER_KEY", uint256(0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d));
        address supporter = vm.addr(supporterKey);
        vm.startBroadcast();
        (, address creator,) = vm.readCallers();
        vm.stopBroadcast();
        (address token,) = factory.predictAddresses(creator, keccak256("ALEX"));
        ITimeEscrow escrow =
            ITimeEscrow(factory.predictModuleAddress(token, vm.parseJsonAddress(json, ".timeEscrowImplementation"), 0));
        ITimeEscrow.Request memory req = escrow.getRequest(0);

        vm.broadcast(supporterKey);
        escrow.confirm(0);

        PersonalToken alex = PersonalToken(token);
        console2.log("An hour later (time warped on anvil), the supporter confirmed request 0:");
        console2.log("  %s ALEX released from the escrow to the creator", req.amount / 1 ether);
        console2.log("  creator now holds %s ALEX liquid", alex.balanceOf(creator) / 1 ether);
        console2.log("  supporter now holds %s ALEX (%s)", alex.balanceOf(supporter) / 1 ether, supporter);
        console2.log("  escrow holds %s ALEX", alex.balanceOf(address(escrow)) / 1 ether);
    }
}
