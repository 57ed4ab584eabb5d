// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {StakingRewards} from "../../contracts/StakingRewards.sol";
import {StakingBaseTest} from "../utils/StakingBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {StakingRewardsHandler} from "./handlers/StakingRewardsHandler.sol";

/// @notice Reward conservation and stake accounting of one campaign (18-decimal LP stand-in staked, 6-decimal reward
/// token, 7-day periods) under random stakes, stakes for others, withdrawals, claims, exits, emergency withdrawals,
/// notifications (pulled or sent first), recoveries, donations of either token and time jumps
/// ({StakingRewardsHandler}).
contract StakingRewardsInvariantTest is StakingBaseTest {
    uint256 internal constant ACTORS = 4;

    StakingRewards internal campaign;
    MockERC20 internal usdc;
    StakingRewardsHandler internal handler;

    function setUp() public override {
        super.setUp();
        usdc = new MockERC20("USD Coin", "USDC", 6);
        campaign = _launchCampaign(_config(address(lp), address(usdc), 7 days, false), 0);
        usdc.mint(address(campaign), 10_000e6);
        vm.prank(creator);
        campaign.notifyRewardAmount(0);

        address[] memory actors = new address[](ACTORS);
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = makeAddr(string.concat("staker", vm.toString(i)));
        }
        handler = new StakingRewardsHandler(campaign, creator, actors, 10_000e6);

        bytes4[] memory selectors = new bytes4[](11);
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
        selectors[10] = StakingRewardsHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
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

    /// @notice What stakers can claim is what is owed, to within one unit per call that may round (settlements,
    /// updates, notifications): never more, so every claim can be paid.
    function invariant_OwedCoversEveryClaimWithinTheRoundingBound() public view {
        address[] memory actors = handler.actors();
        uint256 claimable;
        for (uint256 i; i < actors.length; ++i) {
            claimable += campaign.earned(actors[i]);
        }
        uint256 owed = campaign.rewardsOwed();
        assertLe(claimable, owed, "stakers could claim more than is owed");
        assertLe(owed - claimable, handler.ghostRoundings() + actors.length + 2, "more than one unit per rounding");
    }

    /// @notice totalStaked == sum of stakes == the ledger == staking-token balance − donated surplus.
    function invariant_TotalStakedIsSumOfStakesIsBalanceMinusSurplus() public view {
        address[] memory actors = handler.actors();
        uint256 sum;
        for (uint256 i; i < actors.length; ++i) {
            uint256 balance = campaign.balanceOf(actors[i]);
            assertEq(balance, handler.ghostStake(actors[i]), "stake != ledger");
            sum += balance;
        }
        assertEq(campaign.totalSupply(), sum, "totalSupply != sum of stakes");
        assertEq(sum, handler.ghostTotalStaked(), "sum != ledger");
        assertEq(lp.balanceOf(address(campaign)) - handler.ghostStakingSurplus(), sum, "balance - surplus != staked");
    }

    function afterInvariant() public view {
        string[14] memory actions = [
            "stake",
            "stakeSkipped",
            "stakeFor",
            "stakeForSkipped",
            "withdraw",
            "withdrawSkipped",
            "getReward",
            "exit",
            "emergencyWithdraw",
            "emergencyWithdrawSkipped",
            "notify",
            "recover",
            "recoverSkipped",
            "warp"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(actions[i], handler.calls(actions[i]));
        }
    }
}
