// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice $ALEX with a time escrow: one offer, 25,000 ALEX buys one hour, 10 hours per 30 days, paid to the creator.
abstract contract EscrowBaseTest is BaseTest {
    uint256 internal constant HOUR_PRICE = 25_000 ether;
    uint64 internal constant HOUR = 1 hours;
    uint32 internal constant CAPACITY = 10;
    uint64 internal constant CONFIRMATION_WINDOW = 3 days;
    uint64 internal constant DELIVERY_GRACE = 2 days;
    uint64 internal constant ARBITRATION_TIMEOUT = 14 days;
    uint64 internal constant CAPACITY_PERIOD = 30 days;

    TimeEscrow internal escrowImpl;
    address internal arbiter = makeAddr("arbiter");

    function setUp() public virtual override {
        super.setUp();
        escrowImpl = new TimeEscrow();
    }

    function _config(address arbiter_) internal pure returns (ITimeEscrow.Config memory) {
        return ITimeEscrow.Config({
            arbiter: arbiter_,
            confirmationWindow: CONFIRMATION_WINDOW,
            deliveryGrace: DELIVERY_GRACE,
            arbitrationTimeout: ARBITRATION_TIMEOUT,
            capacityPeriod: CAPACITY_PERIOD
        });
    }

    function _hourOffer(bool burn) internal pure returns (ITimeEscrow.Offer memory) {
        return ITimeEscrow.Offer({
            pricePerUnit: HOUR_PRICE,
            unitLength: HOUR,
            capacity: CAPACITY,
            open: true,
            burn: burn,
            uri: "ipfs://an-hour"
        });
    }

    /// @dev Launches ALEX (BaseTest default allocations: alice holds 1,000,000) with a time escrow publishing `offers`.
    function _launchEscrow(ITimeEscrow.Config memory c, ITimeEscrow.Offer[] memory offers)
        internal
        returns (PersonalToken token, TimeEscrow escrow)
    {
        (address t, address module) = _launchWithModule(
            _defaultParams(),
            IPersonalTokenFactory.ModuleParams({
                implementation: address(escrowImpl), tokenAmount: 0, data: abi.encode(c, offers)
            })
        );
        token = PersonalToken(t);
        escrow = TimeEscrow(module);
    }

    /// @dev The default escrow: an arbiter and the one-hour offer (id 0, paid to the creator).
    function _launchDefaultEscrow() internal returns (PersonalToken token, TimeEscrow escrow) {
        ITimeEscrow.Offer[] memory offers = new ITimeEscrow.Offer[](1);
        offers[0] = _hourOffer(false);
        return _launchEscrow(_config(arbiter), offers);
    }

    /// @dev Every action on a request after it is made, in lifecycle order.
    enum Action {
        Cancel,
        Decline,
        Accept,
        MarkDelivered,
        Confirm,
        Release,
        Reclaim,
        Dispute,
        Resolve
    }

    /// @dev `caller` takes `action` on request `id` of `e`; `scheduledAt` goes to accept, `toCreator` to resolve.
    /// Reverts with the escrow's error when the escrow refuses (a `vm.expectRevert` before it catches that).
    function _actOn(TimeEscrow e, Action action, address caller, uint256 id, uint64 scheduledAt, uint256 toCreator)
        internal
    {
        vm.prank(caller);
        (bool ok, bytes memory err) = address(e).call(_actionCall(action, id, scheduledAt, toCreator));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(err, 0x20), mload(err))
            }
        }
    }

    /// @dev The calldata of `action` on request `id`; `scheduledAt` goes to accept, `toCreator` to resolve.
    function _actionCall(Action action, uint256 id, uint64 scheduledAt, uint256 toCreator)
        internal
        pure
        returns (bytes memory)
    {
        if (action == Action.Cancel) return abi.encodeCall(ITimeEscrow.cancel, (id));
        if (action == Action.Decline) return abi.encodeCall(ITimeEscrow.decline, (id));
        if (action == Action.Accept) return abi.encodeCall(ITimeEscrow.accept, (id, scheduledAt));
        if (action == Action.MarkDelivered) return abi.encodeCall(ITimeEscrow.markDelivered, (id));
        if (action == Action.Confirm) return abi.encodeCall(ITimeEscrow.confirm, (id));
        if (action == Action.Release) return abi.encodeCall(ITimeEscrow.release, (id));
        if (action == Action.Reclaim) return abi.encodeCall(ITimeEscrow.reclaim, (id));
        if (action == Action.Dispute) return abi.encodeCall(ITimeEscrow.dispute, (id));
        return abi.encodeCall(ITimeEscrow.resolve, (id, toCreator));
    }
}
