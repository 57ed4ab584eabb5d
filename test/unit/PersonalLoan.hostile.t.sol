// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {FreezableToken} from "../utils/mocks/FreezableToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";
import {ReentrantToken} from "../utils/mocks/ReentrantToken.sol";

/// @notice Loans in hostile assets: fee-on-transfer (credited with what arrived), no-return (USDT-style), 0 decimals,
/// a blocklist (USDC-style), and a token that re-enters on transfer.
contract PersonalLoanHostileTest is LoanBaseTest {
    function _approveAndFund(PersonalLoan loan, address who, uint256 amount) internal returns (uint256) {
        vm.prank(who);
        return loan.fund(amount);
    }

    // ------------------------------------------------------------------------------------------------ fee on transfer

    function test_FeeOnTransfer_FundingCreditsWhatArrived() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100); // 1%
        PersonalLoan loan = _launchLoan(_terms(address(fot), 1000 ether, 1, 1100 ether));
        fot.mint(alice, 2000 ether);
        vm.prank(alice);
        fot.approve(address(loan), type(uint256).max);
        assertEq(_approveAndFund(loan, alice, 1000 ether), 990 ether);
        assertEq(loan.balanceOf(alice), 990 ether);
        // The last lender completes it: asked 10, 9.9 arrive, then 0.1 asked, 0.099 arrive, ...
        while (loan.status() == IPersonalLoan.Status.Funding) {
            _approveAndFund(loan, alice, 1000 ether);
        }
        assertEq(loan.totalFunded(), 1000 ether);
        assertEq(loan.totalSupply(), 1000 ether);
        assertEq(fot.balanceOf(address(loan)), 1000 ether);
    }

    function test_FeeOnTransfer_RepaymentCreditsWhatArrived() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100);
        PersonalLoan loan = _launchLoan(_terms(address(fot), 1000 ether, 1, 1100 ether));
        fot.mint(alice, 2000 ether);
        vm.prank(alice);
        fot.approve(address(loan), type(uint256).max);
        while (loan.status() == IPersonalLoan.Status.Funding) {
            _approveAndFund(loan, alice, 1000 ether);
        }
        fot.mint(payer, 1000 ether);
        vm.startPrank(payer);
        fot.approve(address(loan), 1000 ether);
        assertEq(loan.repay(1000 ether), 990 ether);
        vm.stopPrank();
        assertEq(loan.totalRepaid(), 990 ether);
        assertEq(loan.installment(0).paid, 990 ether);
        assertEq(loan.claimable(alice), 990 ether);
        vm.prank(alice);
        loan.claim(alice);
        assertEq(fot.balanceOf(address(loan)), 1000 ether, "principal still held");
    }

    function test_FeeOnTransfer_RefundPaysWhatWasCredited() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100);
        PersonalLoan loan = _launchLoan(_terms(address(fot), 1000 ether, 1, 1100 ether));
        fot.mint(alice, 100 ether);
        vm.prank(alice);
        fot.approve(address(loan), 100 ether);
        _approveAndFund(loan, alice, 100 ether);
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        assertEq(loan.refund(alice), 99 ether);
        assertEq(fot.balanceOf(address(loan)), 0);
    }

    // ------------------------------------------------------------------------------------------------ no return

    function test_NoReturnToken_WholeCycle() public {
        NoReturnToken usdt = new NoReturnToken();
        PersonalLoan loan = _launchLoan(_terms(address(usdt), PRINCIPAL, 3, INSTALLMENT));
        usdt.mint(alice, PRINCIPAL);
        vm.prank(alice);
        usdt.approve(address(loan), PRINCIPAL);
        _approveAndFund(loan, alice, PRINCIPAL);
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
        assertEq(usdt.balanceOf(creator), PRINCIPAL);
        usdt.mint(payer, OWED);
        vm.startPrank(payer);
        usdt.approve(address(loan), OWED);
        loan.repay(OWED);
        vm.stopPrank();
        vm.prank(alice);
        loan.claim(alice);
        assertEq(usdt.balanceOf(alice), OWED);
    }

    function test_NoReturnToken_FailedFundingRefunds() public {
        NoReturnToken usdt = new NoReturnToken();
        PersonalLoan loan = _launchLoan(_terms(address(usdt), PRINCIPAL, 3, INSTALLMENT));
        usdt.mint(alice, 10e6);
        vm.prank(alice);
        usdt.approve(address(loan), 10e6);
        _approveAndFund(loan, alice, 10e6);
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        loan.refund(alice);
        assertEq(usdt.balanceOf(alice), 10e6);
    }

    // ------------------------------------------------------------------------------------------------ low decimals

    function test_ZeroDecimals_NothingLostOverManyHolders() public {
        MockERC20 indivisible = new MockERC20("Whole", "WHL", 0);
        PersonalLoan loan = _launchLoan(_terms(address(indivisible), 7, 3, 3));
        address[7] memory holders;
        for (uint256 i; i < 7; ++i) {
            holders[i] = makeAddr(string.concat("h", vm.toString(i)));
            _fund(loan, holders[i], 1);
        }
        assertEq(loan.decimals(), 0);
        _repay(loan, 3);
        _repay(loan, 3);
        _repay(loan, 3);
        uint256 claimable;
        uint256 scaled = loan.carriedRemainder();
        for (uint256 i; i < 7; ++i) {
            claimable += loan.claimable(holders[i]);
            scaled += loan.remainderOf(holders[i]) + loan.claimable(holders[i]) * loan.SCALE();
        }
        assertEq(scaled, 9 * loan.SCALE(), "exact in scaled units");
        assertEq(claimable, 7, "each holder: 9/7 = 1 whole unit, the rest carried");
        assertLe(9 - claimable, 7);
    }

    // ------------------------------------------------------------------------------------------------ blocklist

    function test_Blocklist_BlockedHolderClaimsElsewhereOthersUnaffected() public {
        FreezableToken frz = new FreezableToken();
        PersonalLoan loan = _launchLoan(_terms(address(frz), 1000 ether, 1, 1100 ether));
        _fundFreezable(frz, loan, alice, 600 ether);
        _fundFreezable(frz, loan, bob, 400 ether);
        frz.mint(payer, 1100 ether);
        vm.startPrank(payer);
        frz.approve(address(loan), 1100 ether);
        loan.repay(1100 ether);
        vm.stopPrank();
        frz.setBlocked(alice, true);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(FreezableToken.FreezableToken_Blocked.selector, alice));
        loan.claim(alice);
        vm.prank(alice);
        loan.claim(carol);
        assertEq(frz.balanceOf(carol), 660 ether);
        vm.prank(bob);
        loan.claim(bob);
        assertEq(frz.balanceOf(bob), 440 ether);
    }

    function test_Blocklist_BlockedCreatorWithdrawsElsewhere() public {
        FreezableToken frz = new FreezableToken();
        PersonalLoan loan = _launchLoan(_terms(address(frz), 1000 ether, 1, 1100 ether));
        _fundFreezable(frz, loan, alice, 1000 ether);
        frz.setBlocked(creator, true);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(FreezableToken.FreezableToken_Blocked.selector, creator));
        loan.withdrawPrincipal(creator);
        vm.prank(creator);
        loan.withdrawPrincipal(carol);
        assertEq(frz.balanceOf(carol), 1000 ether);
    }

    function test_Blocklist_FrozenLoanCanStillTradeClaims() public {
        FreezableToken frz = new FreezableToken();
        PersonalLoan loan = _launchLoan(_terms(address(frz), 1000 ether, 1, 1100 ether));
        _fundFreezable(frz, loan, alice, 1000 ether);
        frz.setBlocked(address(loan), true);
        vm.prank(alice);
        assertTrue(loan.transfer(bob, 100 ether));
        assertEq(loan.balanceOf(bob), 100 ether);
    }

    function _fundFreezable(FreezableToken frz, PersonalLoan loan, address who, uint256 amount) internal {
        frz.mint(who, amount);
        vm.startPrank(who);
        frz.approve(address(loan), amount);
        loan.fund(amount);
        vm.stopPrank();
    }

    // ------------------------------------------------------------------------------------------------ reentrancy

    function test_Reentrancy_ClaimCannotBeReentered() public {
        ReentrantToken rt = new ReentrantToken();
        PersonalLoan loan = _launchLoan(_terms(address(rt), 1000 ether, 1, 1100 ether));
        rt.mint(alice, 1000 ether);
        vm.startPrank(alice);
        rt.approve(address(loan), 1000 ether);
        loan.fund(1000 ether);
        vm.stopPrank();
        rt.mint(payer, 1100 ether);
        vm.startPrank(payer);
        rt.approve(address(loan), 1100 ether);
        loan.repay(1100 ether);
        vm.stopPrank();
        rt.arm(address(loan), abi.encodeCall(PersonalLoan.claimFor, (alice)));
        vm.prank(alice);
        loan.claim(alice);
        assertTrue(rt.reentered());
        assertFalse(rt.reentrySucceeded());
        assertEq(bytes4(rt.reentryResult()), ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector, "guarded");
        assertEq(rt.balanceOf(alice), 1100 ether);
        assertEq(rt.balanceOf(address(loan)), 1000 ether);
    }
}
