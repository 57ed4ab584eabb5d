// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalToken} from "../../contracts/interfaces/IPersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";
import {RecordingModule} from "../utils/mocks/RecordingModule.sol";

/// @notice {PersonalToken} snapshots: who may take one, how often, the exact moment they record, and the lazily
/// written history read back by `balanceOfAt` and `totalSupplyAt` (BaseTest allocations: creator 4,000,000 liquid,
/// alice 1,000,000, vesting 5,000,000).
contract PersonalTokenSnapshotsTest is PollsBaseTest {
    PersonalToken internal token;
    HolderPolls internal polls;
    address internal carol = makeAddr("carol");

    function setUp() public override {
        super.setUp();
        (token, polls) = _launchPolls(_defaultParams());
        vm.warp(block.timestamp + 1 days);
    }

    /// @dev The token's own polls module takes a snapshot now; returns its id.
    function _snap() internal returns (uint256 id) {
        vm.prank(address(polls));
        (id,) = token.snapshot();
    }

    function _move(address from, address to, uint256 amount) internal {
        vm.prank(from);
        assertTrue(token.transfer(to, amount));
    }

    // ---------------------------------------------------------------- who may snapshot

    function test_RevertWhen_Snapshot_ByAnAccount() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_NotSnapshotter.selector, alice));
        vm.prank(alice);
        token.snapshot();
        (uint256 id,) = token.latestSnapshot();
        assertEq(id, 0);
    }

    function test_RevertWhen_Snapshot_ByTheCreator() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_NotSnapshotter.selector, creator));
        vm.prank(creator);
        token.snapshot();
    }

    /// @dev A creator can launch any implementation as a module: a module that is not a polls clone cannot snapshot.
    function test_RevertWhen_Snapshot_ByAnotherModuleOfTheToken() public {
        RecordingModule impl = new RecordingModule();
        vm.prank(creator);
        address module = factory.launchModule(
            address(token),
            IPersonalTokenFactory.ModuleParams({implementation: address(impl), tokenAmount: 0, data: ""})
        );
        assertEq(factory.moduleTokenOf(module), address(token));
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_NotSnapshotter.selector, module));
        vm.prank(module);
        token.snapshot();
    }

    /// @dev A polls clone deployed by anyone but the factory has the right code but no registration.
    function test_RevertWhen_Snapshot_ByAPollsCloneTheFactoryDidNotLaunch() public {
        address clone = Clones.clone(address(pollsImpl));
        assertEq(clone.codehash, address(polls).codehash);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_NotSnapshotter.selector, clone));
        vm.prank(clone);
        token.snapshot();
    }

    function test_RevertWhen_Snapshot_ByAnotherTokensPolls() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = bytes32(uint256(1));
        (, HolderPolls otherPolls) = _launchPolls(p);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalToken.PersonalToken_NotSnapshotter.selector, address(otherPolls))
        );
        vm.prank(address(otherPolls));
        token.snapshot();
    }

    function test_RevertWhen_Snapshot_ByThePollsImplementation() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalToken.PersonalToken_NotSnapshotter.selector, address(pollsImpl))
        );
        vm.prank(address(pollsImpl));
        token.snapshot();
    }

    /// @dev Two polls modules of one token share the token's snapshots (and its interval).
    function test_Snapshot_BySecondPollsModuleSharesTheInterval() public {
        vm.prank(creator);
        address second = factory.launchModule(
            address(token),
            IPersonalTokenFactory.ModuleParams({implementation: address(pollsImpl), tokenAmount: 0, data: ""})
        );
        uint256 first = _snap();
        vm.prank(second);
        (uint256 id,) = token.snapshot();
        assertEq(id, first);
    }

    // ---------------------------------------------------------------- how often

    function test_Snapshot_EmitsAndNumbersFromOne() public {
        vm.expectEmit(address(token));
        emit IPersonalToken.SnapshotTaken(1, block.timestamp, address(polls));
        vm.prank(address(polls));
        (uint256 id, uint256 time) = token.snapshot();
        assertEq(id, 1);
        assertEq(time, block.timestamp);
        (uint256 latest, uint256 latestTime) = token.latestSnapshot();
        assertEq(latest, 1);
        assertEq(latestTime, block.timestamp);
    }

    function test_Snapshot_WithinTheIntervalReturnsTheLatest() public {
        uint256 takenAt = block.timestamp;
        _snap();
        vm.warp(takenAt + token.SNAPSHOT_INTERVAL() - 1);
        vm.recordLogs();
        vm.prank(address(polls));
        (uint256 id, uint256 time) = token.snapshot();
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(id, 1);
        assertEq(time, takenAt);
    }

    function test_Snapshot_AtTheIntervalTakesANewOne() public {
        uint256 takenAt = block.timestamp;
        _snap();
        vm.warp(takenAt + token.SNAPSHOT_INTERVAL());
        vm.prank(address(polls));
        (uint256 id, uint256 time) = token.snapshot();
        assertEq(id, 2);
        assertEq(time, takenAt + token.SNAPSHOT_INTERVAL());
    }

    // ---------------------------------------------------------------- reading

    function test_RevertWhen_BalanceOfAt_SnapshotZero() public {
        _snap();
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_UnknownSnapshot.selector, 0, 1));
        token.balanceOfAt(alice, 0);
    }

    function test_RevertWhen_BalanceOfAt_FutureSnapshot() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_UnknownSnapshot.selector, 1, 0));
        token.balanceOfAt(alice, 1);
        vm.expectRevert(abi.encodeWithSelector(IPersonalToken.PersonalToken_UnknownSnapshot.selector, 1, 0));
        token.totalSupplyAt(1);
    }

    function test_RevertWhen_BalanceOfAt_InTheSnapshotsOwnSecond() public {
        uint256 id = _snap();
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalToken.PersonalToken_SnapshotNotFinal.selector, id, block.timestamp + 1)
        );
        token.balanceOfAt(alice, id);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalToken.PersonalToken_SnapshotNotFinal.selector, id, block.timestamp + 1)
        );
        token.totalSupplyAt(id);
        vm.warp(block.timestamp + 1);
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether);
        assertEq(token.totalSupplyAt(id), SUPPLY);
    }

    /// @dev Nobody moved: every reading falls back to the current value, and nothing was written.
    function test_BalanceOfAt_WithoutMovesIsTheCurrentBalance() public {
        uint256 id = _snap();
        vm.warp(block.timestamp + 1);
        assertEq(token.balanceOfAt(alice, id), token.balanceOf(alice));
        assertEq(token.balanceOfAt(creator, id), token.balanceOf(creator));
        assertEq(token.balanceOfAt(bob, id), 0);
        assertEq(token.totalSupplyAt(id), token.totalSupply());
    }

    // ---------------------------------------------------------------- the moment

    /// @dev Moves in the snapshot's own second, before or after the snapshot call, are part of it.
    function test_Snapshot_RecordsTheEndOfItsSecond() public {
        _move(alice, bob, 100 ether);
        uint256 id = _snap();
        _move(alice, bob, 50 ether);
        _move(bob, carol, 10 ether);
        vm.warp(block.timestamp + 1);
        _move(alice, bob, 7 ether);
        _move(bob, carol, 3 ether);

        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether - 150 ether);
        assertEq(token.balanceOfAt(bob, id), 140 ether);
        assertEq(token.balanceOfAt(carol, id), 10 ether);
        assertEq(token.balanceOf(bob), 144 ether);
    }

    /// @dev A buy before and a sell after the poll's creation in the same block (a sandwich) weigh nothing.
    function test_Snapshot_SameBlockBuyAndSellAroundItCancelOut() public {
        _move(alice, bob, 1000 ether);
        uint256 id = _snap();
        _move(bob, alice, 1000 ether);
        vm.warp(block.timestamp + 1);
        assertEq(token.balanceOfAt(bob, id), 0);
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether);
    }

    /// @dev A move in the second a new snapshot is taken still writes the history of the previous, final one.
    function test_Snapshot_MoveInTheNextSnapshotsSecondKeepsThePreviousOne() public {
        uint256 first = _snap();
        vm.warp(block.timestamp + 2 days);
        uint256 second = _snap();
        _move(alice, bob, 30 ether);
        vm.warp(block.timestamp + 1);
        assertEq(token.balanceOfAt(alice, first), 1_000_000 ether);
        assertEq(token.balanceOfAt(bob, first), 0);
        assertEq(token.balanceOfAt(alice, second), 1_000_000 ether - 30 ether);
        assertEq(token.balanceOfAt(bob, second), 30 ether);
    }

    /// @dev Holding across the end of the second is what counts, however briefly after it.
    function test_Snapshot_HoldingAcrossTheSecondCounts() public {
        uint256 id = _snap();
        _move(alice, bob, 1000 ether);
        vm.warp(block.timestamp + 1);
        _move(bob, alice, 1000 ether);
        assertEq(token.balanceOfAt(bob, id), 1000 ether);
        assertEq(token.balanceOf(bob), 0);
    }

    // ---------------------------------------------------------------- history

    function test_History_TransferAfterSnapshotKeepsBothSides() public {
        _move(alice, bob, 100 ether);
        uint256 id = _snap();
        vm.warp(block.timestamp + 1);
        _move(alice, bob, 40 ether);
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether - 100 ether);
        assertEq(token.balanceOfAt(bob, id), 100 ether);
        assertEq(token.balanceOf(bob), 140 ether);
    }

    /// @dev A new holder after a snapshot had nothing at it, and pays no history write for that zero.
    function test_History_NewHolderReadsZero() public {
        uint256 id = _snap();
        vm.warp(block.timestamp + 1);
        vm.record();
        _move(alice, carol, 5 ether);
        (, bytes32[] memory writes) = vm.accesses(address(token));
        // alice's slot and history entry, carol's slot; no entry for carol's zero.
        assertEq(writes.length, 3);
        assertEq(token.balanceOfAt(carol, id), 0);
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether);
    }

    /// @dev A holder who arrived after snapshot 1 and moves after snapshot 2 keeps zero at 1 and the balance at 2.
    function test_History_LateHolderKeepsItsZeroRange() public {
        uint256 first = _snap();
        vm.warp(block.timestamp + 1);
        _move(alice, carol, 5 ether);
        vm.warp(block.timestamp + 1 days);
        uint256 second = _snap();
        vm.warp(block.timestamp + 1);
        _move(carol, bob, 2 ether);
        assertEq(token.balanceOfAt(carol, first), 0);
        assertEq(token.balanceOfAt(carol, second), 5 ether);
        assertEq(token.balanceOf(carol), 3 ether);
        assertEq(token.balanceOfAt(bob, first), 0);
        assertEq(token.balanceOfAt(bob, second), 0);
    }

    /// @dev Emptied, then refilled: the zero at the middle snapshot is kept.
    function test_History_EmptiedAndRefilledAccount() public {
        _move(alice, bob, 10 ether);
        uint256 first = _snap();
        vm.warp(block.timestamp + 1);
        _move(bob, carol, 10 ether);
        vm.warp(block.timestamp + 1 days);
        uint256 second = _snap();
        vm.warp(block.timestamp + 1);
        _move(carol, bob, 4 ether);
        vm.warp(block.timestamp + 1 days);
        uint256 third = _snap();
        vm.warp(block.timestamp + 1);
        _move(bob, alice, 1 ether);

        assertEq(token.balanceOfAt(bob, first), 10 ether);
        assertEq(token.balanceOfAt(bob, second), 0);
        assertEq(token.balanceOfAt(bob, third), 4 ether);
        assertEq(token.balanceOf(bob), 3 ether);
        assertEq(token.balanceOfAt(carol, first), 0);
        assertEq(token.balanceOfAt(carol, second), 10 ether);
        assertEq(token.balanceOfAt(carol, third), 6 ether);
    }

    /// @dev Snapshots an account sat still through are answered by the next entry (binary search over many).
    function test_History_ManySnapshotsOneAccount() public {
        uint256[] memory ids = new uint256[](20);
        for (uint256 i; i < ids.length; ++i) {
            ids[i] = _snap();
            vm.warp(block.timestamp + 1);
            // alice moves after every other snapshot
            if (i % 2 == 0) _move(alice, bob, 1 ether);
            vm.warp(block.timestamp + 1 days);
        }
        for (uint256 i; i < ids.length; ++i) {
            // before the move after snapshot i, alice had sent one ether per earlier even i
            assertEq(token.balanceOfAt(alice, ids[i]), 1_000_000 ether - ((i + 1) / 2) * 1 ether, "alice");
            assertEq(token.balanceOfAt(bob, ids[i]), ((i + 1) / 2) * 1 ether, "bob");
        }
    }

    function test_History_SelfTransferChangesNothing() public {
        uint256 id = _snap();
        vm.warp(block.timestamp + 1);
        _move(alice, alice, 3 ether);
        assertEq(token.balanceOf(alice), 1_000_000 ether);
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether);
    }

    function test_History_BurnKeepsSupplyAtTheSnapshot() public {
        uint256 id = _snap();
        vm.warp(block.timestamp + 1);
        vm.prank(alice);
        token.burn(250 ether);
        assertEq(token.totalSupplyAt(id), SUPPLY);
        assertEq(token.totalSupply(), SUPPLY - 250 ether);
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether);
        uint256 next;
        vm.warp(block.timestamp + 1 days);
        next = _snap();
        vm.warp(block.timestamp + 1);
        assertEq(token.totalSupplyAt(next), SUPPLY - 250 ether);
    }

    /// @dev transferFrom and permit-based spending write history like transfer does.
    function test_History_TransferFromWritesHistory() public {
        vm.prank(alice);
        token.approve(bob, 10 ether);
        uint256 id = _snap();
        vm.warp(block.timestamp + 1);
        vm.prank(bob);
        assertTrue(token.transferFrom(alice, carol, 10 ether));
        assertEq(token.balanceOfAt(alice, id), 1_000_000 ether);
        assertEq(token.balanceOfAt(carol, id), 0);
    }
}
