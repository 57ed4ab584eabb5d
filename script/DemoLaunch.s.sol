// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console2} from "forge-std/Script.sol";

import {PersonalToken} from "../contracts/PersonalToken.sol";
import {ICreatorVesting} from "../contracts/interfaces/ICreatorVesting.sol";
import {IPersonalTokenFactory} from "../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../contracts/types/Allocation.sol";

/// @notice Launches the demo's $ALEX through the deployed factory (read from `deployments/<chainId>.json`) and prints
/// the token, its allocations and the creator's vesting schedule. Used by `pnpm demo`.
contract DemoLaunch is Script {
    function run() external returns (address token, address vesting) {
        string memory path = string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json");
        IPersonalTokenFactory factory = IPersonalTokenFactory(vm.parseJsonAddress(vm.readFile(path), ".factory"));
        address supporter = vm.envOr("DEMO_SUPPORTER", address(0x70997970C51812dc3A010C7d01b50e0d17dc79C8));

        vm.startBroadcast();
        (, address creator,) = vm.readCallers();
        Allocation[] memory allocations = new Allocation[](2);
        allocations[0] = Allocation({recipient: creator, amount: 4_000_000 ether});
        allocations[1] = Allocation({recipient: supporter, amount: 1_000_000 ether});
        (token, vesting) = factory.launch(
            IPersonalTokenFactory.LaunchParams({
                name: "Alex Masmej",
                symbol: "ALEX",
                contractURI: "ipfs://bafkreialexmasmejprofile",
                totalSupply: 10_000_000 ether,
                allocations: allocations,
                vesting: IPersonalTokenFactory.VestingParams({
                    amount: 5_000_000 ether, cliff: 180 days, duration: 3 * 365 days
                }),
                salt: keccak256("ALEX")
            })
        );
        vm.stopBroadcast();

        PersonalToken alex = PersonalToken(token);
        console2.log("Launched %s (%s) at %s", alex.name(), alex.symbol(), token);
        console2.log("  creator        %s", creator);
        console2.log("  total supply   %s ALEX", alex.totalSupply() / 1 ether);
        console2.log("  creator        %s ALEX liquid", alex.balanceOf(creator) / 1 ether);
        console2.log("  supporter      %s ALEX (%s)", alex.balanceOf(supporter) / 1 ether, supporter);
        ICreatorVesting v = ICreatorVesting(vesting);
        console2.log("  vesting wallet %s ALEX locked at %s", alex.balanceOf(vesting) / 1 ether, vesting);
        console2.log("    cliff ends %s, fully vested %s (unix time)", v.cliffEnd(), v.end());
        console2.log("  votes of supporter without delegating: %s", alex.getVotes(supporter) / 1 ether);
    }
}
