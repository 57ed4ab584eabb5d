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
}
