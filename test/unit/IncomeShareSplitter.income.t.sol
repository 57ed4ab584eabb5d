// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Vm} from "forge-std/Vm.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {SoldSplitterTestBase} from "../utils/SoldSplitterTestBase.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Unit tests for the {IncomeShareSplitter} income side: reports, payments, the payout cap, lateness, claims,
/// share transfers and surplus. alice, bob and carol bought 500k, 300k and 150k of the 1M offered; the sale succeeded.
contract IncomeShareSplitterIncomeTest is SoldSplitterTestBase {
    uint256 internal constant CAP = 10_000 * 1e6;

    MockERC20 internal lp;

    function setUp() public override {
        super.setUp();
        lp = new MockERC20("Uniswap V2", "UNI-V2", 18);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
    }

    /*//////////////////////////////////////////////////////////////
                          RECEIPT CAP (NO OVERFLOW)
    //////////////////////////////////////////////////////////////*/

    /// @dev An asset with an absurd supply can fill the cap but never overflow the scaled sums: the payment past it
    /// reverts, and every holder can still claim and transfer.
    function test_RevertWhen_PaymentTakesReceiptsPastTheCap() public {
        uint256 max = splitter.MAX_TOTAL_RECEIVED();
        lp.mint(creator, max + 1);
        _approveFrom(creator, lp, address(splitter), max + 1);

        vm.prank(creator);
        splitter.distribute(address(lp), max - 10);

        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_PaymentTooLarge.selector, 11, 10)
        );
        vm.prank(creator);
        splitter.distribute(address(lp), 11);

        vm.prank(creator);
        splitter.distribute(address(lp), 10);
        (uint256 received,) = splitter.assetTotals(address(lp));
        assertEq(received, max);

        address[] memory assets = new address[](1);
        assets[0] = address(lp);
        vm.prank(alice);
        uint256[] memory amounts = splitter.claim(assets, alice);
        _assertProRata(amounts[0], max, ALICE_SHARES);
    }

    /*//////////////////////////////////////////////////////////////
                                 REPORT
    //////////////////////////////////////////////////////////////*/

    function test_Report_RecordsPeriodAndEvidence() public {
        vm.warp(_periodEnd(splitter, 0));
        uint256 gross = 40_000 * USDC_UNIT + 3;
        uint256 owed = gross * SHARE_BPS / BPS;
        assertEq(owed, 6000 * USDC_UNIT); // the 0.45 unit is rounded down

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeReported(0, gross, owed, "ipfs://q1", keccak256("q1"));
        vm.prank(creator);
        splitter.report(0, gross, "ipfs://q1", keccak256("q1"));

        IIncomeShareSplitter.PeriodRecord memory r = splitter.periodRecord(0);
        assertTrue(r.reported);
        assertFalse(r.late);
        assertEq(r.grossIncome, gross);
        assertEq(r.owed, owed);
        assertEq(r.paid, 0);
        assertEq(r.evidenceHash, keccak256("q1"));
        assertEq(r.evidenceURI, "ipfs://q1");
        assertFalse(splitter.periodRecord(1).reported);
    }

    function test_Report_AtPeriodEndNotBefore() public {
        uint256 end = _periodEnd(splitter, 0);
        vm.warp(end - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_PeriodNotEnded.selector, 0, end)
        );
        vm.prank(creator);
        splitter.report(0, 1, "", bytes32(0));

        vm.warp(end);
        vm.prank(creator);
        splitter.report(0, 1, "", bytes32(0));
        assertTrue(splitter.periodRecord(0).reported);
    }

    function test_RevertWhen_ReportLaterPeriodEarly() public {
        uint256 end = _periodEnd(splitter, 5);
        vm.warp(_periodEnd(splitter, 4));
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_PeriodNotEnded.selector, 5, end)
        );
        vm.prank(creator);
        splitter.report(5, 1, "", bytes32(0));
    }

    function test_RevertWhen_ReportNotCreator() public {
        vm.warp(_periodEnd(splitter, 0));
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, alice));
        vm.prank(alice);
        splitter.report(0, 1, "", bytes32(0));
    }

    function test_RevertWhen_ReportUnknownPeriod() public {
        vm.warp(splitter.terms().termEnd + 365 days);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_UnknownPeriod.selector, PERIODS, PERIODS)
        );
        vm.prank(creator);
        splitter.report(PERIODS, 1, "", bytes32(0));

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_UnknownPeriod.selector, type(uint256).max, PERIODS
            )
        );
        vm.prank(creator);
        splitter.report(type(uint256).max, 1, "", bytes32(0));
    }

    function test_RevertWhen_ReportTwice() public {
        vm.warp(_periodEnd(splitter, 0));
        vm.startPrank(creator);
        splitter.report(0, 100, "a", bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AlreadyReported.selector, 0));
        splitter.report(0, 200, "b", bytes32(0));
        vm.stopPrank();
        assertEq(splitter.periodRecord(0).grossIncome, 100);
    }

    /// @dev A zero report still counts as a report (nothing owed, not late); the second one is refused too.
    function test_Report_ZeroIncome() public {
        vm.warp(_periodEnd(splitter, 0) + GRACE + 1);
        vm.startPrank(creator);
        splitter.report(0, 0, "", bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AlreadyReported.selector, 0));
        splitter.report(0, 5, "", bytes32(0));
        vm.stopPrank();
        assertTrue(splitter.periodRecord(0).reported);
        assertFalse(splitter.periodRecord(0).late);
    }

    function test_RevertWhen_ReportBeforeSoftCap() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "below");
        _buyFrom(s, alice, SOFT_CAP - 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        vm.prank(creator);
        s.report(0, 1, "", bytes32(0));

        vm.warp(_periodEnd(s, 0));
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Failed));
        vm.prank(creator);
        s.report(0, 1, "", bytes32(0));
    }

    /*//////////////////////////////////////////////////////////////
                               PAY INCOME
    //////////////////////////////////////////////////////////////*/

    function test_PayIncome_InPaymentAssetCountsWhatArrived() public {
        uint256 amount = 6000 * USDC_UNIT;
        _approveFrom(creator, usdc, address(splitter), amount);
        vm.expectEmit(address(splitter));
        // The declared value (1) is ignored for the payment asset: the amount received counts.
        emit IIncomeShareSplitter.IncomeDistributed(address(usdc), creator, 0, amount, amount);
        vm.prank(creator);
        uint256 received = splitter.payIncome(0, address(usdc), amount, 1);

        assertEq(received, amount);
        assertEq(splitter.periodRecord(0).paid, amount);
        assertEq(splitter.totalPaid(), amount);
        assertEq(splitter.payoutAssets(), ArrayBuilder.addresses(address(usdc)));
        (uint256 totalReceived, uint256 claimed) = splitter.assetTotals(address(usdc));
        assertEq(totalReceived, amount);
        assertEq(claimed, 0);
    }

    function test_PayIncome_InAnotherAssetAtDeclaredValue() public {
        uint256 amount = 5 ether + 3;
        uint256 value = 1234 * USDC_UNIT;
        _approveFrom(creator, lp, address(splitter), amount);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(lp), creator, 3, amount, value);
        vm.prank(creator);
        splitter.payIncome(3, address(lp), amount, value);

        // A declaration: recorded, never counted as paid.
        assertEq(splitter.periodRecord(3).declaredValue, value);
        assertEq(splitter.periodRecord(3).paid, 0);
        assertEq(splitter.totalPaid(), 0);
        assertEq(splitter.payoutAssets(), ArrayBuilder.addresses(address(lp)));
        (uint256 totalReceived,) = splitter.assetTotals(address(lp));
        assertEq(totalReceived, amount);
        assertEq(lp.balanceOf(address(splitter)), amount);
        assertApproxEqAbs(splitter.claimable(alice, address(lp)), amount * ALICE_SHARES / SOLD, 1);
    }

    function test_PayIncome_InEth() public {
        uint256 value = 3000 * USDC_UNIT;
        vm.deal(creator, 1 ether);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(0), creator, 1, 1 ether, value);
        vm.prank(creator);
        uint256 received = splitter.payIncome{value: 1 ether}(1, address(0), 1 ether, value);

        assertEq(received, 1 ether);
        assertEq(address(splitter).balance, 1 ether);
        assertEq(splitter.periodRecord(1).declaredValue, value);
        assertEq(splitter.totalPaid(), 0);

        uint256 expected = splitter.claimable(bob, address(0));
        assertApproxEqAbs(expected, Math.mulDiv(1 ether, BOB_SHARES, SOLD), 1);
        assertEq(_claim(splitter, bob, address(0)), expected);
        assertEq(bob.balance, expected);
    }

    function test_PayIncome_AccumulatesPerPeriodAndInTotal() public {
        _payIncome(splitter, 0, usdc, 100 * USDC_UNIT, 0);
        _payIncome(splitter, 0, lp, 1 ether, 50 * USDC_UNIT);
        _payIncome(splitter, 1, usdc, 7 * USDC_UNIT, 0);
        assertEq(splitter.periodRecord(0).paid, 100 * USDC_UNIT);
        assertEq(splitter.periodRecord(0).declaredValue, 50 * USDC_UNIT);
        assertEq(splitter.periodRecord(1).paid, 7 * USDC_UNIT);
        assertEq(splitter.periodRecord(1).declaredValue, 0);
        assertEq(splitter.totalPaid(), 107 * USDC_UNIT);
        assertEq(splitter.payoutAssets(), ArrayBuilder.addresses(address(usdc), address(lp)));
    }

    /// @dev Income can be paid before the period is over or reported (e.g. monthly instalments).
    function test_PayIncome_BeforePeriodEnds() public {
        _payIncome(splitter, 11, usdc, 1, 0);
        assertEq(splitter.periodRecord(11).paid, 1);
    }

    function test_RevertWhen_PayIncomeEthValueMismatch() public {
        vm.deal(creator, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongPayment.selector, 1 ether, 1 ether - 1)
        );
        vm.prank(creator);
        splitter.payIncome{value: 1 ether - 1}(0, address(0), 1 ether, 0);
    }

    function test_RevertWhen_PayIncomeErc20WithEth() public {
        usdc.mint(creator, 100);
        vm.deal(creator, 1);
        vm.startPrank(creator);
        usdc.approve(address(splitter), 100);
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongPayment.selector, 0, 1));
        splitter.payIncome{value: 1}(0, address(usdc), 100, 0);
        vm.stopPrank();
    }

    function test_RevertWhen_PayIncomeNotCreator() public {
        _payIncome(splitter, 0, usdc, 100, 0);
        usdc.mint(alice, 100);
        vm.startPrank(alice);
        usdc.approve(address(splitter), 100);
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, alice));
        splitter.payIncome(0, address(usdc), 100, 0);
        vm.stopPrank();
    }

    function test_RevertWhen_PayIncomeUnknownPeriod() public {
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_UnknownPeriod.selector, PERIODS, PERIODS)
        );
        vm.prank(creator);
        splitter.payIncome(PERIODS, address(usdc), 100, 0);
    }

    function test_RevertWhen_PayIncomeZeroAmount() public {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAmount.selector));
        vm.prank(creator);
        splitter.payIncome(0, address(usdc), 0, 0);
    }

    function test_RevertWhen_PayIncomeBeforeSoftCap() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "below");
        _buyFrom(s, alice, SOFT_CAP - 1);
        usdc.mint(creator, 100);
        vm.startPrank(creator);
        usdc.approve(address(s), 100);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        s.payIncome(0, address(usdc), 100, 0);
        vm.stopPrank();
    }

    /*//////////////////////////////////////////////////////////////
                          PAYOUT CAP AND TERM END
    //////////////////////////////////////////////////////////////*/

    function test_PayoutCap_CompletesTheAgreementOnce() public {
        IncomeShareSplitter s = _cappedSplitter();
        _payIncome(s, 0, usdc, CAP - 1, 0);
        assertFalse(s.isComplete());

        usdc.mint(creator, 2);
        vm.startPrank(creator);
        usdc.approve(address(s), 2);
        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.IncomeDistributed(address(usdc), creator, 1, 2, 2);
        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.AgreementCompleted(CAP + 1);
        s.payIncome(1, address(usdc), 2, 0);
        vm.stopPrank();
        assertTrue(s.isComplete());
        assertEq(s.totalPaid(), CAP + 1);

        // Paying more after completion neither completes it again nor blocks the payment.
        vm.recordLogs();
        _payIncome(s, 2, usdc, 5, 0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IIncomeShareSplitter.AgreementCompleted.selector);
        }
        assertEq(s.totalPaid(), CAP + 6);

        // Everything paid, including after completion, is claimable (alice is the only holder).
        assertEq(_claim(s, alice, address(usdc)), CAP + 6);
    }

    function test_PayoutCap_ExactlyMet() public {
        IncomeShareSplitter s = _cappedSplitter();
        _approveFrom(creator, usdc, address(s), CAP);
        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.AgreementCompleted(CAP);
        vm.prank(creator);
        s.payIncome(0, address(usdc), CAP, 0);
        assertTrue(s.isComplete());
    }

    /// @dev Only the payment asset meets the cap: declared values of other assets never do.
    function test_PayoutCap_OtherAssetsDoNotCount() public {
        IncomeShareSplitter s = _cappedSplitter();
        _payIncome(s, 0, lp, 1 ether, CAP);
        assertFalse(s.isComplete());
        _payIncome(s, 0, usdc, CAP - 1, 0);
        assertFalse(s.isComplete());
        _payIncome(s, 0, usdc, 1, 0);
        assertTrue(s.isComplete());
        assertEq(s.totalPaid(), CAP);
    }

    /// @dev Unattached payments (distribute) are not counted against the cap.
    function test_PayoutCap_DistributeDoesNotCount() public {
        IncomeShareSplitter s = _cappedSplitter();
        _distribute(s, usdc, CAP * 2);
        assertEq(s.totalPaid(), 0);
        assertFalse(s.isComplete());
    }

    /// @dev The cap is met at the end of period 1: periods that ended by then can be late, later ones never.
    function test_PayoutCap_PeriodsAfterTheCapAreNeverLate() public {
        IncomeShareSplitter s = _cappedSplitter();
        vm.warp(_periodEnd(s, 1));
        _payIncome(s, 0, usdc, CAP, 0);

        vm.warp(s.terms().termEnd + GRACE + 1);
        assertTrue(s.periodRecord(0).late);
        assertTrue(s.periodRecord(1).late);
        for (uint256 i = 2; i < PERIODS; ++i) {
            assertFalse(s.periodRecord(i).late);
        }
        assertEq(s.latePeriodCount(), 2);
    }

    function test_PayoutCap_MetAfterTermEnd() public {
        IncomeShareSplitter s = _cappedSplitter();
        uint64 termEnd = s.terms().termEnd;
        vm.warp(termEnd + GRACE + 1);
        assertTrue(s.isComplete());
        assertEq(s.latePeriodCount(), PERIODS);

        _approveFrom(creator, usdc, address(s), CAP);
        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.AgreementCompleted(CAP);
        vm.prank(creator);
        s.payIncome(PERIODS - 1, address(usdc), CAP, 0);
        // Completion stays at the term end: every unreported period is still late.
        assertTrue(s.isComplete());
        assertEq(s.latePeriodCount(), PERIODS);
    }

    function test_IsComplete_AtTermEndWithoutCap() public {
        _payIncome(splitter, 0, usdc, 1_000_000 * USDC_UNIT, 0);
        uint64 termEnd = splitter.terms().termEnd;
        vm.warp(termEnd - 1);
        assertFalse(splitter.isComplete());
        vm.warp(termEnd);
        assertTrue(splitter.isComplete());
    }

    function test_Claim_PaymentsAfterTermEnd() public {
        vm.warp(splitter.terms().termEnd + 1);
        _distribute(splitter, usdc, 950 * USDC_UNIT);
        assertEq(_claim(splitter, carol, address(usdc)), 150 * USDC_UNIT);
    }

    /*//////////////////////////////////////////////////////////////
                                LATENESS
    //////////////////////////////////////////////////////////////*/

    function test_PeriodRecord_Fields() public {
        uint64 termStart = splitter.terms().termStart;
        vm.warp(_periodEnd(splitter, 2));
        vm.prank(creator);
        splitter.report(2, 12_345 * USDC_UNIT + 1, "ipfs://q3", keccak256("q3"));
        _payIncome(splitter, 2, usdc, 1000 * USDC_UNIT, 0);

        IIncomeShareSplitter.PeriodRecord memory r = splitter.periodRecord(2);
        assertEq(r.start, termStart + 2 * PERIOD);
        assertEq(r.end, termStart + 3 * PERIOD);
        assertEq(r.due, termStart + 3 * PERIOD + GRACE);
        assertTrue(r.reported);
        assertFalse(r.late);
        assertEq(r.grossIncome, 12_345 * USDC_UNIT + 1);
        assertEq(r.owed, (12_345 * USDC_UNIT + 1) * SHARE_BPS / BPS);
        assertEq(r.paid, 1000 * USDC_UNIT);
        assertEq(r.evidenceHash, keccak256("q3"));
        assertEq(r.evidenceURI, "ipfs://q3");
    }

    function test_PeriodRecord_LateExactlyAfterDue() public {
        uint64 due = splitter.periodRecord(0).due;
        assertEq(due, _periodEnd(splitter, 0) + GRACE);

        vm.warp(due);
        assertFalse(splitter.periodRecord(0).late);
        assertEq(splitter.latePeriodCount(), 0);

        vm.warp(due + 1);
        assertTrue(splitter.periodRecord(0).late);
        assertFalse(splitter.periodRecord(1).late);
        assertEq(splitter.latePeriodCount(), 1);

        // A late report clears the flag.
        vm.prank(creator);
        splitter.report(0, 0, "", bytes32(0));
        assertFalse(splitter.periodRecord(0).late);
        assertEq(splitter.latePeriodCount(), 0);
    }

    function test_LatePeriodCount_AfterTheTerm() public {
        vm.warp(splitter.terms().termEnd + GRACE + 1);
        assertEq(splitter.latePeriodCount(), PERIODS);
        vm.startPrank(creator);
        splitter.report(0, 1, "", bytes32(0));
        splitter.report(5, 1, "", bytes32(0));
        splitter.report(PERIODS - 1, 1, "", bytes32(0));
        vm.stopPrank();
        assertEq(splitter.latePeriodCount(), PERIODS - 3);
    }

    /// @dev Paying without reporting does not make a period on time: lateness is about the report.
    function test_PeriodRecord_PaidButUnreportedIsLate() public {
        _payIncome(splitter, 0, usdc, 1000 * USDC_UNIT, 0);
        vm.warp(splitter.periodRecord(0).due + 1);
        assertTrue(splitter.periodRecord(0).late);
    }

    /*//////////////////////////////////////////////////////////////
                               DISTRIBUTE
    //////////////////////////////////////////////////////////////*/

    function test_Distribute_ByAnyoneInAListedAsset() public {
        _payIncome(splitter, 0, usdc, 100 * USDC_UNIT, 0);
        uint256 amount = 40 * USDC_UNIT + 1;
        usdc.mint(dave, amount);
        vm.startPrank(dave);
        usdc.approve(address(splitter), amount);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(usdc), dave, NO_PERIOD, amount, 0);
        uint256 received = splitter.distribute(address(usdc), amount);
        vm.stopPrank();

        assertEq(received, amount);
        (uint256 totalReceived,) = splitter.assetTotals(address(usdc));
        assertEq(totalReceived, 100 * USDC_UNIT + amount);
        // Not attached to a period: not counted as paid.
        assertEq(splitter.totalPaid(), 100 * USDC_UNIT);
        assertEq(splitter.periodRecord(0).paid, 100 * USDC_UNIT);
    }

    function test_RevertWhen_DistributeNewAssetByNonCreator() public {
        _expectDistributeRefused(dave, lp);
        assertEq(splitter.payoutAssets().length, 0);
    }

    function test_Distribute_CreatorListsANewAsset() public {
        _approveFrom(creator, lp, address(splitter), 1 ether);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(lp), creator, NO_PERIOD, 1 ether, 0);
        vm.prank(creator);
        splitter.distribute(address(lp), 1 ether);
        assertEq(splitter.payoutAssets(), ArrayBuilder.addresses(address(lp)));
        // Now anyone may pay in it.
        _distributeAs(splitter, dave, lp, 2 ether);
        (uint256 totalReceived,) = splitter.assetTotals(address(lp));
        assertEq(totalReceived, 3 ether);
    }

    function test_RevertWhen_SeventeenthPayoutAsset() public {
        uint256 max = splitter.MAX_PAYOUT_ASSETS();
        MockERC20 first;
        for (uint256 i; i < max; ++i) {
            MockERC20 asset = new MockERC20("Asset", "A", 18);
            if (i == 0) first = asset;
            _distribute(splitter, asset, 1 ether);
        }
        assertEq(splitter.payoutAssets().length, max);

        MockERC20 extra = new MockERC20("Extra", "X", 18);
        _expectDistributeRefused(creator, extra);

        // Listed assets are still accepted.
        _distribute(splitter, first, 1 ether);
        (uint256 totalReceived,) = splitter.assetTotals(address(first));
        assertEq(totalReceived, 2 ether);
        assertEq(splitter.payoutAssets().length, max);
    }

    function test_RevertWhen_DistributeZeroAmount() public {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAmount.selector));
        vm.prank(creator);
        splitter.distribute(address(usdc), 0);
    }

    function test_RevertWhen_DistributeBeforeSoftCap() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "below");
        _buyFrom(s, alice, SOFT_CAP - 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        vm.prank(creator);
        s.distribute(address(usdc), 1);
    }

    function test_Distribute_EthByAnyoneOnceListed() public {
        _distributeEth(splitter, creator, 1 ether);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(0), dave, NO_PERIOD, 0.5 ether, 0);
        _distributeEth(splitter, dave, 0.5 ether);
        assertEq(address(splitter).balance, 1.5 ether);
        (uint256 totalReceived,) = splitter.assetTotals(address(0));
        assertEq(totalReceived, 1.5 ether);
    }

    function test_RevertWhen_DistributeEthValueMismatch() public {
        vm.deal(creator, 2 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongPayment.selector, 1 ether, 2 ether)
        );
        vm.prank(creator);
        splitter.distribute{value: 2 ether}(address(0), 1 ether);
    }

    /*//////////////////////////////////////////////////////////////
                                 CLAIM
    //////////////////////////////////////////////////////////////*/

    function test_Claim_ProRataAmongHolders() public {
        uint256 amount = 1000 * USDC_UNIT + 7;
        _distribute(splitter, usdc, amount);
        uint256 before = usdc.balanceOf(alice);

        uint256 expectedAlice = splitter.claimable(alice, address(usdc));
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeClaimed(alice, address(usdc), alice, expectedAlice);
        uint256 a = _claim(splitter, alice, address(usdc));
        uint256 b = _claim(splitter, bob, address(usdc));
        uint256 c = _claim(splitter, carol, address(usdc));

        assertEq(a, expectedAlice);
        assertEq(usdc.balanceOf(alice), before + a);
        _assertProRata(a, amount, ALICE_SHARES);
        _assertProRata(b, amount, BOB_SHARES);
        _assertProRata(c, amount, CAROL_SHARES);
        assertLe(a + b + c, amount);
        assertLe(amount - (a + b + c), 3);
        (, uint256 claimed) = splitter.assetTotals(address(usdc));
        assertEq(claimed, a + b + c);
    }

    function test_Claim_SeveralAssetsToAnotherRecipient() public {
        _distribute(splitter, usdc, 950 * USDC_UNIT);
        _distribute(splitter, lp, 19 ether);
        _distributeEth(splitter, creator, 1.9 ether);
        uint256 eUsdc = 500 * USDC_UNIT; // 950 * 10/19
        uint256 eLp = 10 ether;
        uint256 eEth = 1 ether;

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeClaimed(alice, address(usdc), dave, eUsdc);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeClaimed(alice, address(lp), dave, eLp);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeClaimed(alice, address(0), dave, eEth);
        vm.prank(alice);
        uint256[] memory amounts = splitter.claim(ArrayBuilder.addresses(address(usdc), address(lp), address(0)), dave);

        assertEq(amounts.length, 3);
        assertEq(amounts[0], eUsdc);
        assertEq(amounts[1], eLp);
        assertEq(amounts[2], eEth);
        assertEq(usdc.balanceOf(dave), eUsdc);
        assertEq(lp.balanceOf(dave), eLp);
        assertEq(dave.balance, eEth);
        assertEq(lp.balanceOf(alice), 0);
        assertEq(alice.balance, 0);
        assertEq(splitter.claimable(alice, address(usdc)), 0);
        assertEq(splitter.claimable(alice, address(lp)), 0);
        (, uint256 claimedLp) = splitter.assetTotals(address(lp));
        assertEq(claimedLp, eLp);
    }

    function test_RevertWhen_ClaimToZeroAddress() public {
        _distribute(splitter, usdc, 100 * USDC_UNIT);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAddress.selector));
        vm.prank(alice);
        splitter.claim(ArrayBuilder.addresses(address(usdc)), address(0));
    }

    function test_RevertWhen_ClaimNothing() public {
        _distribute(splitter, usdc, 100 * USDC_UNIT);
        // No shares.
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(dave);
        splitter.claim(ArrayBuilder.addresses(address(usdc)), dave);
        // Empty list.
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(alice);
        splitter.claim(new address[](0), alice);
        // Already claimed.
        _claim(splitter, alice, address(usdc));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(alice);
        splitter.claim(ArrayBuilder.addresses(address(usdc)), alice);
    }

    function test_Claim_DuplicateAssetPaysOnce() public {
        _distribute(splitter, usdc, 950 * USDC_UNIT);
        vm.prank(bob);
        uint256[] memory amounts = splitter.claim(ArrayBuilder.addresses(address(usdc), address(usdc)), bob);
        assertEq(amounts[0], 300 * USDC_UNIT);
        assertEq(amounts[1], 0);
        assertEq(usdc.balanceOf(bob), 300 * USDC_UNIT);
    }

    function test_Claim_UnlistedAssetIgnored() public {
        _distribute(splitter, usdc, 950 * USDC_UNIT);
        lp.mint(address(splitter), 1 ether); // present, but never paid in: not income
        vm.prank(carol);
        uint256[] memory amounts = splitter.claim(ArrayBuilder.addresses(address(lp), address(usdc)), carol);
        assertEq(amounts[0], 0);
        assertEq(amounts[1], 150 * USDC_UNIT);
        assertEq(lp.balanceOf(carol), 0);
        assertEq(splitter.claimable(carol, address(lp)), 0);

        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(alice);
        splitter.claim(ArrayBuilder.addresses(address(lp)), alice);
    }

    /// @dev 1,000 payments of one indivisible unit among shares of 10:6:3. Each payment is worth less than one unit
    /// to everyone, yet the carried remainder makes the totals pro-rata to within one unit per holder.
    function test_Claim_TinyPaymentsOfZeroDecimalAssetCarryTheRemainder() public {
        MockERC20 tickets = new MockERC20("Ticket", "TIX", 0);
        _tinyPayments(tickets, 1000);
    }

    function test_Claim_TinyPaymentsOfSixDecimalAssetCarryTheRemainder() public {
        _tinyPayments(usdc, 400);
    }

    function test_Claim_LaterBuyersDoNotShareEarlierIncome() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "late");
        _buyFrom(s, alice, SOFT_CAP);
        _distribute(s, usdc, 1000 * USDC_UNIT);
        _buyFrom(s, bob, 100_000 ether);
        assertEq(s.claimable(bob, address(usdc)), 0);
        _distribute(s, usdc, 700 * USDC_UNIT);

        uint256 total = SOFT_CAP + 100_000 ether;
        assertEq(_claim(s, alice, address(usdc)), 1000 * USDC_UNIT + 700 * USDC_UNIT * SOFT_CAP / total);
        assertEq(_claim(s, bob, address(usdc)), 700 * USDC_UNIT * 100_000 ether / total);
    }

    /// @dev A buyer who already held shares keeps what they earned when they buy more.
    function test_Claim_BuyingMoreKeepsEarlierAccrual() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "more");
        _buyFrom(s, alice, SOFT_CAP);
        _distribute(s, usdc, 1000 * USDC_UNIT);
        _buyFrom(s, alice, SOFT_CAP);
        assertEq(s.claimable(alice, address(usdc)), 1000 * USDC_UNIT);
        _distribute(s, usdc, 10 * USDC_UNIT);
        assertEq(_claim(s, alice, address(usdc)), 1010 * USDC_UNIT);
    }

    function test_Claimable_ZeroForUnlistedAssetAndNonHolder() public view {
        assertEq(splitter.claimable(alice, address(lp)), 0);
        assertEq(splitter.claimable(dave, address(usdc)), 0);
    }

    /*//////////////////////////////////////////////////////////////
                                 SHARES
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_TransferSharesNotTransferable() public {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_SharesNotTransferable.selector));
        vm.prank(alice);
        splitter.transferShares(dave, 1 ether);
    }

    function test_TransferShares_AccruedStaysFutureIncomeFollows() public {
        IncomeShareSplitter s = _transferableSplitter("shares");
        _distribute(s, usdc, 800 * USDC_UNIT); // 500 to alice, 300 to bob

        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.SharesTransferred(alice, dave, 200_000 ether);
        vm.prank(alice);
        s.transferShares(dave, 200_000 ether);

        assertEq(s.sharesOf(alice), 300_000 ether);
        assertEq(s.sharesOf(dave), 200_000 ether);
        assertEq(s.tokensSold(), 800_000 ether);
        assertEq(s.claimable(alice, address(usdc)), 500 * USDC_UNIT);
        assertEq(s.claimable(dave, address(usdc)), 0);

        _distribute(s, usdc, 1600 * USDC_UNIT); // 2 USDC per 1,000 shares
        assertEq(_claim(s, alice, address(usdc)), 500 * USDC_UNIT + 600 * USDC_UNIT);
        assertEq(_claim(s, dave, address(usdc)), 400 * USDC_UNIT);
        assertEq(_claim(s, bob, address(usdc)), 300 * USDC_UNIT + 600 * USDC_UNIT);

        // No second claim for anyone: everything paid in went out once.
        (uint256 received, uint256 claimed) = s.assetTotals(address(usdc));
        assertEq(claimed, received);
        _expectNothingToClaim(s, alice, address(usdc));
        _expectNothingToClaim(s, dave, address(usdc));
    }

    function test_TransferShares_AfterClaimNoDoubleClaim() public {
        IncomeShareSplitter s = _transferableSplitter("shares");
        _distribute(s, usdc, 800 * USDC_UNIT);
        assertEq(_claim(s, alice, address(usdc)), 500 * USDC_UNIT);

        vm.prank(alice);
        s.transferShares(dave, ALICE_SHARES);
        _expectNothingToClaim(s, dave, address(usdc));
        _expectNothingToClaim(s, alice, address(usdc));

        vm.prank(dave);
        s.transferShares(alice, ALICE_SHARES);
        _expectNothingToClaim(s, alice, address(usdc));
        assertEq(_claim(s, bob, address(usdc)), 300 * USDC_UNIT);
    }

    function test_TransferShares_ToSelfChangesNothing() public {
        IncomeShareSplitter s = _transferableSplitter("shares");
        _distribute(s, usdc, 800 * USDC_UNIT);
        vm.prank(alice);
        s.transferShares(alice, 100_000 ether);
        assertEq(s.sharesOf(alice), ALICE_SHARES);
        assertEq(_claim(s, alice, address(usdc)), 500 * USDC_UNIT);
        _expectNothingToClaim(s, alice, address(usdc));
    }

    function test_RevertWhen_TransferSharesWhileSaleActive() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.transferableShares = true;
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "active");
        _buyFrom(s, alice, SOFT_CAP);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        vm.prank(alice);
        s.transferShares(dave, 1 ether);
    }

    function test_RevertWhen_TransferSharesAfterFailure() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.transferableShares = true;
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "failed");
        _buyFrom(s, alice, SOFT_CAP - 1);
        vm.warp(_saleEnd(s));
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Failed));
        vm.prank(alice);
        s.transferShares(dave, 1 ether);
    }

    function test_RevertWhen_TransferSharesInsufficient() public {
        IncomeShareSplitter s = _transferableSplitter("shares");
        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_InsufficientShares.selector, ALICE_SHARES, ALICE_SHARES + 1
            )
        );
        vm.prank(alice);
        s.transferShares(dave, ALICE_SHARES + 1);

        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_InsufficientShares.selector, 0, 1)
        );
        vm.prank(dave);
        s.transferShares(alice, 1);
    }

    function test_RevertWhen_TransferSharesZeroAmount() public {
        IncomeShareSplitter s = _transferableSplitter("shares");
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAmount.selector));
        vm.prank(alice);
        s.transferShares(dave, 0);
    }

    function test_RevertWhen_TransferSharesToZeroAddress() public {
        IncomeShareSplitter s = _transferableSplitter("shares");
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAddress.selector));
        vm.prank(alice);
        s.transferShares(address(0), 1 ether);
    }

    /*//////////////////////////////////////////////////////////////
                                SURPLUS
    //////////////////////////////////////////////////////////////*/

    function test_DistributeSurplus_CreditsOnlyThePlainTransfer() public {
        uint256 saleFunds = usdc.balanceOf(address(splitter));
        assertGt(saleFunds, 0);
        _distribute(splitter, usdc, 100 * USDC_UNIT);
        uint256 surplus = 95 * USDC_UNIT + 1;
        usdc.mint(dave, surplus);
        vm.prank(dave);
        assertTrue(usdc.transfer(address(splitter), surplus));

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(usdc), carol, NO_PERIOD, surplus, 0);
        vm.prank(carol);
        uint256 credited = splitter.distributeSurplus(address(usdc));

        assertEq(credited, surplus);
        (uint256 totalReceived,) = splitter.assetTotals(address(usdc));
        assertEq(totalReceived, 100 * USDC_UNIT + surplus);
        assertApproxEqAbs(
            splitter.claimable(carol, address(usdc)), (100 * USDC_UNIT + surplus) * CAROL_SHARES / SOLD, 1
        );
        _expectNoSurplus(address(usdc));

        // Claims and the proceeds withdrawal do not create surplus either.
        _claim(splitter, alice, address(usdc));
        vm.prank(creator);
        assertEq(splitter.withdrawProceeds(creator), saleFunds);
        _expectNoSurplus(address(usdc));
    }

    function test_RevertWhen_DistributeSurplusUnlistedAsset() public {
        lp.mint(address(splitter), 1 ether);
        vm.expectRevert(_assetNotAccepted(lp));
        splitter.distributeSurplus(address(lp));
    }

    /// @dev Sale funds still held are not surplus.
    function test_RevertWhen_NoSurplusBesideSaleFunds() public {
        _distribute(splitter, usdc, 1);
        _expectNoSurplus(address(usdc));
    }

    function test_DistributeSurplus_PersonalTokenExcludesSaleTokens() public {
        (PersonalToken alex, IncomeShareSplitter s) =
            _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "token-income");
        _buyFrom(s, alice, 100_000 ether); // undelivered
        _buyFrom(s, bob, SOFT_CAP - 100_000 ether); // reaches the soft cap: delivered
        vm.warp(_saleEnd(s));

        // The creator pays income in the personal token itself.
        vm.startPrank(creator);
        alex.approve(address(s), 1000 ether);
        s.distribute(address(alex), 1000 ether);
        assertTrue(alex.transfer(address(s), 10 ether));
        vm.stopPrank();

        assertEq(s.distributeSurplus(address(alex)), 10 ether);
        _expectNoSurplus(s, address(alex));

        vm.prank(creator);
        assertEq(s.withdrawUnsold(creator), ISA_TOKENS - SOFT_CAP);
        s.deliverTokens(alice);
        _expectNoSurplus(s, address(alex));

        // alice holds 2/5 and bob 3/5 of the 1,010 tokens of income: nothing left behind.
        assertEq(_claim(s, alice, address(alex)), 404 ether);
        assertEq(_claim(s, bob, address(alex)), 606 ether);
        assertEq(alex.balanceOf(address(s)), 0);
    }

    function test_DistributeSurplus_EthExcludesSaleFunds() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        (, uint256 saleFunds) = _buyFrom(s, alice, SOFT_CAP + 1);
        _distributeEth(s, creator, 1 ether);
        assertEq(address(s).balance, saleFunds + 1 ether);
        _expectNoSurplus(s, address(0));

        vm.deal(address(s), address(s).balance + 0.5 ether); // forced in (no receive function)
        assertEq(s.distributeSurplus(address(0)), 0.5 ether);
        (uint256 totalReceived,) = s.assetTotals(address(0));
        assertEq(totalReceived, 1.5 ether);
        vm.warp(_saleEnd(s));
        vm.prank(creator);
        assertEq(s.withdrawProceeds(creator), saleFunds);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev alice alone buys the soft cap; 10,000 USDC payout cap.
    function _cappedSplitter() internal returns (IncomeShareSplitter s) {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.payoutCap = CAP;
        (, s) = _launchWithSalt(t, ISA_TOKENS, "capped");
        _buyFrom(s, alice, SOFT_CAP);
        vm.warp(_saleEnd(s));
    }

    /// @dev alice 500k, bob 300k; shares transferable; the sale succeeded.
    function _transferableSplitter(bytes32 salt) internal returns (IncomeShareSplitter s) {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.transferableShares = true;
        (, s) = _launchWithSalt(t, ISA_TOKENS, salt);
        _buyFrom(s, alice, ALICE_SHARES);
        _buyFrom(s, bob, BOB_SHARES);
        vm.warp(_saleEnd(s));
    }

    /// @dev `payer`, funded and approved, cannot distribute 1 ether of the unlisted `asset`.
    function _expectDistributeRefused(address payer, MockERC20 asset) internal {
        _approveFrom(payer, asset, address(splitter), 1 ether);
        vm.expectRevert(_assetNotAccepted(asset));
        vm.prank(payer);
        splitter.distribute(address(asset), 1 ether);
    }

    function _assetNotAccepted(MockERC20 asset) internal pure returns (bytes memory) {
        return
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AssetNotAccepted.selector, address(asset));
    }

    function _approveFrom(address owner, MockERC20 asset, address spender, uint256 amount) internal {
        asset.mint(owner, amount);
        vm.prank(owner);
        asset.approve(spender, amount);
    }

    function _assertProRata(uint256 claimed, uint256 amount, uint256 shares) internal pure {
        uint256 exact = Math.mulDiv(amount, shares, SOLD);
        assertLe(claimed, exact);
        assertApproxEqAbs(claimed, exact, 1);
    }

    function _expectNothingToClaim(IncomeShareSplitter s, address holder, address asset) internal {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(holder);
        s.claim(ArrayBuilder.addresses(asset), holder);
    }

    function _expectNoSurplus(address asset) internal {
        _expectNoSurplus(splitter, asset);
    }

    function _expectNoSurplus(IncomeShareSplitter s, address asset) internal {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        s.distributeSurplus(asset);
    }

    /// @dev `count` payments of one unit of `asset`; holders claim along the way and at the end.
    function _tinyPayments(MockERC20 asset, uint256 count) internal {
        address[3] memory holders = [alice, bob, carol];
        uint256[3] memory shares = [ALICE_SHARES, BOB_SHARES, CAROL_SHARES];
        uint256[3] memory claimed;
        uint256 startBalance = asset.balanceOf(address(splitter));

        asset.mint(creator, count);
        vm.prank(creator);
        asset.approve(address(splitter), count);
        for (uint256 i = 1; i <= count; ++i) {
            vm.prank(creator);
            splitter.distribute(address(asset), 1);
            if (i == 1) {
                // One unit is worth less than one unit to each of them.
                for (uint256 h; h < 3; ++h) {
                    assertEq(splitter.claimable(holders[h], address(asset)), 0);
                }
            }
            if (i % 97 == 0) {
                for (uint256 h; h < 3; ++h) {
                    if (splitter.claimable(holders[h], address(asset)) != 0) {
                        claimed[h] += _claim(splitter, holders[h], address(asset));
                    }
                }
            }
        }
        uint256 total;
        for (uint256 h; h < 3; ++h) {
            claimed[
                h
            ] += splitter.claimable(holders[h], address(asset)) != 0 ? _claim(splitter, holders[h], address(asset)) : 0;
            _assertProRata(claimed[h], count, shares[h]);
            total += claimed[h];
        }
        assertLe(count - total, 3);
        assertEq(asset.balanceOf(address(splitter)), startBalance + count - total);
    }
}
