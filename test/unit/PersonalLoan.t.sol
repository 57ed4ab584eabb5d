// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {EthRejecter} from "../utils/mocks/EthRejecter.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";

/// @notice Launch terms, funding, failed-funding refunds and the principal's withdrawal: one test per branch.
contract PersonalLoanTest is LoanBaseTest {
    // ------------------------------------------------------------------------------------------------ launch

    function test_Launch_RecordsTerms() public {
        PersonalLoan loan = _launchDefaultLoan();
        assertEq(loan.token(), address(alex));
        assertEq(loan.creator(), creator);
        assertEq(loan.name(), "Peter Pan Loan 2026");
        assertEq(loan.symbol(), "PPL26");
        assertEq(loan.decimals(), 6);
        assertEq(loan.asset(), address(usdc));
        assertEq(loan.principal(), PRINCIPAL);
        assertEq(loan.totalOwed(), OWED);
        assertEq(loan.owed(), OWED);
        assertEq(loan.fundingDeadline(), block.timestamp + FUNDING_WINDOW);
        assertEq(loan.gracePeriod(), GRACE);
        assertEq(loan.installmentCount(), 3);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Funding));
        assertEq(loan.totalSupply(), 0);
        IPersonalLoan.InstallmentRecord memory first = loan.installment(0);
        assertEq(first.dueDate, block.timestamp + FUNDING_WINDOW + MONTH);
        assertEq(first.amount, INSTALLMENT);
        assertEq(first.paid, 0);
        assertEq(first.paidAt, 0);
        assertFalse(first.late);
    }

    function test_Launch_EthLoanHas18Decimals() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        assertEq(loan.decimals(), 18);
    }

    function test_Launch_AssetWithoutDecimalsDefaultsTo18() public {
        // The personal token's own vesting wallet has code and no `decimals()`.
        PersonalLoan loan = _launchLoan(_terms(address(factory), 1, 1, 1));
        assertEq(loan.decimals(), 18);
    }

    function test_Launch_NoReturnTokenDecimals() public {
        NoReturnToken usdt = new NoReturnToken();
        PersonalLoan loan = _launchLoan(_terms(address(usdt), PRINCIPAL, 3, INSTALLMENT));
        assertEq(loan.decimals(), 6);
    }

    function test_RevertWhen_ImplementationInitialized() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        loanImpl.initializeModule(address(alex), creator, 0, abi.encode(_defaultTerms()));
    }

    function test_RevertWhen_InitializedTwice() public {
        PersonalLoan loan = _launchDefaultLoan();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        loan.initializeModule(address(alex), creator, 0, abi.encode(_defaultTerms()));
    }

    function _expectLaunchRevert(IPersonalLoan.Terms memory t, bytes memory err) internal {
        vm.prank(creator);
        vm.expectRevert(err);
        factory.launchModule(
            address(alex),
            IPersonalTokenFactory.ModuleParams({implementation: address(loanImpl), tokenAmount: 0, data: abi.encode(t)})
        );
    }

    function test_RevertWhen_FundedAtLaunch() public {
        vm.startPrank(creator);
        alex.approve(address(factory), 1);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_FundedAtLaunch.selector, 1));
        factory.launchModule(
            address(alex),
            IPersonalTokenFactory.ModuleParams({
                implementation: address(loanImpl), tokenAmount: 1, data: abi.encode(_defaultTerms())
            })
        );
        vm.stopPrank();
    }

    function test_RevertWhen_EmptyName() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.name = "";
        _expectLaunchRevert(t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_EmptyName.selector));
    }

    function test_RevertWhen_EmptySymbol() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.symbol = "";
        _expectLaunchRevert(t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_EmptySymbol.selector));
    }

    function test_RevertWhen_ZeroPrincipal() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.principal = 0;
        _expectLaunchRevert(
            t,
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_PrincipalOutOfRange.selector, 0, loanImpl.MAX_PRINCIPAL())
        );
    }

    function test_RevertWhen_PrincipalAboveMax() public {
        uint128 tooLarge = uint128(loanImpl.MAX_PRINCIPAL() + 1);
        IPersonalLoan.Terms memory t = _terms(address(usdc), tooLarge, 1, tooLarge);
        _expectLaunchRevert(
            t,
            abi.encodeWithSelector(
                IPersonalLoan.PersonalLoan_PrincipalOutOfRange.selector, tooLarge, loanImpl.MAX_PRINCIPAL()
            )
        );
    }

    function test_RevertWhen_FundingDeadlineNotInFuture() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.fundingDeadline = uint64(block.timestamp);
        _expectLaunchRevert(
            t,
            abi.encodeWithSelector(
                IPersonalLoan.PersonalLoan_FundingDeadlineNotInFuture.selector, block.timestamp, block.timestamp
            )
        );
    }

    function test_RevertWhen_GracePeriodTooLong() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.gracePeriod = uint32(365 days + 1);
        _expectLaunchRevert(
            t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_GracePeriodTooLong.selector, 365 days + 1, 365 days)
        );
    }

    function test_RevertWhen_NoInstallments() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.installments = new IPersonalLoan.Installment[](0);
        _expectLaunchRevert(
            t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_InstallmentCountOutOfRange.selector, 0, 120)
        );
    }

    function test_RevertWhen_TooManyInstallments() public {
        IPersonalLoan.Terms memory t = _terms(address(usdc), PRINCIPAL, 121, INSTALLMENT);
        _expectLaunchRevert(
            t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_InstallmentCountOutOfRange.selector, 121, 120)
        );
    }

    function test_Launch_AcceptsMaxInstallments() public {
        PersonalLoan loan = _launchLoan(_terms(address(usdc), PRINCIPAL, 120, INSTALLMENT));
        assertEq(loan.installmentCount(), 120);
    }

    function test_RevertWhen_ZeroInstallment() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.installments[1].amount = 0;
        _expectLaunchRevert(t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_ZeroInstallment.selector, 1));
    }

    function test_RevertWhen_FirstDueDateNotAfterFundingDeadline() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.installments[0].dueDate = t.fundingDeadline;
        _expectLaunchRevert(
            t,
            abi.encodeWithSelector(
                IPersonalLoan.PersonalLoan_DueDateNotAfter.selector, 0, t.fundingDeadline, t.fundingDeadline
            )
        );
    }

    function test_RevertWhen_DueDatesNotIncreasing() public {
        IPersonalLoan.Terms memory t = _defaultTerms();
        t.installments[2].dueDate = t.installments[1].dueDate;
        _expectLaunchRevert(
            t,
            abi.encodeWithSelector(
                IPersonalLoan.PersonalLoan_DueDateNotAfter.selector,
                2,
                t.installments[1].dueDate,
                t.installments[1].dueDate
            )
        );
    }

    function test_RevertWhen_OwedBelowPrincipal() public {
        IPersonalLoan.Terms memory t = _terms(address(usdc), PRINCIPAL, 3, 499e6);
        _expectLaunchRevert(
            t, abi.encodeWithSelector(IPersonalLoan.PersonalLoan_OwedBelowPrincipal.selector, 1497e6, PRINCIPAL)
        );
    }

    function test_RevertWhen_OwedTooLarge() public {
        IPersonalLoan.Terms memory t = _terms(address(usdc), PRINCIPAL, 2, type(uint128).max);
        _expectLaunchRevert(
            t,
            abi.encodeWithSelector(
                IPersonalLoan.PersonalLoan_OwedTooLarge.selector, uint256(type(uint128).max) * 2, type(uint128).max
            )
        );
    }

    function test_Launch_ZeroInterestAllowed() public {
        PersonalLoan loan = _launchLoan(_terms(address(usdc), PRINCIPAL, 3, 500e6));
        assertEq(loan.totalOwed(), PRINCIPAL);
    }

    // ------------------------------------------------------------------------------------------------ funding

    function test_Fund_MintsClaimsPerUnitLent() public {
        PersonalLoan loan = _launchDefaultLoan();
        _mintAndApprove(loan, alice, 1000e6);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.LoanFunded(alice, 1000e6, 1000e6);
        vm.prank(alice);
        assertEq(loan.fund(1000e6), 1000e6);
        assertEq(loan.balanceOf(alice), 1000e6);
        assertEq(loan.totalFunded(), 1000e6);
        assertEq(usdc.balanceOf(address(loan)), 1000e6);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Funding));
        assertEq(loan.fundedAt(), 0);
    }

    function test_Fund_CompletesAtPrincipal() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        _mintAndApprove(loan, bob, 500e6);
        vm.expectEmit(address(loan));
        emit IPersonalLoan.FundingCompleted(PRINCIPAL, block.timestamp);
        vm.prank(bob);
        loan.fund(500e6);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Active));
        assertEq(loan.fundedAt(), block.timestamp);
        assertEq(loan.totalSupply(), PRINCIPAL);
    }

    function test_Fund_TakesOnlyWhatIsMissing() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        assertEq(_fund(loan, bob, 900e6), 500e6);
        assertEq(usdc.balanceOf(bob), 400e6);
        assertEq(loan.balanceOf(bob), 500e6);
    }

    function test_Fund_EthReturnsExcess() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        _fundEth(loan, alice, 0.4 ether);
        assertEq(_fundEth(loan, bob, 1 ether), 0.6 ether);
        assertEq(bob.balance, 0.4 ether);
        assertEq(address(loan).balance, 1 ether);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Active));
    }

    function test_Fund_OneLender() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, PRINCIPAL);
        assertEq(loan.balanceOf(alice), PRINCIPAL);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Active));
    }

    function test_RevertWhen_FundZero() public {
        PersonalLoan loan = _launchDefaultLoan();
        vm.prank(alice);
        vm.expectRevert(IPersonalLoan.PersonalLoan_ZeroAmount.selector);
        loan.fund(0);
    }

    function test_RevertWhen_FundAfterDeadline() public {
        PersonalLoan loan = _launchDefaultLoan();
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Failed)
        );
        loan.fund(1);
    }

    function test_RevertWhen_FundAfterFunded() public {
        PersonalLoan loan = _fundedDefaultLoan();
        vm.prank(carol);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Active)
        );
        loan.fund(1);
    }

    function test_RevertWhen_FundEthValueMismatch() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongPayment.selector, 1 ether, 0.5 ether));
        loan.fund{value: 0.5 ether}(1 ether);
    }

    function test_RevertWhen_FundErc20WithValue() public {
        PersonalLoan loan = _launchDefaultLoan();
        vm.deal(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongPayment.selector, 0, 1));
        loan.fund{value: 1}(1);
    }

    function test_RevertWhen_PlainEthSent() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool ok,) = address(loan).call{value: 1 ether}("");
        assertFalse(ok);
    }

    // ------------------------------------------------------------------------------------------------ refunds

    function test_Refund_PaysBackExactlyWhatWasLent() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        _fund(loan, bob, 400e6);
        vm.warp(loan.fundingDeadline());
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Failed));
        vm.expectEmit(address(loan));
        emit IPersonalLoan.FundingRefunded(alice, carol, 1000e6);
        vm.prank(alice);
        assertEq(loan.refund(carol), 1000e6);
        vm.prank(bob);
        loan.refund(bob);
        assertEq(usdc.balanceOf(carol), 1000e6);
        assertEq(usdc.balanceOf(bob), 400e6);
        assertEq(usdc.balanceOf(address(loan)), 0);
        assertEq(loan.totalSupply(), 0);
        assertEq(loan.totalRefunded(), 1400e6);
    }

    function test_Refund_GoesToWhoeverHoldsTheClaim() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        vm.prank(alice);
        assertTrue(loan.transfer(carol, 300e6));
        vm.warp(loan.fundingDeadline());
        vm.prank(carol);
        assertEq(loan.refund(carol), 300e6);
        vm.prank(alice);
        assertEq(loan.refund(alice), 700e6);
    }

    function test_Refund_Eth() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        _fundEth(loan, alice, 0.4 ether);
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        loan.refund(alice);
        assertEq(alice.balance, 0.4 ether);
    }

    function test_RevertWhen_RefundWhileFunding() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Funding)
        );
        loan.refund(alice);
    }

    function test_RevertWhen_RefundFundedLoan() public {
        PersonalLoan loan = _fundedDefaultLoan();
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Active)
        );
        loan.refund(alice);
    }

    function test_RevertWhen_RefundToZero() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        vm.expectRevert(IPersonalLoan.PersonalLoan_ZeroAddress.selector);
        loan.refund(address(0));
    }

    function test_RevertWhen_NothingToRefund() public {
        PersonalLoan loan = _launchDefaultLoan();
        vm.warp(loan.fundingDeadline());
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToRefund.selector, carol));
        loan.refund(carol);
    }

    function test_RevertWhen_RefundEthRejected() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        _fundEth(loan, alice, 0.4 ether);
        vm.warp(loan.fundingDeadline());
        address rejecter = address(new EthRejecter());
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_EthTransferFailed.selector, rejecter, 0.4 ether)
        );
        loan.refund(rejecter);
    }

    // ------------------------------------------------------------------------------------------------ principal

    function test_WithdrawPrincipal_PaysTheCreatorOnce() public {
        PersonalLoan loan = _fundedDefaultLoan();
        vm.expectEmit(address(loan));
        emit IPersonalLoan.PrincipalWithdrawn(creator, PRINCIPAL);
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
        assertEq(usdc.balanceOf(creator), PRINCIPAL);
        assertTrue(loan.principalWithdrawn());
        vm.prank(creator);
        vm.expectRevert(IPersonalLoan.PersonalLoan_PrincipalAlreadyWithdrawn.selector);
        loan.withdrawPrincipal(creator);
    }

    function test_WithdrawPrincipal_AfterFullRepayment() public {
        PersonalLoan loan = _fundedDefaultLoan();
        _repay(loan, OWED);
        vm.prank(creator);
        loan.withdrawPrincipal(carol);
        assertEq(usdc.balanceOf(carol), PRINCIPAL);
        assertEq(usdc.balanceOf(address(loan)), OWED);
    }

    function test_RevertWhen_WithdrawPrincipalNotCreator() public {
        PersonalLoan loan = _fundedDefaultLoan();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NotCreator.selector, alice));
        loan.withdrawPrincipal(alice);
    }

    function test_RevertWhen_WithdrawPrincipalWhileFunding() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Funding)
        );
        loan.withdrawPrincipal(creator);
    }

    function test_RevertWhen_WithdrawPrincipalOfFailedLoan() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        vm.warp(loan.fundingDeadline());
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(IPersonalLoan.PersonalLoan_WrongStatus.selector, IPersonalLoan.Status.Failed)
        );
        loan.withdrawPrincipal(creator);
    }

    function test_RevertWhen_WithdrawPrincipalToZero() public {
        PersonalLoan loan = _fundedDefaultLoan();
        vm.prank(creator);
        vm.expectRevert(IPersonalLoan.PersonalLoan_ZeroAddress.selector);
        loan.withdrawPrincipal(address(0));
    }

    // ------------------------------------------------------------------------------------------------ surplus

    function test_RecoverSurplus_StrayAssetAndOtherTokens() public {
        PersonalLoan loan = _fundedDefaultLoan();
        usdc.mint(address(loan), 7e6);
        vm.prank(alice);
        assertEq(loan.recoverSurplus(address(usdc)), 7e6);
        assertEq(usdc.balanceOf(creator), 7e6);
        vm.prank(creator);
        assertTrue(alex.transfer(address(loan), 5 ether));
        loan.recoverSurplus(address(alex));
        assertEq(alex.balanceOf(address(loan)), 0);
    }

    function test_RecoverSurplus_NeverTouchesWhatIsOwed() public {
        PersonalLoan loan = _fundedDefaultLoan();
        _repay(loan, INSTALLMENT);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToRecover.selector, address(usdc)));
        loan.recoverSurplus(address(usdc));
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToRecover.selector, address(usdc)));
        loan.recoverSurplus(address(usdc));
        vm.prank(alice);
        loan.claim(alice);
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToRecover.selector, address(usdc)));
        loan.recoverSurplus(address(usdc));
    }

    function test_RecoverSurplus_ForcedEth() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 1, 1.1 ether));
        _fundEth(loan, alice, 0.4 ether);
        vm.deal(address(loan), 1 ether);
        assertEq(loan.recoverSurplus(address(0)), 0.6 ether);
        assertEq(creator.balance, 0.6 ether);
    }

    function test_RevertWhen_NothingToRecover() public {
        PersonalLoan loan = _launchDefaultLoan();
        vm.expectRevert(abi.encodeWithSelector(IPersonalLoan.PersonalLoan_NothingToRecover.selector, address(alex)));
        loan.recoverSurplus(address(alex));
    }
}
