// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakingRewards} from "../../../contracts/interfaces/IStakingRewards.sol";

/// @notice Reads a campaign's views when called, e.g. from a {ReentrantToken} hook in the middle of a transfer, so a
/// test can compare what a third party would see mid-call with what it sees before and after (read-only reentrancy).
contract StakingViewProbe {
    struct Views {
        uint256 rewardPerToken;
        uint256 earned;
        uint256 unallocated;
        uint256 rewardsOwed;
    }

    Views internal _seen;

    /// @notice What `campaign` reports now, `earned` for `account`.
    function read(IStakingRewards campaign, address account) public view returns (Views memory v) {
        v = Views({
            rewardPerToken: campaign.rewardPerToken(),
            earned: campaign.earned(account),
            unallocated: campaign.unallocated(),
            rewardsOwed: campaign.rewardsOwed()
        });
    }

    /// @notice Records {read} for a later {seen}.
    function record(IStakingRewards campaign, address account) external {
        _seen = read(campaign, account);
    }

    function seen() external view returns (Views memory) {
        return _seen;
    }
}
