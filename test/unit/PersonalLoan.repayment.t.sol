// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {EthRejecter} from "../utils/mocks/EthRejecter.sol";

/// @notice Repayments, the installment record, pro-rata claims and settlement on transfer: one test per branch.
contract PersonalLoanRepaymentTest is LoanBaseTest {
    PersonalLoan internal loan;

    function setUp() public override {
        super.setUp();
        loan = _fundedDefaultLoan();
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
    }

    // ------------------------------------------------------------------------------------------------ repay

    function test_Repay_DistributesProRata() public {
        _mintAndApprove(loan, payer, INSTALLMENT);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.LoanRepayment(payer, INSTALLMENT, INSTALLMENT);
        vm.prank(payer);
        assertEq(loan.repay(INSTALLMENT), INSTALLMENT);
        assertEq(loan.claimable(alice), 350e6);
        assertEq(loan.claimable(bob), 175e6);
        assertEq(loan.totalRepaid(), INSTALLMENT);
        assertEq(loan.owed(), OWED - INSTALLMENT);
    }

    function test_Repay_ByTheCreatorOrAnyone() public {
        usdc.mint(creator, INSTALLMENT);
        vm.startPrank(creator);
        usdc.approve(address(loan), INSTALLMENT);
        loan.repay(INSTALLMENT);
        vm.stopPrank();
        _repay(loan, INSTALLMENT);
        assertEq(loan.totalRepaid(), 2 * INSTALLMENT);
    }

    function test_Repay_RecordsInstallmentOnTime() public {
        IPersonalLoan.InstallmentRecord memory before = loan.installment(0);
        vm.warp(before.dueDate);
        _mintAndApprove(loan, payer, INSTALLMENT);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.InstallmentPaid(0, block.timestamp, false);
        vm.prank(payer);
        loan.repay(INSTALLMENT);
        IPersonalLoan.InstallmentRecord memory rec = loan.installment(0);
        assertEq(rec.paid, INSTALLMENT);
        assertEq(rec.paidAt, block.timestamp);
        assertFalse(rec.late);
        assertEq(loan.nextInstallment(), 1);
        assertEq(loan.lateInstallmentCount(), 0);
    }

    function test_Repay_WithinGraceIsNotLate() public {
        vm.warp(loan.installment(0).dueDate + GRACE);
        _repay(loan, INSTALLMENT);
        assertFalse(loan.installment(0).late);
    }

    function test_Repay_AfterGraceIsLateForever() public {
        uint256 due = loan.installment(0).dueDate;
        vm.warp(due + GRACE + 1);
        assertTrue(loan.installment(0).late, "unpaid past grace reads late");
        assertEq(loan.lateInstallmentCount(), 1);
        _mintAndApprove(loan, payer, INSTALLMENT);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.InstallmentPaid(0, block.timestamp, true);
        vm.prank(payer);
        loan.repay(INSTALLMENT);
        IPersonalLoan.InstallmentRecord memory rec = loan.installment(0);
        assertTrue(rec.late);
        assertEq(rec.paidAt, due + GRACE + 1);
        assertEq(loan.lateInstallmentCount(), 1);
    }

    function test_Repay_PartialInstallmentRecordsWhatWasPaid() public {
        _repay(loan, 200e6);
        IPersonalLoan.InstallmentRecord memory rec = loan.installment(0);
        assertEq(rec.paid, 200e6);
        assertEq(rec.paidAt, 0);
        assertEq(loan.nextInstallment(), 0);
        _repay(loan, 400e6);
        assertEq(loan.installment(0).paid, INSTALLMENT);
        assertEq(loan.installment(0).paidAt, block.timestamp);
        assertEq(loan.installment(1).paid, 75e6);
        assertEq(loan.installment(2).paid, 0);
        assertEq(loan.nextInstallment(), 1);
    }

    function test_Repay_EarlyInFull() public {
        _mintAndApprove(loan, payer, OWED);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.InstallmentPaid(0, block.timestamp, false);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.InstallmentPaid(1, block.timestamp, false);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.InstallmentPaid(2, block.timestamp, false);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.LoanRepaid(OWED, block.timestamp);
        vm.prank(payer);
        loan.repay(OWED);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Repaid));
        assertEq(loan.repaidAt(), block.timestamp);
        assertEq(loan.owed(), 0);
        assertEq(loan.nextInstallment(), 3);
        IPersonalLoan.InstallmentRecord[] memory all = loan.installments();
        for (uint256 i; i < 3; ++i) {
            assertEq(all[i].paid, INSTALLMENT);
            assertFalse(all[i].late);
        }
        assertEq(loan.claimable(alice), 1050e6);
        assertEq(loan.claimable(bob), 525e6);
    }

    function test_Repay_RepaidLoanNeverReadsLate() public {
        _repay(loan, OWED);
        vm.warp(loan.installment(2).dueDate + 365 days);
        assertEq(loan.lateInstallmentCount(), 0);
    }

    function test_Repay_Eth() public {
        PersonalLoan eth = _launchLoan(_terms(address(0), 1 ether, 2, 0.55 ether));
        _fundEth(eth, alice, 0.75 ether);
        _fundEth(eth, bob, 0.25 ether);
        vm.deal(payer, 1.1 ether);
        vm.prank(payer);
        eth.repay{value: 1.1 ether}(1.1 ether);
        vm.prank(alice);
        eth.claim(alice);
        assertEq(alice.balance, 0.825 ether);
        assertEq(eth.claimable(bob), 0.275 ether);
    }

    function test_RevertWhen_RepayWhileFunding() public {
        PersonalLoan fresh = _launchDefaultLoan();
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Funding)
        );
        fresh.repay(1);
    }

    function test_RevertWhen_RepayFailedLoan() public {
        PersonalLoan fresh = _launchDefaultLoan();
        vm.warp(fresh.fundingDeadline());
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Failed)
        );
        fresh.repay(1);
    }

    function test_RevertWhen_RepayRepaidLoan() public {
        _repay(loan, OWED);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Repaid)
        );
        loan.repay(1);
    }

    function test_RevertWhen_RepayZero() public {
        vm.expectRevert(IPersonalLoan.PersonalLoan_ZeroAmount.selector);
        loan.repay(0);
    }

    function test_RevertWhen_RepayMoreThanOwed() public {
        _repay(loan, INSTALLMENT);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_RepaymentExceedsDebt.selector, OWED, OWED - INSTALLMENT)
        );
        loan.repay(OWED);
    }

    function test_RevertWhen_RepayEthValueMismatch() public {
        PersonalLoan eth = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        _fundEth(eth, alice, 1 ether);
        vm.deal(payer, 1 ether);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongPayment.selector, 1 ether, 0.9 ether));
        eth.repay{value: 0.9 ether}(1 ether);
    }

    function test_RevertWhen_RepayErc20WithValue() public {
        vm.deal(payer, 1);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongPayment.selector, 0, 1));
        loan.repay{value: 1}(1);
    }

    // ------------------------------------------------------------------------------------------------ claims

    function test_Claim_PaysAndResets() public {
        _repay(loan, INSTALLMENT);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.RepaymentClaimed(alice, carol, 350e6);
        vm.prank(alice);
        assertEq(loan.claim(carol), 350e6);
        assertEq(usdc.balanceOf(carol), 350e6);
        assertEq(loan.claimable(alice), 0);
        assertEq(loan.totalClaimed(), 350e6);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToClaim.selector, alice));
        loan.claim(alice);
    }

    function test_ClaimFor_PaysTheAccountItself() public {
        _repay(loan, INSTALLMENT);
        vm.prank(carol);
        assertEq(loan.claimFor(bob), 175e6);
        assertEq(usdc.balanceOf(bob), 175e6);
    }

    function test_RevertWhen_ClaimToZero() public {
        vm.prank(alice);
        vm.expectRevert(IPersonalLoan.PersonalLoan_ZeroAddress.selector);
        loan.claim(address(0));
    }

    function test_RevertWhen_ClaimForZero() public {
        vm.expectRevert(IPersonalLoan.PersonalLoan_ZeroAddress.selector);
        loan.claimFor(address(0));
    }

    function test_RevertWhen_NothingToClaim() public {
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToClaim.selector, carol));
        loan.claim(carol);
    }

    function test_RevertWhen_ClaimEthRejected() public {
        PersonalLoan eth = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        _fundEth(eth, alice, 1 ether);
        vm.deal(payer, 1.1 ether);
        vm.prank(payer);
        eth.repay{value: 1.1 ether}(1.1 ether);
        address rejecter = address(new EthRejecter());
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_EthTransferFailed.selector, rejecter, 1.1 ether)
        );
        eth.claim(rejecter);
    }

    // ------------------------------------------------------------------------------------------------ transfers

    function test_Transfer_EarningsStayWithTheSeller() public {
        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        assertTrue(loan.transfer(carol, 500e6));
        assertEq(loan.claimable(alice), 350e6, "seller keeps what arrived before");
        assertEq(loan.claimable(carol), 0, "buyer gets nothing from the past");
        _repay(loan, INSTALLMENT);
        assertEq(loan.claimable(alice), 350e6 + 175e6);
        assertEq(loan.claimable(carol), 175e6, "next installment goes to the buyer");
        assertEq(loan.claimable(bob), 350e6);
    }

    function test_TransferFrom_SettlesBothSides() public {
        _repay(loan, INSTALLMENT);
        vm.prank(bob);
        loan.approve(carol, 500e6);
        vm.prank(carol);
        assertTrue(loan.transferFrom(bob, carol, 500e6));
        _repay(loan, INSTALLMENT);
        assertEq(loan.claimable(bob), 175e6);
        assertEq(loan.claimable(carol), 175e6);
    }

    function test_Transfer_ToSelfChangesNothing() public {
        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        assertTrue(loan.transfer(alice, 1000e6));
        assertEq(loan.claimable(alice), 350e6);
        _repay(loan, INSTALLMENT);
        assertEq(loan.claimable(alice), 700e6);
    }

    function test_Transfer_EmptiedAccountReturnsItsRemainderToTheCarry() public {
        // 1 unit repaid over 1,500e6 claims: every holder has a sub-unit remainder.
        _repay(loan, 1);
        uint256 aliceRest = loan.remainderOf(alice);
        assertGt(aliceRest, 0);
        uint256 carryBefore = loan.carriedRemainder();
        vm.prank(alice);
        assertTrue(loan.transfer(carol, 1000e6));
        assertEq(loan.remainderOf(alice), 0);
        assertEq(loan.carriedRemainder(), carryBefore + aliceRest);
    }

    function test_RevertWhen_TransferToTheLoan() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(loan)));
        loan.transfer(address(loan), 1);
    }

    function test_RevertWhen_UnknownInstallment() public {
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_UnknownInstallment.selector, 3, 3));
        loan.installment(3);
    }

    function test_Conservation_AfterFullCycle() public {
        for (uint256 i; i < 3; ++i) {
            vm.warp(loan.installment(i).dueDate);
            _repay(loan, INSTALLMENT);
            vm.prank(i % 2 == 0 ? alice : bob);
            assertTrue(loan.transfer(carol, 100e6));
        }
        vm.prank(alice);
        loan.claim(alice);
        vm.prank(bob);
        loan.claim(bob);
        vm.prank(carol);
        loan.claim(carol);
        assertEq(loan.totalClaimed(), OWED);
        assertEq(usdc.balanceOf(address(loan)), 0);
    }
}
