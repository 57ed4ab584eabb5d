// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {PersonalTokenFactory} from "../../contracts/PersonalTokenFactory.sol";
import {IHolderPolls} from "../../contracts/interfaces/IHolderPolls.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";

/// @notice Polls launched by the factory beside other modules and through the deploy script, and the "Control My
/// Life" story: $ALEX's holders choose Alex's daily habit for June, and "run 5 km a day" wins.
contract HolderPollsIntegrationTest is PollsBaseTest {
    uint256 internal constant SUPPORTERS = 30;
    uint256 internal constant RUNNERS = 20;
    uint256 internal constant READERS = 5;
    uint256 internal constant RUN = 0;
    uint256 internal constant READ = 1;
    uint256 internal constant NO_SUGAR = 2;
    uint256 internal constant WAKE_UP_AT_5 = 3;

    address[] internal _supporters;
    uint256[] internal _keys;
    uint256[] internal _holdings;

    /// @notice One launch transaction: token, vesting, a time escrow and the polls module; both modules registered to
    /// the token, and the polls module works once a second has passed.
    function test_LaunchWithModules_PollsBesideTimeEscrow() public {
        TimeEscrow escrowImpl = new TimeEscrow();
        ITimeEscrow.Config memory c = ITimeEscrow.Config({
            arbiter: address(0),
            confirmationWindow: 3 days,
            deliveryGrace: 2 days,
            arbitrationTimeout: 0,
            capacityPeriod: 30 days
        });
        IPersonalTokenFactory.ModuleParams[] memory modules = new IPersonalTokenFactory.ModuleParams[](2);
        modules[0] = IPersonalTokenFactory.ModuleParams({
            implementation: address(escrowImpl), tokenAmount: 0, data: abi.encode(c, new ITimeEscrow.Offer[](0))
        });
        modules[1] = _pollsModules()[0];
        vm.prank(creator);
        (address t,, address[] memory m) = factory.launchWithModules(_defaultParams(), modules);

        HolderPolls polls = HolderPolls(m[1]);
        assertEq(factory.moduleTokenOf(address(polls)), t);
        assertEq(factory.predictModuleAddress(t, address(pollsImpl), 1), address(polls));
        assertEq(polls.token(), t);
        assertEq(polls.creator(), creator);
        assertEq(PersonalToken(t).balanceOf(address(polls)), 0);

        vm.warp(block.timestamp + 1);
        uint256 id = _createPoll(polls, _habits());
        vm.prank(alice);
        polls.vote(id, RUN);
        assertEq(polls.tally(id)[RUN], 1_000_000 ether);
    }

    /// @notice The deploy script deploys the polls implementation at its predicted address, and the deployed factory
    /// launches tokens with it.
    function test_Deploy_HolderPollsImplementation() public {
        Deploy deployer = new Deploy();
        Deploy.Deployment memory predicted = deployer.predict();
        Deploy.Deployment memory d = deployer.deploy();
        assertEq(d.holderPollsImplementation, predicted.holderPollsImplementation);
        assertGt(d.holderPollsImplementation.code.length, 0);

        pollsImpl = HolderPolls(d.holderPollsImplementation);
        factory = PersonalTokenFactory(d.factory);
        (PersonalToken token, HolderPolls polls) = _launchPolls(_defaultParams());
        assertEq(polls.token(), address(token));
        (,,,, address verifyingContract,,) = polls.eip712Domain();
        assertEq(verifyingContract, address(polls));
    }

    /// @notice $ALEX (10,000,000: 5,000,000 vesting, 1,000,000 alice, the rest with Alex) sold 2,070,000 to 30
    /// supporters. Alex asks "What should I do every day in June?". Twenty supporters sign "run 5 km a day" in their
    /// wallets and one relayer submits them in one transaction (one of them changes an earlier direct "no sugar"
    /// vote); five vote "read a book a week" and five "wake up at 5 am" directly; alice votes "no sugar" with her
    /// 1,000,000, then sells half of it to a whale after the snapshot, who cannot vote with it. Alex does not vote.
    /// "run 5 km a day" wins with 1,180,000 against 1,000,000; anyone finalizes the result.
    function test_ControlMyLife_RunFiveKmADayWins() public {
        (PersonalToken token, HolderPolls polls) = _launchPolls(_defaultParams());
        uint256 sold = _sellToSupporters(token);
        assertEq(sold, 2_070_000 ether);

        // Alex opens the poll for a week, starting tomorrow.
        uint64 start = uint64(block.timestamp) + 1 days;
        uint64 end = start + 7 days;
        vm.prank(creator);
        uint256 id = polls.createPoll("ipfs://alex/what-should-i-do-every-day-in-june", _june(), start, end);

        // After the snapshot (the end of the creation second): a whale buys from Alex and from alice. None of it votes.
        vm.warp(block.timestamp + 1);
        address whale = makeAddr("whale");
        vm.prank(creator);
        assertTrue(token.transfer(whale, 1_500_000 ether));
        vm.prank(alice);
        assertTrue(token.transfer(whale, 500_000 ether));

        vm.warp(start);
        vm.prank(alice);
        polls.vote(id, NO_SUGAR);
        vm.prank(_supporters[5]);
        polls.vote(id, NO_SUGAR);
        uint48 snapshot = polls.getPoll(id).snapshot;
        vm.expectRevert(abi.encodeWithSelector(IHolderPolls.HolderPolls_NoVotingWeight.selector, whale, snapshot));
        vm.prank(whale);
        polls.vote(id, NO_SUGAR);

        vm.warp(start + 2 days);
        uint256 runVotes = _relayRunners(polls, id);
        (uint256 readVotes, uint256 wakeVotes) = _othersVote(polls, id);

        vm.warp(end);
        IHolderPolls.Results memory r = polls.results(id);
        assertEq(r.tallies[RUN], runVotes);
        assertEq(runVotes, 1_180_000 ether);
        assertEq(r.tallies[NO_SUGAR], 1_000_000 ether, "alice's snapshot balance, not what she kept");
        assertEq(r.tallies[READ], readVotes);
        assertEq(r.tallies[WAKE_UP_AT_5], wakeVotes);
        assertEq(r.winningOption, RUN);
        assertFalse(r.tied);
        assertEq(r.voterCount, SUPPORTERS + 1);
        assertEq(r.totalVotes, sold + 1_000_000 ether);
        assertEq(r.totalSupply, SUPPLY);
        assertEq(r.turnoutBps, 3070);
        assertEq(uint8(r.state), uint8(IHolderPolls.PollState.Ended));

        vm.expectEmit(address(polls));
        emit IHolderPolls.PollFinalized(id, RUN, false, runVotes, sold + 1_000_000 ether, SUPPLY);
        vm.prank(makeAddr("anyone"));
        polls.finalize(id);
        (uint256 winning, bool tied) = polls.winner(id);
        assertEq(polls.getPoll(id).options[winning], "run 5 km a day");
        assertFalse(tied);
        assertEq(uint8(polls.state(id)), uint8(IHolderPolls.PollState.Finalized));
    }

    /// @dev Alex sells 40,000 + 2,000 x i ALEX to supporter i, an hour apart.
    function _sellToSupporters(PersonalToken token) internal returns (uint256 sold) {
        for (uint256 i; i < SUPPORTERS; ++i) {
            (address supporter, uint256 key) = makeAddrAndKey(string.concat("supporter", vm.toString(i)));
            uint256 amount = 40_000 ether + i * 2000 ether;
            _supporters.push(supporter);
            _keys.push(key);
            _holdings.push(amount);
            sold += amount;
            vm.prank(creator);
            assertTrue(token.transfer(supporter, amount));
            vm.warp(block.timestamp + 1 hours);
        }
    }

    function _june() internal pure returns (string[] memory options) {
        options = new string[](4);
        options[RUN] = "run 5 km a day";
        options[READ] = "read a book a week";
        options[NO_SUGAR] = "no sugar";
        options[WAKE_UP_AT_5] = "wake up at 5 am";
    }

    /// @dev Supporters 0-19 sign "run 5 km a day"; one relayer submits the twenty in one transaction.
    function _relayRunners(HolderPolls polls, uint256 id) internal returns (uint256 runVotes) {
        IHolderPolls.Vote[] memory votes = new IHolderPolls.Vote[](RUNNERS);
        bytes[] memory sigs = new bytes[](RUNNERS);
        for (uint256 i; i < RUNNERS; ++i) {
            (votes[i], sigs[i]) = _signed(polls, _keys[i], id, RUN);
            runVotes += _holdings[i];
        }
        assertEq(votes[5].nonce, 1, "supporter 5 changes an earlier vote");
        vm.prank(makeAddr("relayer"));
        bool[] memory counted = polls.relayVotes(votes, sigs);
        for (uint256 i; i < RUNNERS; ++i) {
            assertTrue(counted[i]);
        }
    }

    /// @dev Supporters 20-24 vote "read a book a week", 25-29 "wake up at 5 am", directly.
    function _othersVote(HolderPolls polls, uint256 id) internal returns (uint256 readVotes, uint256 wakeVotes) {
        for (uint256 i = RUNNERS; i < SUPPORTERS; ++i) {
            uint256 option = i < RUNNERS + READERS ? READ : WAKE_UP_AT_5;
            vm.prank(_supporters[i]);
            polls.vote(id, option);
            if (option == READ) readVotes += _holdings[i];
            else wakeVotes += _holdings[i];
        }
    }
}
