// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalLoan} from "../../../contracts/interfaces/IPersonalLoan.sol";
import {PersonalLoan} from "../../../contracts/modules/PersonalLoan.sol";
import {MockERC20} from "../../utils/mocks/MockERC20.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives one {PersonalLoan} (an ERC-20 asset of any decimals) through funding, refunds of a failed loan, the
/// principal's withdrawal, repayments by anyone, claims, claims on someone's behalf and transfers of the claim (also
/// to accounts that never lent), with bounded, never-reverting calls. Keeps a ledger of what was funded, refunded,
/// withdrawn, repaid and claimed.
/// @dev Preconditions come from the loan's status, which the unit tests pin down; a revert means the loan refused
/// something it must allow.
contract PersonalLoanHandler is BaseHandler {
    uint256 public constant MAX_WARP = 20 days;
    uint256 public constant MAX_FUNDING_WARP = 3 days;

    PersonalLoan public immutable loan;
    MockERC20 public immutable asset;
    address public immutable creator;

    uint256 public ghostFunded;
    uint256 public ghostRefunded;
    uint256 public ghostWithdrawn;
    uint256 public ghostRepaid;
    uint256 public ghostClaimed;
    uint256 public ghostTransfers;

    constructor(PersonalLoan loan_, address creator_, address[] memory actors_) {
        loan = loan_;
        asset = MockERC20(loan_.asset());
        creator = creator_;
        _setActors(actors_);
    }

    function fund(uint256 actorSeed, uint256 amount) external {
        if (loan.status() != IPersonalLoan.Status.Funding) {
            ++calls["fundSkipped"];
            return;
        }
        address actor = _actor(actorSeed);
        // Dust, or a real share of the principal (the loan takes only what is missing), so most runs get funded.
        uint256 principal = loan.principal();
        amount = actorSeed % 3 == 0 ? _bound(amount, 1, principal) : _bound(amount, principal / 4, principal);
        asset.mint(actor, amount);
        vm.startPrank(actor);
        asset.approve(address(loan), amount);
        uint256 credited = loan.fund(amount);
        vm.stopPrank();
        ghostFunded += credited;
        ++calls["fund"];
    }

    function refund(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        if (loan.status() != IPersonalLoan.Status.Failed || loan.balanceOf(actor) == 0) {
            ++calls["refundSkipped"];
            return;
        }
        vm.prank(actor);
        ghostRefunded += loan.refund(actor);
        ++calls["refund"];
    }

    function withdrawPrincipal() external {
        IPersonalLoan.Status s = loan.status();
        if (s == IPersonalLoan.Status.Funding || s == IPersonalLoan.Status.Failed || loan.principalWithdrawn()) {
            ++calls["withdrawSkipped"];
            return;
        }
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
        ghostWithdrawn += loan.principal();
        ++calls["withdraw"];
    }

    function repay(uint256 payerSeed, uint256 amount) external {
        if (loan.status() != IPersonalLoan.Status.Active) {
            ++calls["repaySkipped"];
            return;
        }
        // Anyone pays: an actor, the creator, or a stranger.
        address payer = payerSeed % 3 == 0 ? creator : _actor(payerSeed / 3);
        // Mostly small repayments (dust, odd amounts), sometimes the whole rest.
        uint256 owed = loan.owed();
        amount = payerSeed % 5 == 0 ? owed : _bound(amount, 1, owed);
        asset.mint(payer, amount);
        vm.startPrank(payer);
        asset.approve(address(loan), amount);
        ghostRepaid += loan.repay(amount);
        vm.stopPrank();
        ++calls["repay"];
    }

    function claim(uint256 actorSeed, bool onBehalf) external {
        address actor = _actor(actorSeed);
        if (loan.claimable(actor) == 0) {
            ++calls["claimSkipped"];
            return;
        }
        if (onBehalf) {
            ghostClaimed += loan.claimFor(actor);
        } else {
            vm.prank(actor);
            ghostClaimed += loan.claim(actor);
        }
        ++calls["claim"];
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        address to = _actor(toSeed);
        uint256 balance = loan.balanceOf(from);
        amount = _bound(amount, 0, balance);
        // Often the whole balance, so emptied accounts return their remainders.
        if (toSeed % 4 == 0) amount = balance;
        vm.prank(from);
        require(loan.transfer(to, amount), "transfer");
        ghostTransfers += amount;
        ++calls["transfer"];
    }

    /// @dev Short steps while funding is open (so it can complete, or fail near the deadline), long ones after.
    function warp(uint256 seconds_) external {
        _warpBy(seconds_, 1, loan.status() == IPersonalLoan.Status.Funding ? MAX_FUNDING_WARP : MAX_WARP);
    }
}
