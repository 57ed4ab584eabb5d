// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IStakingRewards} from "../../contracts/interfaces/IStakingRewards.sol";
import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {BaseTest} from "./BaseTest.sol";
import {MockERC20} from "./mocks/MockERC20.sol";

/// @notice $ALEX (BaseTest default launch: the creator holds 4,000,000 liquid) and staking campaigns launched beside it
/// through the factory, either later ({PersonalTokenFactory-launchModule}, funded from the creator's balance) or with
/// the token (funded from the supply). The default staking token is a plain 18-decimal stand-in for an LP share.
abstract contract StakingBaseTest is BaseTest {
    uint32 internal constant PERIOD = 30 days;
    uint256 internal constant REWARD = 300_000 ether;
    uint256 internal constant PRECISION = 1e18;

    StakingRewards internal stakingImpl;
    MockERC20 internal lp;
    PersonalToken internal alex;

    function setUp() public virtual override {
        super.setUp();
        stakingImpl = new StakingRewards();
        lp = new MockERC20("Uniswap V2", "UNI-V2", 18);
        (alex,) = _launch(_defaultParams());
    }

    function _config(address stakingToken, address rewardToken, uint32 duration, bool startAtLaunch)
        internal
        pure
        returns (IStakingRewards.Config memory)
    {
        return IStakingRewards.Config({
            stakingToken: stakingToken, rewardToken: rewardToken, duration: duration, startAtLaunch: startAtLaunch
        });
    }

    /// @dev A campaign for $ALEX added after launch; `amount` ALEX move from the creator to it.
    function _launchCampaign(IStakingRewards.Config memory c, uint256 amount) internal returns (StakingRewards) {
        return _launchCampaignFor(alex, c, amount);
    }

    /// @dev A campaign for `token` (launched by `creator`) added after launch; `amount` move from the creator to it.
    function _launchCampaignFor(PersonalToken token, IStakingRewards.Config memory c, uint256 amount)
        internal
        returns (StakingRewards campaign)
    {
        vm.startPrank(creator);
        token.approve(address(factory), amount);
        address module = factory.launchModule(
            address(token),
            IPersonalTokenFactory.ModuleParams({
                implementation: address(stakingImpl), tokenAmount: amount, data: abi.encode(c)
            })
        );
        vm.stopPrank();
        campaign = StakingRewards(module);
    }

    /// @dev The default campaign: stake `lp`, earn ALEX, REWARD streamed over PERIOD from now.
    function _launchDefaultCampaign() internal returns (StakingRewards) {
        return _launchCampaign(_config(address(lp), address(0), PERIOD, true), REWARD);
    }

    /// @dev Mints `amount` of `token` (a MockERC20) to `who`, who approves `spender` for all of it and stakes.
    function _fundAndStake(StakingRewards campaign, address who, uint256 amount) internal {
        _fundAndApprove(campaign, who, amount);
        vm.prank(who);
        campaign.stake(amount);
    }

    /// @dev `who` is given `amount` of the campaign's staking token (a MockERC20) and approves the campaign for it.
    function _fundAndApprove(StakingRewards campaign, address who, uint256 amount) internal {
        MockERC20 stakingToken = MockERC20(campaign.stakingToken());
        stakingToken.mint(who, amount);
        vm.prank(who);
        stakingToken.approve(address(campaign), amount);
    }

    /// @dev The three `stakers` exit `c` one after the other; returns what they hold of `reward` afterwards, in all.
    function _exitAll(StakingRewards c, MockERC20 reward, address[3] memory stakers) internal returns (uint256 paid) {
        for (uint256 i; i < 3; ++i) {
            vm.prank(stakers[i]);
            c.exit();
            paid += reward.balanceOf(stakers[i]);
        }
    }

    /// @dev A campaign paying a fresh `decimals`-decimal reward token for staking `lp`, started with `funding` units
    /// notified by the creator now, streamed over `duration`.
    function _lowDecimalCampaign(uint8 decimals, uint256 funding, uint32 duration)
        internal
        returns (StakingRewards campaign, MockERC20 reward)
    {
        reward = new MockERC20("Low", "LOW", decimals);
        campaign = _launchCampaign(_config(address(lp), address(reward), duration, false), 0);
        reward.mint(creator, funding);
        vm.startPrank(creator);
        reward.approve(address(campaign), funding);
        campaign.notifyRewardAmount(funding);
        vm.stopPrank();
    }

    /// @dev The creator tops up `campaign` with `amount` of its reward token (pulled).
    function _notify(StakingRewards campaign, uint256 amount) internal {
        vm.startPrank(creator);
        PersonalToken(campaign.rewardToken()).approve(address(campaign), amount);
        campaign.notifyRewardAmount(amount);
        vm.stopPrank();
    }
}
