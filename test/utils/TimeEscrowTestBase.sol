// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {ArrayBuilder} from "./ArrayBuilder.sol";
import {EscrowBaseTest} from "./EscrowBaseTest.sol";

/// @notice Shared setup for the {TimeEscrow} suites: the default escrow launched, alice and bob approved, helpers that
/// walk a request through its lifecycle.
abstract contract TimeEscrowTestBase is EscrowBaseTest {
    bytes32 internal constant NOTE = keccak256("tokenomics of a personal token");
    uint256 internal constant BOB_FUNDS = 300_000 ether;
    uint64 internal constant SCHEDULE_DELAY = 1 days;

    PersonalToken internal token;
    TimeEscrow internal escrow;
    uint64 internal launchedAt;

    function setUp() public virtual override {
        super.setUp();
        launchedAt = uint64(block.timestamp);
        (token, escrow) = _launchDefaultEscrow();
        vm.prank(alice);
        assertTrue(token.transfer(bob, BOB_FUNDS));
        vm.prank(alice);
        token.approve(address(escrow), type(uint256).max);
        vm.prank(bob);
        token.approve(address(escrow), type(uint256).max);
    }

    /// @dev Launches ALEX under another salt (the default salt is taken by setUp) with a time escrow.
    function _launchAlt(ITimeEscrow.Config memory c, ITimeEscrow.Offer[] memory offers, bytes32 salt)
        internal
        returns (PersonalToken t, TimeEscrow e)
    {
        (IPersonalTokenFactory.LaunchParams memory p, IPersonalTokenFactory.ModuleParams[] memory modules) =
            _altParams(c, offers, salt);
        vm.prank(creator);
        (address tokenAddr,, address[] memory m) = factory.launchWithModules(p, modules);
        t = PersonalToken(tokenAddr);
        e = TimeEscrow(m[0]);
    }

    function _altParams(ITimeEscrow.Config memory c, ITimeEscrow.Offer[] memory offers, bytes32 salt)
        internal
        view
        returns (IPersonalTokenFactory.LaunchParams memory p, IPersonalTokenFactory.ModuleParams[] memory modules)
    {
        modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(escrowImpl), tokenAmount: 0, data: abi.encode(c, offers)
            })
        );
        p = _defaultParams();
        p.salt = salt;
    }

    /// @dev A launch expected to revert with `err`, leaving nothing behind.
    function _launchAltExpectRevert(ITimeEscrow.Config memory c, ITimeEscrow.Offer[] memory offers, bytes memory err)
        internal
    {
        (IPersonalTokenFactory.LaunchParams memory p, IPersonalTokenFactory.ModuleParams[] memory modules) =
            _altParams(c, offers, keccak256("ALT"));
        _expectModulesLaunchRevert(p, modules, err);
    }

    function _oneOffer(ITimeEscrow.Offer memory o) internal pure returns (ITimeEscrow.Offer[] memory offers) {
        offers = new ITimeEscrow.Offer[](1);
        offers[0] = o;
    }

    function _request(address holder, uint256 offerId, uint32 units) internal returns (uint256 id) {
        vm.prank(holder);
        id = escrow.request(offerId, units, NOTE);
    }

    function _request(uint32 units) internal returns (uint256) {
        return _request(alice, 0, units);
    }

    function _accept(uint256 id) internal returns (uint64 scheduledAt) {
        scheduledAt = uint64(block.timestamp) + SCHEDULE_DELAY;
        vm.prank(creator);
        escrow.accept(id, scheduledAt);
    }

    /// @dev Accepted, then the clock moved to the scheduled time and the creator marked it delivered.
    function _deliver(uint256 id) internal returns (uint64 deliveredAt) {
        uint64 scheduledAt = _accept(id);
        vm.warp(scheduledAt);
        vm.prank(creator);
        escrow.markDelivered(id);
        deliveredAt = uint64(block.timestamp);
    }

    /// @dev Delivered, then disputed by the holder one hour later.
    function _dispute(uint256 id) internal returns (uint64 disputedAt) {
        _deliver(id);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(escrow.getRequest(id).holder);
        escrow.dispute(id);
        disputedAt = uint64(block.timestamp);
    }

    function _publishBurnOffer() internal returns (uint256 offerId) {
        vm.prank(creator);
        offerId = escrow.publishOffer(_hourOffer(true));
    }

    function _deliveryDeadline(uint64 scheduledAt, uint32 units) internal pure returns (uint64) {
        return scheduledAt + units * HOUR + DELIVERY_GRACE;
    }

    function _status(uint256 id) internal view returns (ITimeEscrow.Status) {
        return escrow.getRequest(id).status;
    }

    function _assertStatus(uint256 id, ITimeEscrow.Status expected) internal view {
        assertEq(uint256(_status(id)), uint256(expected), "status");
    }

    function _assertLocked(uint256 expected) internal view {
        assertEq(escrow.totalLocked(), expected, "totalLocked");
        assertEq(token.balanceOf(address(escrow)), expected, "escrow balance");
    }

    /*//////////////////////////////////////////////////////////////
                        ACTIONS AND THEIR REVERTS
    //////////////////////////////////////////////////////////////*/

    /// @dev Who may take `action` on one of alice's requests.
    function _actor(Action action) internal view returns (address) {
        return _actor(action, alice);
    }

    /// @dev Who may take `action` on one of `holder`'s requests.
    function _actor(Action action, address holder) internal view returns (address) {
        if (action == Action.Resolve) return arbiter;
        bool holders =
            action == Action.Cancel || action == Action.Confirm || action == Action.Reclaim || action == Action.Dispute;
        return holders ? holder : creator;
    }

    /// @dev `caller` takes `action` on request `id`: accept schedules it now, resolve gives the creator nothing.
    function _act(Action action, address caller, uint256 id) internal {
        _actOn(escrow, action, caller, id, uint64(block.timestamp), 0);
    }

    /// @dev `caller`'s `action` on request `id` reverts with `err`.
    function _expectRevertOn(Action action, address caller, uint256 id, bytes memory err) internal {
        vm.expectRevert(err);
        _act(action, caller, id);
    }

    /// @dev `action`, taken by the role allowed to take it, reverts because request `id` is in `status`.
    function _expectWrongStatusOn(Action action, uint256 id, ITimeEscrow.Status status) internal {
        _expectRevertOn(action, _actor(action), id, _wrongStatus(id, status));
    }

    /// @dev Every action on request `id`, each taken by the role allowed to take it, reverts with `err`.
    function _expectEveryActionReverts(uint256 id, bytes memory err) internal {
        for (uint256 a; a <= uint256(Action.Resolve); ++a) {
            _expectRevertOn(Action(a), _actor(Action(a)), id, err);
        }
    }

    function _wrongStatus(uint256 id, ITimeEscrow.Status status) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITimeEscrow.TimeEscrow_WrongStatus.selector, id, status);
    }

    function _tooEarly(uint256 id, uint64 opensAt) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITimeEscrow.TimeEscrow_TooEarly.selector, id, opensAt);
    }

    function _tooLate(uint256 id, uint64 closedAt) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITimeEscrow.TimeEscrow_TooLate.selector, id, closedAt);
    }

    function _notCreator(address caller) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotCreator.selector, caller);
    }

    function _notHolder(address caller) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITimeEscrow.TimeEscrow_NotHolder.selector, caller);
    }

    function _assertIds(uint256[] memory actual, uint256[] memory expected) internal pure {
        assertEq(actual.length, expected.length, "ids length");
        for (uint256 i; i < expected.length; ++i) {
            assertEq(actual[i], expected[i], "id");
        }
    }
}
