// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Launch and transfer gas, side by side in one run: our token launched as a clone through the factory, the
/// same token deployed with `new` (implementation bytecode + the same initialization), and the plain-token anchor,
/// OpenZeppelin 4.9's `ERC20PresetFixedSupply`, deployed from its npm build artifact. Figures land in
/// `snapshots/LaunchBenchmark.json` (run `pnpm gas`); the README reports them as ratios.
/// @dev One measurement per test so every one starts from the same cold state.
contract LaunchBenchmark is BaseTest {
    string internal constant ANCHOR_ARTIFACT =
        "node_modules/@openzeppelin/contracts-v4/build/contracts/ERC20PresetFixedSupply.json";
    string internal constant GROUP = "LaunchBenchmark";

    // Lower bound for a transaction that creates any fixed-supply token with one holder (EIP-2929/3529 prices; the
    // figures below are measured with --isolate, so they include the 21,000 transaction base too):
    // CREATE2 of the 55-byte EIP-1167 init code (32,000 + 12 hashing + 45 bytes x 200 deposit + ~30 execution),
    // four cold zero-to-non-zero SSTOREs that no token can skip (totalSupply, the holder's balance, name, symbol:
    // 22,100 each), and the ERC-20 `Transfer` log from zero (375 + 3 x 375 + 32 x 8).
    uint256 internal constant LOWER_BOUND_CREATE = 32_000 + 12 + 45 * 200 + 30;
    uint256 internal constant LOWER_BOUND_STORAGE = 4 * 22_100;
    uint256 internal constant LOWER_BOUND_LOG = 375 + 3 * 375 + 32 * 8;
    uint256 internal constant TX_BASE = 21_000;
    uint256 internal constant LOWER_BOUND = TX_BASE + LOWER_BOUND_CREATE + LOWER_BOUND_STORAGE + LOWER_BOUND_LOG;

    address internal holder = makeAddr("holder");
    address internal fresh = makeAddr("fresh");

    function _deployAnchor(address owner, uint256 supply) internal returns (address anchor) {
        bytes memory code = vm.parseJsonBytes(vm.readFile(ANCHOR_ARTIFACT), ".bytecode");
        bytes memory initCode = abi.encodePacked(code, abi.encode("Alex Masmej", "ALEX", supply, owner));
        assembly ("memory-safe") {
            anchor := create(0, add(initCode, 0x20), mload(initCode))
        }
        require(anchor != address(0), "anchor deploy failed");
    }

    function _oneHolderParams() internal view returns (IPersonalTokenFactory.LaunchParams memory p) {
        p = _plainParams(SUPPLY);
        p.name = "Alex Masmej";
        p.symbol = "ALEX";
    }

    function _oneHolder() internal pure returns (Allocation[] memory allocations, uint256 supply) {
        allocations = new Allocation[](1);
        allocations[0] = Allocation({recipient: address(0xA11CE), amount: SUPPLY});
        supply = SUPPLY;
    }

    // ---------------------------------------------------------------- launch

    /// @notice Clone + initialize + registry through the factory, one holder, no vesting (the anchor's shape).
    function test_Gas_Launch_FactoryClone_OneHolder() public {
        IPersonalTokenFactory.LaunchParams memory p = _oneHolderParams();
        vm.prank(creator);
        factory.launch(p);
        uint256 used = vm.snapshotGasLastCall(GROUP, "launch_factoryClone_oneHolder");
        assertGt(used, LOWER_BOUND, "a launch cannot beat the lower bound");
    }

    /// @notice The $ALEX launch: two holders, the creator's share in a vesting wallet, a profile URI.
    function test_Gas_Launch_FactoryClone_AlexWithVesting() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        vm.prank(creator);
        factory.launch(p);
        vm.snapshotGasLastCall(GROUP, "launch_factoryClone_alexWithVesting");
    }

    /// @notice The same token deployed with `new`: the full bytecode deposit...
    function test_Gas_Launch_New_Deploy() public {
        vm.startSnapshotGas(GROUP, "launch_new_deployBytecode");
        new PersonalToken(address(pollsImpl));
        vm.stopSnapshotGas();
    }

    /// @notice ...plus the same initialization writes (measured on a bare clone, without the factory's registry).
    function test_Gas_Launch_New_Initialize() public {
        PersonalToken token = PersonalToken(Clones.clone(address(tokenImpl)));
        (Allocation[] memory allocations,) = _oneHolder();
        vm.prank(address(factory));
        token.initialize("Alex Masmej", "ALEX", "", creator, allocations);
        vm.snapshotGasLastCall(GROUP, "launch_new_initialize");
    }

    /// @notice The anchor: OpenZeppelin 4.9 ERC20PresetFixedSupply (no permit, no votes), one holder.
    function test_Gas_Launch_AnchorPresetFixedSupply() public {
        bytes memory code = vm.parseJsonBytes(vm.readFile(ANCHOR_ARTIFACT), ".bytecode");
        bytes memory initCode = abi.encodePacked(code, abi.encode("Alex Masmej", "ALEX", SUPPLY, address(0xA11CE)));
        address anchor;
        vm.startSnapshotGas(GROUP, "launch_anchor_presetFixedSupply");
        assembly ("memory-safe") {
            anchor := create(0, add(initCode, 0x20), mload(initCode))
        }
        vm.stopSnapshotGas();
        assertEq(IERC20(anchor).totalSupply(), SUPPLY);
    }

    /// @notice The computed lower bound, recorded beside the measurements; a bound that a real minimal token (the
    /// anchor) beat would be wrong.
    function test_Gas_Launch_LowerBound() public {
        vm.snapshotValue(GROUP, "launch_lowerBound", LOWER_BOUND);
        uint256 before = gasleft();
        _deployAnchor(address(0xA11CE), SUPPLY);
        assertGt(before - gasleft(), LOWER_BOUND - TX_BASE, "the anchor cannot beat the lower bound");
    }

    // ---------------------------------------------------------------- transfer: what vote checkpoints cost

    function _ourToken() internal returns (IERC20 token) {
        IPersonalTokenFactory.LaunchParams memory p = _oneHolderParams();
        p.allocations[0].recipient = holder;
        vm.prank(creator);
        (address t,) = factory.launch(p);
        token = IERC20(t);
    }

    /// @notice First transfer to a new holder, later block: balance + a new checkpoint on each side.
    function test_Gas_Transfer_Ours_ToNewHolder() public {
        IERC20 token = _ourToken();
        vm.warp(block.timestamp + 1);
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.snapshotGasLastCall(GROUP, "transfer_ours_toNewHolder");
    }

    function test_Gas_Transfer_Anchor_ToNewHolder() public {
        IERC20 token = IERC20(_deployAnchor(holder, SUPPLY));
        vm.warp(block.timestamp + 1);
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.snapshotGasLastCall(GROUP, "transfer_anchor_toNewHolder");
    }

    /// @notice Transfer between two existing holders in a later block (the steady state).
    function test_Gas_Transfer_Ours_BetweenHolders() public {
        IERC20 token = _ourToken();
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.warp(block.timestamp + 1);
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.snapshotGasLastCall(GROUP, "transfer_ours_betweenHolders");
    }

    function test_Gas_Transfer_Anchor_BetweenHolders() public {
        IERC20 token = IERC20(_deployAnchor(holder, SUPPLY));
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.warp(block.timestamp + 1);
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.snapshotGasLastCall(GROUP, "transfer_anchor_betweenHolders");
    }

    /// @notice Same block as the previous transfer: checkpoints are updated in place, not pushed.
    function test_Gas_Transfer_Ours_SameBlock() public {
        IERC20 token = _ourToken();
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.prank(holder);
        assertTrue(token.transfer(fresh, 1 ether));
        vm.snapshotGasLastCall(GROUP, "transfer_ours_sameBlock");
    }
}
