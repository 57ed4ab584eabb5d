// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {console} from "forge-std/console.sol";

import {CreatorVesting} from "../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {PersonalTokenFactory} from "../../contracts/PersonalTokenFactory.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseHandler} from "../invariant/handlers/BaseHandler.sol";
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

    /// @dev Expects launching `p` with `modules` as the creator to revert with exactly `err`, leaving no token, no
    /// vesting wallet, no module and no registry entry.
    function _expectModulesLaunchRevert(
        IPersonalTokenFactory.LaunchParams memory p,
        IPersonalTokenFactory.ModuleParams[] memory modules,
        bytes memory err
    ) internal {
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, p.salt);
        uint256 launchedBefore = factory.tokenCountByCreator(creator);
        vm.expectRevert(err);
        vm.prank(creator);
        factory.launchWithModules(p, modules);

        assertEq(predictedToken.code.length, 0);
        assertEq(predictedVesting.code.length, 0);
        assertFalse(factory.isLaunched(predictedToken));
        assertEq(factory.launchOf(predictedToken).creator, address(0));
        assertEq(factory.tokenCountByCreator(creator), launchedBefore);
        for (uint256 i; i < modules.length; ++i) {
            address module = factory.predictModuleAddress(predictedToken, modules[i].implementation, i);
            assertEq(module.code.length, 0);
            assertEq(factory.moduleTokenOf(module), address(0));
        }
    }

    /// @dev `n` labelled addresses: `prefix0`, `prefix1`, ...
    function _makeAddrs(string memory prefix, uint256 n) internal returns (address[] memory addrs) {
        addrs = new address[](n);
        for (uint256 i; i < n; ++i) {
            addrs[i] = makeAddr(string.concat(prefix, vm.toString(i)));
        }
    }

    /// @dev The invariant fuzzer calls `handler` only, and only through `selectors` (a selector listed twice is
    /// picked twice as often). For a suite that runs a subset of its handler's actions, or weighs some: one that runs
    /// them all, each as often, needs only `targetContract(address(handler))` (see {BaseHandler}).
    function _targetSelectors(address handler, bytes4[] memory selectors) internal {
        targetSelector(FuzzSelector({addr: handler, selectors: selectors}));
        targetContract(handler);
    }

    /// @dev The sum of `balanceOf(account)` over `accounts` (any per-account amount: a balance, a stake, a claim).
    function _sumOf(address[] memory accounts, function(address) external view returns (uint256) balanceOf)
        internal
        view
        returns (uint256 sum)
    {
        for (uint256 i; i < accounts.length; ++i) {
            sum += balanceOf(accounts[i]);
        }
    }

    /// @dev Asserts that each of `accounts` has by `balanceOf` what the handler's ledger says (`ledgerOf`), failing
    /// with `err`, and returns the sum.
    function _sumMatchingLedger(
        address[] memory accounts,
        function(address) external view returns (uint256) balanceOf,
        function(address) external view returns (uint256) ledgerOf,
        string memory err
    ) internal view returns (uint256 sum) {
        for (uint256 i; i < accounts.length; ++i) {
            uint256 balance = balanceOf(accounts[i]);
            assertEq(balance, ledgerOf(accounts[i]), err);
            sum += balance;
        }
    }

    /// @dev Prints how often each of `actions` (names separated by single spaces) ran in `handler`, zeros included,
    /// so a summary shows an action the fuzzer never reached.
    function _logCalls(BaseHandler handler, string memory actions) internal view {
        string[] memory names = vm.split(actions, " ");
        for (uint256 i; i < names.length; ++i) {
            console.log(names[i], handler.calls(names[i]));
        }
    }
}
