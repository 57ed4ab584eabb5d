// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {PersonalTokenFactory} from "../../contracts/PersonalTokenFactory.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {ArrayBuilder} from "./ArrayBuilder.sol";

/// @notice Deploys the protocol once and offers launch helpers shared by every suite.
abstract contract BaseTest is Test {
    uint256 internal constant SUPPLY = 10_000_000 ether;
    uint64 internal constant CLIFF = 180 days;
    uint64 internal constant DURATION = 3 * 365 days;

    PersonalToken internal tokenImpl;
    HolderPolls internal pollsImpl;
    CreatorVesting internal vestingImpl;
    PersonalTokenFactory internal factory;

    address internal creator = makeAddr("creator");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vestingImpl = new CreatorVesting();
        pollsImpl = new HolderPolls();
        factory = new PersonalTokenFactory(address(vestingImpl), address(pollsImpl));
        tokenImpl = PersonalToken(factory.tokenImplementation());
    }

    /// @dev 10M supply: 4M creator liquid, 1M alice, 5M vested to the creator (180-day cliff, 3 years).
    function _defaultParams() internal view returns (IPersonalTokenFactory.LaunchParams memory p) {
        Allocation[] memory allocations = new Allocation[](2);
        allocations[0] = Allocation({recipient: creator, amount: 4_000_000 ether});
        allocations[1] = Allocation({recipient: alice, amount: 1_000_000 ether});
        p = IPersonalTokenFactory.LaunchParams({
            name: "Alex Masmej",
            symbol: "ALEX",
            contractURI: "ipfs://alex",
            totalSupply: SUPPLY,
            allocations: allocations,
            vesting: IPersonalTokenFactory.VestingParams({amount: 5_000_000 ether, cliff: CLIFF, duration: DURATION}),
            salt: keccak256("ALEX")
        });
    }

    /// @dev Whole supply to `creator`, no vesting.
    function _plainParams(uint256 supply) internal view returns (IPersonalTokenFactory.LaunchParams memory p) {
        Allocation[] memory allocations = new Allocation[](1);
        allocations[0] = Allocation({recipient: creator, amount: supply});
        p = IPersonalTokenFactory.LaunchParams({
            name: "Plain",
            symbol: "PLN",
            contractURI: "",
            totalSupply: supply,
            allocations: allocations,
            vesting: IPersonalTokenFactory.VestingParams({amount: 0, cliff: 0, duration: 0}),
            salt: bytes32(0)
        });
    }

    function _launch(IPersonalTokenFactory.LaunchParams memory p)
        internal
        returns (PersonalToken token, CreatorVesting vesting)
    {
        vm.prank(creator);
        (address t, address v) = factory.launch(p);
        token = PersonalToken(t);
        vesting = CreatorVesting(v);
    }

    /// @dev Launches `p` as the creator with the single module `m`; returns the token and the module's clone.
    function _launchWithModule(IPersonalTokenFactory.LaunchParams memory p, IPersonalTokenFactory.ModuleParams memory m)
        internal
        returns (address token, address module)
    {
        vm.prank(creator);
        (address t,, address[] memory modules) = factory.launchWithModules(p, ArrayBuilder.modules(m));
        return (t, modules[0]);
    }
}
