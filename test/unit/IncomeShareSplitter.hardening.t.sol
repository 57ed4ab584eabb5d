// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {SplitterTestBase} from "../utils/SplitterTestBase.sol";
import {FlashLender, FlashLoanCreator} from "../utils/mocks/FlashLoanCreator.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Regression tests for the hardening of issue 11: each test names the promise it keeps.
contract IncomeShareSplitterHardeningTest is SplitterTestBase {
    uint256 internal constant CAP = 10_000 * 1e6;
    uint256 internal constant MAX_VALUE = type(uint256).max / 1e36 / 2; // MAX_TOTAL_RECEIVED

    MockERC20 internal junk;

    function setUp() public override {
        super.setUp();
        junk = new MockERC20("Worthless", "JUNK", 18);
    }

    /*//////////////////////////////////////////////////////////////
                  SOFT CAP: NO FLASH-LOAN SELF-PURCHASE
    //////////////////////////////////////////////////////////////*/

    function test_ProceedsStayUntilSaleFinal_WhenSoftCapReachedByFlashBuy() public {
        (FlashLoanCreator attacker, IncomeShareSplitter s) = _launchAsFlashCreator();
        _buyFrom(s, alice, 100_000 ether);
        _buyFrom(s, bob, 50_000 ether);
        _assertFlashBuyFails(attacker, s, SOFT_CAP - s.tokensSold());

        // Nothing moved: nobody else buys, the sale fails, and every buyer takes back what they paid.
        assertEq(s.tokensSold(), 150_000 ether);
        vm.warp(_saleEnd(s));
        assertEq(uint256(s.saleStatus()), uint256(IIncomeShareSplitter.SaleStatus.Failed));
        vm.prank(alice);
        assertEq(s.refund(alice), _cost(100_000 ether, PRICE));
        vm.prank(bob);
        assertEq(s.refund(bob), _cost(50_000 ether, PRICE));
    }

    function test_ProceedsStayUntilSaleFinal_WhenSoldOutByFlashBuy() public {
        (FlashLoanCreator attacker, IncomeShareSplitter s) = _launchAsFlashCreator();
        _buyFrom(s, alice, 100_000 ether);
        _assertFlashBuyFails(attacker, s, ISA_TOKENS - s.tokensSold());
        assertEq(s.tokensSold(), 100_000 ether);
        assertEq(usdc.balanceOf(address(s)), _cost(100_000 ether, PRICE));
    }

    /*//////////////////////////////////////////////////////////////
              CARRIED REMAINDER: UNDER ONE UNIT FOR ANY LAUNCH
    //////////////////////////////////////////////////////////////*/

    /// @dev 1e27 whole tokens: a 500 USDC payment would be carried whole (0 claimable). Such a sale is refused.
    function test_RevertWhen_TokensOfferedCouldCarryAWholeUnit() public {
        _expectHugeLaunchRefused(1e27 ether);
        _expectHugeLaunchRefused(1e36);
    }

    function test_SmallPaymentIsClaimable_AtTheLargestAcceptedSale() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.price = 1; // the floor: one unit per whole token
        t.softCap = 1e36 - 1;
        IncomeShareSplitter s = _launchHuge(t, 1e36 - 1);
        _buyFrom(s, alice, 1e36 - 1);
        _payIncome(s, 0, usdc, 500 * USDC_UNIT, 0);
        assertGe(s.claimable(alice, address(usdc)), 500 * USDC_UNIT - 1);
    }

    /*//////////////////////////////////////////////////////////////
                     GRACE PERIOD: "NEVER LATE" READS
    //////////////////////////////////////////////////////////////*/

    function test_PeriodRecordReadableAfterTerm_WhenGraceIsMaxUint64() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.gracePeriod = type(uint64).max;
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "never-late");
        _buyFrom(s, alice, SOFT_CAP);

        vm.warp(t.termEnd + 365 days);
        for (uint256 i; i < PERIODS; ++i) {
            IIncomeShareSplitter.PeriodRecord memory record = s.periodRecord(i);
            assertEq(record.due, type(uint64).max);
            assertFalse(record.late);
        }
        assertEq(s.latePeriodCount(), 0);
    }

    /*//////////////////////////////////////////////////////////////
           DECLARED VALUES: NO COMPLETION, NO SILENCE, NO OVERFLOW
    //////////////////////////////////////////////////////////////*/

    /// @dev One unit of a worthless token declared worth the whole cap, then twelve unreported quarters.
    function test_DeclaredValueNeitherCompletesTheCapNorSilencesLateness() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.payoutCap = CAP;
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "declared");
        _buyFrom(s, alice, SOFT_CAP);
        vm.warp(_saleEnd(s));

        _payIncome(s, 0, junk, 1, CAP);
        assertFalse(s.isComplete());
        assertEq(s.totalPaid(), 0);

        vm.warp(t.termEnd + GRACE + 1);
        assertEq(s.latePeriodCount(), PERIODS);
    }

    function test_RevertWhen_DeclaredValueCouldOverflowTheRecord() public {
        _launchDefault();
        _buy(alice, SOFT_CAP);
        junk.mint(creator, 1);
        vm.startPrank(creator);
        junk.approve(address(splitter), 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_ValueTooLarge.selector, type(uint256).max, MAX_VALUE
            )
        );
        splitter.payIncome(0, address(junk), 1, type(uint256).max);
        vm.stopPrank();
    }

    function test_PayIncomeKeepsWorking_AfterTheLargestDeclaredValues() public {
        _launchDefault();
        _buy(alice, SOFT_CAP);
        _payIncome(splitter, 0, junk, 1, MAX_VALUE);
        _payIncome(splitter, 0, junk, 1, MAX_VALUE);
        _payIncome(splitter, 1, usdc, 100, 0);
        assertEq(splitter.totalPaid(), 100);
        assertEq(splitter.periodRecord(1).paid, 100);
    }

    /*//////////////////////////////////////////////////////////////
                 FAILED SALE: STRAY TRANSFERS GO BACK OUT
    //////////////////////////////////////////////////////////////*/

    function test_StrayTransfersLeaveAFailedSale_WhileEveryRefundStaysWhole() public {
        _launchDefault();
        (, uint256 alicePaid) = _buy(alice, 100_000 ether + 1);
        (, uint256 bobPaid) = _buy(bob, 20_000 ether + 7);
        usdc.mint(address(splitter), 777);
        vm.prank(creator);
        assertTrue(token.transfer(address(splitter), 5 ether));
        junk.mint(address(splitter), 9);
        vm.deal(address(splitter), 1 ether); // forced ETH (no receive): a selfdestruct or a block reward
        vm.warp(_saleEnd(splitter));

        uint256 creatorUsdc = usdc.balanceOf(creator);
        uint256 creatorTokens = token.balanceOf(creator);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.SurplusRecovered(address(usdc), creator, 777);
        vm.prank(carol); // anyone may call it; it only ever pays the creator
        assertEq(splitter.recoverSurplus(address(usdc)), 777);
        vm.prank(alice);
        assertEq(splitter.refund(alice), alicePaid);
        usdc.mint(address(splitter), 5); // more strays, between refunds
        assertEq(splitter.recoverSurplus(address(usdc)), 5);
        vm.prank(bob);
        assertEq(splitter.refund(bob), bobPaid);

        assertEq(splitter.recoverSurplus(address(token)), 5 ether);
        vm.prank(creator);
        assertEq(splitter.withdrawUnsold(creator), ISA_TOKENS);
        assertEq(splitter.recoverSurplus(address(junk)), 9);
        assertEq(splitter.recoverSurplus(address(0)), 1 ether);

        assertEq(usdc.balanceOf(creator) - creatorUsdc, 782);
        assertEq(token.balanceOf(creator) - creatorTokens, ISA_TOKENS + 5 ether);
        assertEq(junk.balanceOf(creator), 9);
        assertEq(creator.balance, 1 ether);
        assertEq(usdc.balanceOf(address(splitter)), 0);
        assertEq(token.balanceOf(address(splitter)), 0);
        assertEq(junk.balanceOf(address(splitter)), 0);
        assertEq(address(splitter).balance, 0);
    }

    function test_RevertWhen_RecoverSurplusNothingBeyondWhatIsOwed() public {
        _launchDefault();
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        splitter.recoverSurplus(address(usdc));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        splitter.recoverSurplus(address(token));
    }

    /// @dev While the sale can still succeed, and after it did, strays belong to the holders (`distributeSurplus`).
    function test_RevertWhen_RecoverSurplusUnlessTheSaleFailed() public {
        _launchDefault();
        usdc.mint(address(splitter), 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        splitter.recoverSurplus(address(usdc));
        _buy(alice, ISA_TOKENS);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Succeeded));
        splitter.recoverSurplus(address(usdc));
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    function _launchAsFlashCreator() internal returns (FlashLoanCreator attacker, IncomeShareSplitter s) {
        attacker = new FlashLoanCreator();
        s = IncomeShareSplitter(
            payable(address(
                    attacker.launch(
                        IPersonalTokenFactory(address(factory)),
                        _isaLaunchParams(ISA_TOKENS),
                        _modules(_alexTerms(address(usdc)), ISA_TOKENS)
                    )
                ))
        );
        assertEq(s.creator(), address(attacker));
    }

    /// @dev The attacker flash-borrows the cost of `tokens`, buys them, withdraws and repays, in one transaction.
    function _assertFlashBuyFails(FlashLoanCreator attacker, IncomeShareSplitter s, uint256 tokens) internal {
        uint256 loan = _cost(tokens, PRICE);
        FlashLender lender = new FlashLender(usdc);
        usdc.mint(address(lender), loan);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ProceedsLocked.selector, _saleEnd(s))
        );
        attacker.attack(lender, loan, tokens);
    }

    /// @dev A launch whose whole supply (but one token for the creator) is on sale; no vesting.
    function _launchHuge(IIncomeShareSplitter.Terms memory t, uint256 tokensOffered)
        internal
        returns (IncomeShareSplitter s)
    {
        vm.prank(creator);
        (,, address[] memory moduleAddresses) =
            factory.launchWithModules(_hugeParams(tokensOffered), _modules(t, tokensOffered));
        s = IncomeShareSplitter(payable(moduleAddresses[0]));
    }

    function _expectHugeLaunchRefused(uint256 tokensOffered) internal {
        IPersonalTokenFactory.ModuleParams[] memory modules = _modules(_alexTerms(address(usdc)), tokensOffered);
        IPersonalTokenFactory.LaunchParams memory p = _hugeParams(tokensOffered);
        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_TokensOfferedOutOfRange.selector, tokensOffered, 1e36 - 1
            )
        );
        vm.prank(creator);
        factory.launchWithModules(p, modules);
    }

    function _hugeParams(uint256 tokensOffered) internal pure returns (IPersonalTokenFactory.LaunchParams memory) {
        Allocation[] memory allocations = new Allocation[](1);
        allocations[0] = Allocation({recipient: address(0xC0FFEE), amount: 1 ether});
        return IPersonalTokenFactory.LaunchParams({
            name: "Huge",
            symbol: "HUGE",
            contractURI: "",
            totalSupply: tokensOffered + 1 ether,
            allocations: allocations,
            vesting: IPersonalTokenFactory.VestingParams({amount: 0, cliff: 0, duration: 0}),
            salt: keccak256(abi.encode("huge", tokensOffered))
        });
    }
}
