// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {AtDecimals} from "../utils/AtDecimals.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {PersonalLoanHandler} from "./handlers/PersonalLoanHandler.sol";

/// @notice Conservation of one loan under random funding (which may fall short: then refunds), the principal's
/// withdrawal, repayments by anyone in any amounts, claims (own or on behalf) and transfers of the claim in between
/// ({PersonalLoanHandler}). Run per asset decimals (0, 6, 18): nothing may be lost at any decimals.
abstract contract PersonalLoanInvariantTest is LoanBaseTest, AtDecimals {
    uint256 internal constant ACTORS = 5;

    PersonalLoan internal loan;
    MockERC20 internal loanAsset;
    PersonalLoanHandler internal handler;

    function setUp() public override {
        super.setUp();
        loanAsset = new MockERC20("Asset", "AST", DECIMALS);
        uint128 unit = uint128(10 ** DECIMALS);
        // 1,500 whole units lent, 1,575 owed back in 7 uneven installments.
        IPersonalLoan.Terms memory t = _terms(address(loanAsset), 1500 * unit, 7, 225 * unit);
        t.installments[0].amount = 225 * unit - 1;
        t.installments[6].amount = 225 * unit + 1;
        loan = _launchLoan(t);

        address[] memory actors = new address[](ACTORS);
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = makeAddr(string.concat("lender", vm.toString(i)));
        }
        handler = new PersonalLoanHandler(loan, creator, actors);

        // Every action, with `fund` and `transfer` listed twice: picked twice as often as each other one.
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = PersonalLoanHandler.fund.selector;
        selectors[1] = PersonalLoanHandler.fund.selector;
        selectors[2] = PersonalLoanHandler.refund.selector;
        selectors[3] = PersonalLoanHandler.withdrawPrincipal.selector;
        selectors[4] = PersonalLoanHandler.repay.selector;
        selectors[5] = PersonalLoanHandler.claim.selector;
        selectors[6] = PersonalLoanHandler.transfer.selector;
        selectors[7] = PersonalLoanHandler.transfer.selector;
        selectors[8] = PersonalLoanHandler.warp.selector;
        _targetSelectors(address(handler), selectors);
    }

    /// @notice The asset held is exactly funded − refunded − withdrawn + repaid − claimed; the ledger matches the loan.
    function invariant_AssetHeldIsExactlyWhatIsOwed() public view {
        assertEq(loan.totalFunded(), handler.ghostFunded(), "funded");
        assertEq(loan.totalRefunded(), handler.ghostRefunded(), "refunded");
        assertEq(loan.totalRepaid(), handler.ghostRepaid(), "repaid");
        assertEq(loan.totalClaimed(), handler.ghostClaimed(), "claimed");
        assertEq(
            loanAsset.balanceOf(address(loan)),
            handler.ghostFunded() - handler.ghostRefunded() - handler.ghostWithdrawn() + handler.ghostRepaid()
                - handler.ghostClaimed(),
            "balance"
        );
    }

    /// @notice Funded = withdrawn once the principal is out; a failed loan's funding is refunded or still refundable;
    /// claims in circulation are exactly the funding not refunded.
    function invariant_FundedEqualsWithdrawnOrRefundable() public view {
        assertEq(_sumOf(handler.actors(), loan.balanceOf), loan.totalSupply(), "sum of balances");
        assertEq(loan.totalSupply(), handler.ghostFunded() - handler.ghostRefunded(), "supply");
        assertLe(handler.ghostFunded(), loan.principal(), "never above the principal");
        IPersonalLoan.Status s = loan.status();
        if (s == IPersonalLoan.Status.Active || s == IPersonalLoan.Status.Repaid) {
            assertEq(handler.ghostFunded(), loan.principal(), "funded");
            assertEq(handler.ghostRefunded(), 0, "no refund of a funded loan");
            if (loan.principalWithdrawn()) assertEq(handler.ghostWithdrawn(), handler.ghostFunded(), "withdrawn");
        } else {
            assertEq(handler.ghostWithdrawn(), 0, "nothing withdrawn before funding");
            assertEq(handler.ghostRepaid(), 0, "nothing repaid before funding");
        }
    }

    /// @notice repaid = claimed + claimable + carried remainder, exactly in scaled units (1e36 per unit), whatever the
    /// transfers in between; and what holders can claim falls short of what was repaid by less than one unit per
    /// holder plus one.
    function invariant_RepaidEqualsClaimedPlusClaimablePlusRemainder() public view {
        address[] memory actors = handler.actors();
        uint256 scale = loan.SCALE();
        uint256 claimable;
        uint256 scaled = loan.carriedRemainder() + handler.ghostClaimed() * scale;
        for (uint256 i; i < actors.length; ++i) {
            uint256 c = loan.claimable(actors[i]);
            claimable += c;
            scaled += c * scale + loan.remainderOf(actors[i]);
        }
        assertEq(scaled, handler.ghostRepaid() * scale, "repaid != claimed + claimable + remainder");
        uint256 unclaimed = handler.ghostRepaid() - handler.ghostClaimed();
        assertLe(claimable, unclaimed, "claimable above what was repaid");
        assertLe(unclaimed - claimable, actors.length + 1, "rounding beyond one unit per holder");
    }

    /// @notice The installment record agrees with the repayments: installments before `nextInstallment` are paid in full
    /// (with a time), the next one partly, the rest not at all.
    function invariant_InstallmentRecordMatchesRepayments() public view {
        IPersonalLoan.InstallmentRecord[] memory all = loan.installments();
        uint256 next = loan.nextInstallment();
        uint256 paid;
        for (uint256 i; i < all.length; ++i) {
            paid += all[i].paid;
            if (i < next) {
                assertEq(all[i].paid, all[i].amount, "paid in full");
                assertGt(all[i].paidAt, 0, "paid at");
            } else {
                assertEq(all[i].paidAt, 0, "not paid in full");
                if (i > next) assertEq(all[i].paid, 0, "filled in order");
            }
        }
        assertEq(paid, loan.totalRepaid(), "sum of installments paid");
        assertEq(loan.status() == IPersonalLoan.Status.Repaid, next == all.length, "repaid in full");
    }

    function afterInvariant() public view {
        _logCalls(
            handler,
            "fund fundSkipped refund refundSkipped withdraw withdrawSkipped repay repaySkipped claim "
            "claimSkipped transfer warp"
        );
    }
}

/// forge-config: ci.invariant.runs = 128
contract PersonalLoanInvariantTest0Decimals is AtDecimals(0), PersonalLoanInvariantTest {}

/// forge-config: ci.invariant.runs = 128
contract PersonalLoanInvariantTest6Decimals is AtDecimals(6), PersonalLoanInvariantTest {}

/// forge-config: ci.invariant.runs = 128
contract PersonalLoanInvariantTest18Decimals is AtDecimals(18), PersonalLoanInvariantTest {}
