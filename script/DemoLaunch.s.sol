// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console2} from "forge-std/Script.sol";

import {PersonalToken} from "../contracts/PersonalToken.sol";
import {TimeEscrow} from "../contracts/TimeEscrow.sol";
import {ICreatorVesting} from "../contracts/interfaces/ICreatorVesting.sol";
import {IPersonalTokenFactory} from "../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../contracts/interfaces/ITimeEscrow.sol";
import {Allocation} from "../contracts/types/Allocation.sol";

/// @notice Launches the demo's $ALEX with a time escrow through the deployed factory (read from
/// `deployments/<chainId>.json`), prints the token, its allocations and vesting, then plays "selling your time": the
/// supporter locks 25,000 ALEX for one hour and the creator accepts (DemoRedeem.s.sol confirms it after the hour).
/// Used by `pnpm demo`; the creator broadcasts with the script's key, the supporter with
/// `DEMO_SUPPORTER_KEY` (anvil's second account by default).
contract DemoLaunch is Script {
    uint256 internal constant HOUR_PRICE = 25_000 ether;

    function run() external returns (address token, address vesting, address escrow) {
        string memory json =
            vm.readFile(string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json"));
        IPersonalTokenFactory factory = IPersonalTokenFactory(vm.parseJsonAddress(json, ".factory"));
        uint256 supporterKey =
            vm.envOr("DEMO_SUPPORTER_KEY", uint256(0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d));
        address supporter = vm.envOr("DEMO_SUPPORTER", vm.addr(supporterKey));

        vm.startBroadcast();
        (, address creator,) = vm.readCallers();
        address[] memory modules;
        (token, vesting, modules) = factory.launchWithModules(
            _launchParams(creator, supporter), _escrowModule(vm.parseJsonAddress(json, ".timeEscrowImplementation"))
        );
        vm.stopBroadcast();
        escrow = modules[0];
        _printLaunch(PersonalToken(token), creator, supporter, vesting);

        // Selling your time: 25,000 ALEX buys one hour, scheduled a minute from now (`pnpm demo` then lets an hour
        // pass on anvil and runs DemoRedeem.s.sol, where the supporter confirms).
        TimeEscrow timeEscrow = TimeEscrow(escrow);
        vm.startBroadcast(supporterKey);
        PersonalToken(token).approve(escrow, HOUR_PRICE);
        uint256 requestId = timeEscrow.request(0, 1, keccak256("Advice on launching a personal token"));
        vm.stopBroadcast();
        vm.broadcast();
        timeEscrow.accept(requestId, uint64(block.timestamp + 1 minutes));

        console2.log("Time escrow at %s: offer 0 = %s ALEX for one hour", escrow, HOUR_PRICE / 1 ether);
        console2.log("  supporter locked %s ALEX for 1 hour (request %s)", HOUR_PRICE / 1 ether, requestId);
        console2.log("  creator accepted it, starting in a minute");
    }

    function _launchParams(address creator, address supporter)
        internal
        pure
        returns (IPersonalTokenFactory.LaunchParams memory)
    {
        Allocation[] memory allocations = new Allocation[](2);
        allocations[0] = Allocation({recipient: creator, amount: 4_000_000 ether});
        allocations[1] = Allocation({recipient: supporter, amount: 1_000_000 ether});
        return IPersonalTokenFactory.LaunchParams({
            name: "Alex Masmej",
            symbol: "ALEX",
            contractURI: "ipfs://bafkreialexmasmejprofile",
            totalSupply: 10_000_000 ether,
            allocations: allocations,
            vesting: IPersonalTokenFactory.VestingParams({
                amount: 5_000_000 ether, cliff: 180 days, duration: 3 * 365 days
            }),
            salt: keccak256("ALEX")
        });
    }

    function _escrowModule(address implementation)
        internal
        pure
        returns (IPersonalTokenFactory.ModuleParams[] memory modules)
    {
        ITimeEscrow.Offer[] memory offers = new ITimeEscrow.Offer[](1);
        offers[0] = ITimeEscrow.Offer({
            pricePerUnit: HOUR_PRICE, unitLength: 1 hours, capacity: 10, open: true, burn: false, uri: "ipfs://an-hour"
        });
        ITimeEscrow.Config memory config = ITimeEscrow.Config({
            arbiter: address(0),
            confirmationWindow: 3 days,
            deliveryGrace: 2 days,
            arbitrationTimeout: 0,
            capacityPeriod: 30 days
        });
        modules = new IPersonalTokenFactory.ModuleParams[](1);
        modules[0] = IPersonalTokenFactory.ModuleParams({
            implementation: implementation, tokenAmount: 0, data: abi.encode(config, offers)
        });
    }

    function _printLaunch(PersonalToken alex, address creator, address supporter, address vesting) internal view {
        console2.log("Launched %s (%s) at %s", alex.name(), alex.symbol(), address(alex));
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
