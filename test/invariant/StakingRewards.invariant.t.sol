// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {AtDecimals} from "../utils/AtDecimals.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {StakingRewardsHandler} from "./handlers/StakingRewardsHandler.sol";

/// @notice Reward conservation and stake accounting of one campaign (18-decimal LP stand-in staked, 7-day periods)
/// under random stakes, stakes for others, withdrawals, claims, exits, emergency withdrawals, notifications (pulled or
/// sent first), recoveries, donations of either token, time jumps, and a griefer's free updates (`stakeFor` of a few
/// wei, `exit()` from an empty account, seconds apart) ({StakingRewardsHandler}). Run once per reward-token decimals
/// (0, 2, 6, 18): the rounding bound must hold whatever the decimals and however often anyone settles.
abstract contract StakingRewardsInvariantTest is StakingBaseTest, AtDecimals {
    uint256 internal constant ACTORS = 4;

    StakingRewards internal campaign;
    MockERC20 internal usdc;
    StakingRewardsHandler internal handler;

    function setUp() public override {
        super.setUp();
        usdc = new MockERC20("Reward", "RWD", DECIMALS);
        campaign = _launchCampaign(_config(address(lp), address(usdc), 7 days, false), 0);
        uint256 funding = 10_000 * 10 ** DECIMALS;
        usdc.mint(address(campaign), funding);
        vm.prank(creator);
        campaign.notifyRewardAmount(0);

        handler = new StakingRewardsHandler(campaign, creator, _makeAddrs("staker", ACTORS), funding);

        // Every action, with the griefer's `grind` and `tick` listed twice: picked twice as often as each other one.
        bytes4[] memory selectors = new bytes4[](15);
        selectors[0] = StakingRewardsHandler.stake.selector;
        selectors[1] = StakingRewardsHandler.stakeFor.selector;
        selectors[2] = StakingRewardsHandler.withdraw.selector;
        selectors[3] = StakingRewardsHandler.getReward.selector;
        selectors[4] = StakingRewardsHandler.exit.selector;
        selectors[5] = StakingRewardsHandler.emergencyWithdraw.selector;
        selectors[6] = StakingRewardsHandler.notify.selector;
        selectors[7] = StakingRewardsHandler.recover.selector;
        selectors[8] = StakingRewardsHandler.donate.selector;
        selectors[9] = StakingRewardsHandler.warp.selector;
        selectors[10] = StakingRewardsHandler.grind.selector;
        selectors[11] = StakingRewardsHandler.grind.selector;
        selectors[12] = StakingRewardsHandler.pokeEmpty.selector;
        selectors[13] = StakingRewardsHandler.tick.selector;
        selectors[14] = StakingRewardsHandler.tick.selector;
        _targetSelectors(address(handler), selectors);
    }

    /// @notice Rewards paid + owed + still to stream + unallocated == funded − unallocated rewards taken back, exactly
    /// (the reserve), and the reward token balance is that reserve plus what was donated and not yet credited.
    function invariant_RewardsPaidOwedUnallocatedEqualFunded() public view {
        uint256 reserve = campaign.rewardReserve();
        assertEq(
            handler.ghostPaid() + reserve, handler.ghostFunded() - handler.ghostRecoveredRewards(), "paid + reserve"
        );
        assertEq(
            campaign.rewardsOwed() + campaign.remainingRewards() + campaign.unallocated(), reserve, "reserve split"
        );
        assertEq(usdc.balanceOf(address(campaign)), reserve + handler.ghostRewardSurplus(), "reward balance");
    }

    /// @notice Funded − taken back == paid + claimable + still to stream + unallocated, to within the rounding bound:
    /// what stakers can claim never exceeds what is owed (every claim can be paid) and falls short of it by less than
    /// one unit per staker (its carried remainder) plus one (the pool's carry, below `totalStaked / 1e36` < 1 unit
    /// here, and `remainingRewards`' floor), however many settlements and updates the griefer triggered.
    function invariant_OwedCoversEveryClaimWithinTheRoundingBound() public view {
        address[] memory actors = handler.actors();
        uint256 claimable = _sumOf(actors, campaign.earned);
        uint256 owed = campaign.rewardsOwed();
        assertLe(claimable, owed, "stakers could claim more than is owed");
        assertLe(owed - claimable, actors.length + 1, "rounding grew beyond one unit per staker");
        assertApproxEqAbs(
            handler.ghostPaid() + claimable + campaign.remainingRewards() + campaign.unallocated(),
            handler.ghostFunded() - handler.ghostRecoveredRewards(),
            actors.length + 1,
            "funded != paid + claimable + to stream + unallocated"
        );
    }

    /// @notice totalStaked == sum of stakes == the ledger == staking-token balance − donated surplus.
    function invariant_TotalStakedIsSumOfStakesIsBalanceMinusSurplus() public view {
        uint256 sum = _sumMatchingLedger(handler.actors(), campaign.balanceOf, handler.ghostStake, "stake != ledger");
        assertEq(campaign.totalSupply(), sum, "totalSupply != sum of stakes");
        assertEq(sum, handler.ghostTotalStaked(), "sum != ledger");
        assertEq(lp.balanceOf(address(campaign)) - handler.ghostStakingSurplus(), sum, "balance - surplus != staked");
    }

    function afterInvariant() public view {
        _logCalls(
            handler,
            "stake stakeSkipped stakeFor stakeForSkipped withdraw withdrawSkipped getReward exit "
            "emergencyWithdraw emergencyWithdrawSkipped notify notifySkipped recover recoverSkipped grind grindSkipped "
            "pokeEmpty tick warp"
        );
    }
}

/// forge-config: ci.invariant.runs = 128
contract StakingRewardsInvariantTest0Decimals is AtDecimals(0), StakingRewardsInvariantTest {}

/// forge-config: ci.invariant.runs = 128
contract StakingRewardsInvariantTest2Decimals is AtDecimals(2), StakingRewardsInvariantTest {}

/// forge-config: ci.invariant.runs = 128
contract StakingRewardsInvariantTest6Decimals is AtDecimals(6), StakingRewardsInvariantTest {}

/// forge-config: ci.invariant.runs = 128
contract StakingRewardsInvariantTest18Decimals is AtDecimals(18), StakingRewardsInvariantTest {}
