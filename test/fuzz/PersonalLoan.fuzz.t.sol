// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Funding, pro-rata distribution and settlement on transfer over random principals, splits, repayments and
/// asset decimals (0 to 18).
contract PersonalLoanFuzzTest is LoanBaseTest {
    function _loan(uint8 decimals, uint256 principal, uint256 interestBps, uint256 count)
        internal
        returns (PersonalLoan loan, MockERC20 asset)
    {
        asset = new MockERC20("Asset", "AST", decimals);
        uint128 each = uint128((principal * (10_000 + interestBps) / 10_000 + count - 1) / count);
        loan = _launchLoan(_terms(address(asset), uint128(principal), count, each));
    }

    /// @notice Lenders are minted exactly what arrived, funding never exceeds the principal, and the loan is active
    /// exactly when the principal is reached.
    function testFuzz_FundingStopsAtThePrincipal(uint256 principal, uint256[4] memory amounts) public {
        principal = bound(principal, 1, 1e30);
        (PersonalLoan loan,) = _loan(18, principal, 500, 3);
        uint256 funded;
        for (uint256 i; i < 4; ++i) {
            if (loan.status() != IPersonalLoan.Status.Funding) break;
            uint256 amount = bound(amounts[i], 1, principal);
            address lender = makeAddr(string.concat("lender", vm.toString(i)));
            uint256 credited = _fund(loan, lender, amount);
            assertEq(credited, amount < principal - funded ? amount : principal - funded, "takes what is missing");
            assertEq(loan.balanceOf(lender), credited);
            funded += credited;
        }
        assertEq(loan.totalFunded(), funded);
        assertEq(loan.totalSupply(), funded);
        assertLe(funded, principal);
        assertEq(loan.status() == IPersonalLoan.Status.Active, funded == principal);
    }

    /// @notice Each holder's claim is its exact pro-rata share of every repayment, rounded down once, at any decimals.
    function testFuzz_ClaimIsProRata(
        uint8 decimals,
        uint256 principal,
        uint256 aliceShare,
        uint256[3] memory repayments
    ) public {
        decimals = uint8(bound(decimals, 0, 18));
        principal = bound(principal, 2, 1e12 * 10 ** decimals);
        (PersonalLoan loan,) = _loan(decimals, principal, 1000, 4);
        aliceShare = bound(aliceShare, 1, principal - 1);
        _fund(loan, alice, aliceShare);
        _fund(loan, bob, principal - aliceShare);
        uint256 repaid;
        for (uint256 i; i < 3; ++i) {
            uint256 owed = loan.owed();
            if (owed == 0) break;
            uint256 amount = bound(repayments[i], 1, owed);
            _repay(loan, amount);
            repaid += amount;
        }
        uint256 aliceExpected = repaid * aliceShare / principal;
        uint256 bobExpected = repaid * (principal - aliceShare) / principal;
        // Rounded down once over the total, except for what each repayment's carried remainder still holds back.
        assertLe(loan.claimable(alice), aliceExpected);
        assertLe(loan.claimable(bob), bobExpected);
        assertLe(aliceExpected - loan.claimable(alice), 1);
        assertLe(bobExpected - loan.claimable(bob), 1);
        uint256 scale = loan.SCALE();
        assertEq(
            (loan.claimable(alice) + loan.claimable(bob)) * scale + loan.remainderOf(alice) + loan.remainderOf(bob)
                + loan.carriedRemainder(),
            repaid * scale,
            "exact in scaled units"
        );
    }

    /// @notice A repayment goes to whoever holds the claim when it arrives: after a sale of part of the claim, the
    /// seller keeps what arrived before, and the next repayment splits by the new balances.
    function testFuzz_TransferSettlesBeforeBalancesMove(uint256 sold, uint256 first, uint256 second) public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, PRINCIPAL);
        first = bound(first, 1, OWED - 1);
        second = bound(second, 1, OWED - first);
        sold = bound(sold, 0, PRINCIPAL);
        _repay(loan, first);
        uint256 aliceBefore = loan.claimable(alice);
        // The sole holder gets everything but what the division carries to the next repayment (under one unit).
        assertApproxEqAbs(aliceBefore, first, 1, "sole holder gets everything");
        vm.prank(alice);
        assertTrue(loan.transfer(carol, sold));
        assertEq(loan.claimable(alice), aliceBefore, "seller keeps the past");
        assertEq(loan.claimable(carol), 0, "buyer gets no past");
        _repay(loan, second);
        uint256 carolExpected = second * sold / PRINCIPAL;
        uint256 aliceExpected = first + second * (PRINCIPAL - sold) / PRINCIPAL;
        assertApproxEqAbs(loan.claimable(carol), carolExpected, 1);
        assertApproxEqAbs(loan.claimable(alice), aliceExpected, 2);
        assertLe(loan.claimable(carol) + loan.claimable(alice), first + second);
    }

    /// @notice A failed loan refunds every holder exactly what its claims stand for, and holds nothing afterwards.
    function testFuzz_FailedFundingRefundsEverything(uint256 a, uint256 b, uint256 moved) public {
        PersonalLoan loan = _launchDefaultLoan();
        a = bound(a, 1, PRINCIPAL / 2);
        b = bound(b, 1, PRINCIPAL / 2 - 1);
        _fund(loan, alice, a);
        _fund(loan, bob, b);
        moved = bound(moved, 0, a);
        vm.prank(alice);
        assertTrue(loan.transfer(bob, moved));
        vm.warp(loan.fundingDeadline());
        if (a - moved != 0) {
            vm.prank(alice);
            assertEq(loan.refund(alice), a - moved);
        }
        vm.prank(bob);
        assertEq(loan.refund(bob), b + moved);
        assertEq(usdc.balanceOf(address(loan)), 0);
        assertEq(usdc.balanceOf(alice) + usdc.balanceOf(bob), a + b);
    }

    /// @notice Installments are filled in order whatever the repayment sizes; the last one completes the loan.
    function testFuzz_InstallmentsFillInOrder(uint256[5] memory repayments) public {
        PersonalLoan loan = _fundedDefaultLoan();
        for (uint256 i; i < 5; ++i) {
            uint256 owed = loan.owed();
            if (owed == 0) break;
            _repay(loan, i == 4 ? owed : bound(repayments[i], 1, owed));
            uint256 repaid = loan.totalRepaid();
            uint256 expectedNext = repaid / INSTALLMENT;
            assertEq(loan.nextInstallment(), expectedNext, "next");
            if (expectedNext < 3) assertEq(loan.installment(expectedNext).paid, repaid % INSTALLMENT);
        }
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Repaid));
        assertEq(loan.repaidAt(), block.timestamp);
    }
}
