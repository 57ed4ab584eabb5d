// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Fuzzed pro-rata shares and conservation of {StakingRewards}, with random amounts, decimals and times.
contract StakingRewardsFuzzTest is StakingBaseTest {
    uint256 internal constant MAX_STAKE = 1e28;
    uint256 internal start;

    function setUp() public override {
        super.setUp();
        start = block.timestamp;
    }

    function _campaign(uint8 decimals, uint256 funding, uint32 duration)
        internal
        returns (StakingRewards c, MockERC20 reward)
    {
        reward = new MockERC20("Reward", "RWD", decimals);
        c = _launchCampaign(_config(address(lp), address(reward), duration, false), 0);
        reward.mint(address(c), funding);
        vm.prank(creator);
        c.notifyRewardAmount(0);
    }

    /// @notice Alice stakes `a` at the start, bob `b` at `join`; both exit after the period. Alice gets the stream
    /// alone until `join`, then both share it pro rata; each is within 2 units of the exact share, and together they
    /// get everything streamed but a unit or two.
    function testFuzz_TwoStakersShareProRata(uint256 a, uint256 b, uint256 join, uint256 funding, uint8 decimals)
        public
    {
        a = bound(a, 1, MAX_STAKE);
        b = bound(b, 1, MAX_STAKE);
        decimals = uint8(bound(decimals, 0, 18));
        funding = bound(funding, 1, 1e28);
        uint32 duration = 10 days;
        join = bound(join, 0, duration);
        (StakingRewards c, MockERC20 reward) = _campaign(decimals, funding, duration);
        uint256 rate = c.rewardRate();

        _fundAndStake(c, alice, a);
        vm.warp(start + join);
        _fundAndStake(c, bob, b);
        vm.warp(start + duration + 1);
        vm.prank(alice);
        c.exit();
        vm.prank(bob);
        c.exit();

        // Exact shares (scaled by 1e18 through the rate), floored once.
        uint256 alone = join * rate;
        uint256 shared = (duration - join) * rate;
        uint256 expectedAlice = (alone + shared * a / (a + b)) / PRECISION;
        uint256 expectedBob = shared * b / (a + b) / PRECISION;
        assertApproxEqAbs(reward.balanceOf(alice), expectedAlice, 2, "alice");
        assertApproxEqAbs(reward.balanceOf(bob), expectedBob, 2, "bob");
        uint256 paid = reward.balanceOf(alice) + reward.balanceOf(bob);
        assertLe(paid, funding, "never more than funded");
        assertLe(funding - paid, 4, "everything but a few units");
    }

    /// @notice Random interleaving of stakes, withdrawals, claims and time for three stakers: at every step the
    /// campaign can pay every claim (claims <= owed <= reserve), and at the end every unit funded was paid, except
    /// less than one per settlement.
    function testFuzz_ConservationUnderRandomActions(uint256[12] memory seeds, uint256 funding, uint8 decimals) public {
        decimals = uint8(bound(decimals, 0, 18));
        funding = bound(funding, 1e3, 1e28);
        (StakingRewards c, MockERC20 reward) = _campaign(decimals, funding, 7 days);
        address[3] memory who = [alice, bob, creator];
        uint256 settlements;
        for (uint256 i; i < seeds.length; ++i) {
            uint256 seed = seeds[i];
            address actor = who[seed % 3];
            uint256 action = (seed >> 8) % 4;
            uint256 staked = c.balanceOf(actor);
            if (action == 0 || staked == 0) {
                _fundAndStake(c, actor, bound(seed >> 16, 1, MAX_STAKE / 16));
            } else if (action == 1) {
                vm.prank(actor);
                c.withdraw(bound(seed >> 16, 1, staked));
            } else if (action == 2) {
                vm.prank(actor);
                c.getReward();
            } else {
                vm.warp(block.timestamp + bound(seed >> 16, 0, 2 days));
            }
            ++settlements;
            uint256 claimable = c.earned(alice) + c.earned(bob) + c.earned(creator);
            assertLe(claimable, c.rewardsOwed(), "claims exceed owed");
            assertEq(reward.balanceOf(address(c)), c.rewardReserve(), "balance != reserve");
        }
        vm.warp(start + 7 days + 1);
        uint256 paid = _exitAll(c, reward, who);
        settlements += 3;
        assertEq(paid + c.rewardReserve(), funding, "paid + reserve == funded");
        // Time not covered by any stake is unallocated, not lost.
        assertLe(c.rewardReserve() - c.unallocated(), settlements + 2, "lost more than one unit per settlement");
        assertEq(lp.balanceOf(address(c)), 0, "every stake returned");
    }

    /// @notice A notification into a running period at any time with any top-up: a single staker present throughout
    /// is paid both amounts, to within two units.
    function testFuzz_NotifyDuringRunningPeriod(uint256 at, uint256 topUp, uint256 stake) public {
        (StakingRewards c, MockERC20 reward) = _campaign(18, 1_000_000 ether, 30 days);
        stake = bound(stake, 1, MAX_STAKE);
        _fundAndStake(c, alice, stake);
        at = bound(at, 0, 30 days);
        topUp = bound(topUp, 1 ether, 1e27);
        vm.warp(start + at);
        reward.mint(creator, topUp);
        vm.startPrank(creator);
        reward.approve(address(c), topUp);
        c.notifyRewardAmount(topUp);
        vm.stopPrank();
        vm.warp(block.timestamp + 30 days);
        vm.prank(alice);
        (, uint256 paid) = c.exit();
        assertApproxEqAbs(paid, 1_000_000 ether + topUp, 3);
    }
}
