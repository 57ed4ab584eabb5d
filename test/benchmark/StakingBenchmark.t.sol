// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @dev The calls both contracts share (Synthetix `IStakingRewards`); return values are ignored.
interface IStakingLike {
    function stake(uint256 amount) external;
    function withdraw(uint256 amount) external;
    function getReward() external;
    function exit() external;
    function notifyRewardAmount(uint256 reward) external;
    function balanceOf(address account) external view returns (uint256);
    function earned(address account) external view returns (uint256);
}

/// @notice Staking gas, side by side in one run: our campaign (a clone launched through the factory) and the anchor,
/// Uniswap's 2020 liquidity-mining `StakingRewards` (Synthetix lineage, npm package uniswap liquidity-staker 1.0.2, deployed
/// from its npm build artifact), with the same staking and reward tokens (plain OpenZeppelin ERC-20s), the same
/// 60-day period and 1,000,000 reward tokens, playing the same sequence: a day after the period starts alice stakes
/// first; a day later bob stakes; then, a day apart each, alice stakes again, claims, withdraws half, bob exits, and the
/// creator adds 100,000 tokens to the running period. Figures land in `snapshots/StakingBenchmark.json`.
/// @dev The gas profile runs with `isolate = true`: every call is its own transaction (cold storage, 21,000 base).
/// Stakers approve the maximum once beforehand (no allowance write in either). The anchor's `notifyRewardAmount`
/// expects the tokens sent beforehand, so both are measured that way (ours credits what it holds above its reserve);
/// ours also pulls with `transferFrom` in one call, measured separately (`ours_notify_pull`).
contract StakingBenchmark is StakingBaseTest {
    string internal constant GROUP = "StakingBenchmark";
    string internal constant ANCHOR_ARTIFACT = "node_modules/@uniswap/liquidity-staker/build/StakingRewards.json";
    uint32 internal constant ANCHOR_DURATION = 60 days;
    uint256 internal constant FUNDING = 1_000_000 ether;
    uint256 internal constant TOP_UP = 100_000 ether;
    uint256 internal constant STAKE = 100 ether;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    MockERC20 internal rew;

    function setUp() public override {
        super.setUp();
        rew = new MockERC20("Reward", "RWD", 18);
        rew.mint(creator, 10 * FUNDING);
    }

    function _deployAnchor() internal returns (IStakingLike anchor) {
        bytes memory initCode = abi.encodePacked(
            vm.parseJsonBytes(vm.readFile(ANCHOR_ARTIFACT), ".bytecode"), abi.encode(creator, address(rew), address(lp))
        );
        address deployed;
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
        }
        require(deployed != address(0), "anchor deploy failed");
        anchor = IStakingLike(deployed);
        vm.startPrank(creator);
        assertTrue(rew.transfer(deployed, FUNDING));
        anchor.notifyRewardAmount(FUNDING);
        vm.stopPrank();
    }

    function _deployOurs() internal returns (StakingRewards ours) {
        ours = _launchCampaign(_config(address(lp), address(rew), ANCHOR_DURATION, false), 0);
        vm.startPrank(creator);
        assertTrue(rew.transfer(address(ours), FUNDING));
        ours.notifyRewardAmount(0);
        vm.stopPrank();
    }

    /// @dev Ours, with `staker` staking STAKE, a day ago.
    function _oursStakedBy(address staker) internal returns (StakingRewards ours) {
        ours = _deployOurs();
        _prepare(address(ours));
        vm.prank(staker);
        ours.stake(STAKE);
        vm.warp(block.timestamp + 1 days);
    }

    function _prepare(address target) internal {
        address[2] memory stakers = [alice, bob];
        for (uint256 i; i < 2; ++i) {
            lp.mint(stakers[i], 1000 ether);
            vm.prank(stakers[i]);
            lp.approve(target, type(uint256).max);
        }
    }

    /// @dev The staker calls of the sequence.
    enum Step {
        Stake,
        GetReward,
        Withdraw,
        Exit
    }

    /// @dev A day after the previous step, `who` takes `step` (`amount` for stake and withdraw) on `target`, measured
    /// under `key`.
    function _dayLater(IStakingLike target, address who, Step step, uint256 amount, string memory key) internal {
        vm.warp(block.timestamp + 1 days);
        vm.prank(who);
        if (step == Step.Stake) target.stake(amount);
        else if (step == Step.GetReward) target.getReward();
        else if (step == Step.Withdraw) target.withdraw(amount);
        else target.exit();
        vm.snapshotGasLastCall(GROUP, key);
    }

    /// @dev The sequence, each step a day after the previous one; `prefix` names the column.
    function _play(IStakingLike target, string memory prefix, uint256 notifyAmount) internal {
        _prepare(address(target));
        _dayLater(target, alice, Step.Stake, STAKE, string.concat(prefix, "_stake_first"));
        _dayLater(target, bob, Step.Stake, STAKE, string.concat(prefix, "_stake_secondUser"));
        _dayLater(target, alice, Step.Stake, STAKE / 2, string.concat(prefix, "_stake_repeat"));
        _dayLater(target, alice, Step.GetReward, 0, string.concat(prefix, "_getReward"));
        _dayLater(target, alice, Step.Withdraw, STAKE / 2, string.concat(prefix, "_withdraw_partial"));
        _dayLater(target, bob, Step.Exit, 0, string.concat(prefix, "_exit"));

        vm.startPrank(creator);
        assertTrue(rew.transfer(address(target), TOP_UP));
        target.notifyRewardAmount(notifyAmount);
        vm.stopPrank();
        vm.snapshotGasLastCall(GROUP, string.concat(prefix, "_notify_running"));

        assertEq(target.balanceOf(alice), STAKE);
        assertEq(target.balanceOf(bob), 0);
        assertEq(lp.balanceOf(address(target)), STAKE);
    }

    /// @notice Both columns in one test, so they come from the same run and the same state; the rewards paid by both
    /// are compared at the end (ours pays the same to within rounding; the anchor loses the first day, streamed while
    /// nothing was staked, which ours keeps as `unallocated`).
    function test_Gas_SideBySide() public {
        uint256 start = block.timestamp;
        IStakingLike anchor = _deployAnchor();
        _play(anchor, "anchor", TOP_UP);
        uint256 anchorAlice = rew.balanceOf(alice);
        uint256 anchorBob = rew.balanceOf(bob);

        vm.warp(start);
        StakingRewards ours = _deployOurs();
        vm.prank(alice);
        assertTrue(rew.transfer(address(0xdead), anchorAlice));
        vm.prank(bob);
        assertTrue(rew.transfer(address(0xdead), anchorBob));
        // Ours credits the tokens sent beforehand with `notifyRewardAmount(0)`.
        _play(IStakingLike(address(ours)), "ours", 0);
        assertApproxEqAbs(rew.balanceOf(alice), anchorAlice, 1e6, "alice paid the same");
        assertApproxEqAbs(rew.balanceOf(bob), anchorBob, 1e6, "bob paid the same");
        // The first day (streamed while nothing was staked) was kept and rolled into the top-up period.
        // Six days in: the anchor's new period streams 54/60 of the funding plus the top-up; ours 55/60.
        assertApproxEqAbs(ours.getRewardForDuration(), FUNDING * 55 / 60 + TOP_UP, 1e6, "the idle day was kept");
    }

    /// @notice Our notify pulling the tokens itself (`transferFrom` included), into a running period.
    function test_Gas_Ours_NotifyPull() public {
        StakingRewards ours = _oursStakedBy(alice);
        vm.startPrank(creator);
        rew.approve(address(ours), TOP_UP);
        ours.notifyRewardAmount(TOP_UP);
        vm.stopPrank();
        vm.snapshotGasLastCall(GROUP, "ours_notify_pull");
    }

    /// @notice Ours only: a first stake carrying its own permit, a stake for someone else, an emergency withdrawal.
    function test_Gas_Ours_Extras() public {
        StakingRewards ours = _oursStakedBy(bob);

        vm.prank(alice);
        ours.stakeFor(address(0xCAFE), STAKE);
        vm.snapshotGasLastCall(GROUP, "ours_stakeFor");

        vm.warp(block.timestamp + 1 days);
        vm.prank(bob);
        ours.emergencyWithdraw();
        vm.snapshotGasLastCall(GROUP, "ours_emergencyWithdraw");
        assertEq(ours.balanceOf(bob), 0);
    }

    /// @notice A campaign added after launch (`launchModule`): clone, 300,000 ALEX moved from the creator, initialized
    /// and started.
    function test_Gas_LaunchCampaign() public {
        vm.startPrank(creator);
        alex.approve(address(factory), REWARD);
        factory.launchModule(
            address(alex),
            IPersonalTokenFactory.ModuleParams({
                implementation: address(stakingImpl),
                tokenAmount: REWARD,
                data: abi.encode(_config(address(lp), address(0), PERIOD, true))
            })
        );
        vm.stopPrank();
        vm.snapshotGasLastCall(GROUP, "launchModule_campaign");
    }
}
