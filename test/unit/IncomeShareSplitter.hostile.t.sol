// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {SoldSplitterTestBase} from "../utils/SoldSplitterTestBase.sol";
import {EthRejecter} from "../utils/mocks/EthRejecter.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";
import {ReentrantClaimer} from "../utils/mocks/ReentrantClaimer.sol";
import {ReentrantEthBuyer} from "../utils/mocks/ReentrantEthBuyer.sol";
import {ReentrantToken} from "../utils/mocks/ReentrantToken.sol";

/// @notice {IncomeShareSplitter} against hostile and odd tokens: fee-on-transfer, no return value, reentrant hooks,
/// and recipients that refuse ETH. alice, bob and carol bought 500k, 300k and 150k; the sale succeeded.
contract IncomeShareSplitterHostileTest is SoldSplitterTestBase {
    /*//////////////////////////////////////////////////////////////
                            FEE ON TRANSFER
    //////////////////////////////////////////////////////////////*/

    function test_Distribute_FeeOnTransferCreditsWhatArrived() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(250); // 2.5%
        uint256 amount = 9500 ether + 1;
        uint256 received = amount - amount * 250 / BPS;
        assertLt(received, amount);
        fot.mint(creator, amount);
        vm.prank(creator);
        fot.approve(address(splitter), amount);

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.IncomeDistributed(address(fot), creator, NO_PERIOD, received, 0);
        vm.prank(creator);
        assertEq(splitter.distribute(address(fot), amount), received);

        (uint256 totalReceived,) = splitter.assetTotals(address(fot));
        assertEq(totalReceived, received);
        assertEq(fot.balanceOf(address(splitter)), received);

        // Holders are owed shares of what arrived; the splitter can pay every one of them.
        uint256 paidOut;
        address[3] memory holders = [alice, bob, carol];
        for (uint256 i; i < 3; ++i) {
            uint256 owed = splitter.claimable(holders[i], address(fot));
            assertEq(_claim(splitter, holders[i], address(fot)), owed);
            assertEq(fot.balanceOf(holders[i]), owed - owed * 250 / BPS);
            paidOut += owed;
        }
        assertLe(paidOut, received);
        assertEq(fot.balanceOf(address(splitter)), received - paidOut);
        (, uint256 claimed) = splitter.assetTotals(address(fot));
        assertEq(claimed, paidOut);
    }

    function test_PayIncome_FeeOnTransferAtDeclaredValue() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100);
        uint256 amount = 1000 ether;
        fot.mint(creator, amount);
        vm.startPrank(creator);
        fot.approve(address(splitter), amount);
        uint256 received = splitter.payIncome(0, address(fot), amount, 500 * USDC_UNIT);
        vm.stopPrank();
        assertEq(received, amount - amount / 100);
        assertEq(splitter.periodRecord(0).declaredValue, 500 * USDC_UNIT);
        assertEq(splitter.periodRecord(0).paid, 0);
    }

    function test_RevertWhen_FeeTakesTheWholePayment() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(BPS);
        fot.mint(creator, 1 ether);
        vm.startPrank(creator);
        fot.approve(address(splitter), 1 ether);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAmount.selector));
        splitter.distribute(address(fot), 1 ether);
        vm.stopPrank();
        assertEq(splitter.payoutAssets().length, 0);
    }

    /*//////////////////////////////////////////////////////////////
                            NO RETURN VALUE
    //////////////////////////////////////////////////////////////*/

    function test_Claim_NoReturnTokenPayout() public {
        NoReturnToken usdt = new NoReturnToken();
        uint256 amount = 950 * USDC_UNIT;
        usdt.mint(creator, amount);
        vm.startPrank(creator);
        usdt.approve(address(splitter), amount);
        assertEq(splitter.distribute(address(usdt), amount), amount);
        vm.stopPrank();

        assertEq(_claim(splitter, alice, address(usdt)), 500 * USDC_UNIT);
        assertEq(_claim(splitter, bob, address(usdt)), 300 * USDC_UNIT);
        assertEq(_claim(splitter, carol, address(usdt)), 150 * USDC_UNIT);
        assertEq(usdt.balanceOf(alice), 500 * USDC_UNIT);
        assertEq(usdt.balanceOf(address(splitter)), 0);
    }

    /*//////////////////////////////////////////////////////////////
                               REENTRANCY
    //////////////////////////////////////////////////////////////*/

    function test_Claim_ReentrantTokenPaysOnce() public {
        ReentrantToken rt = new ReentrantToken();
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdc)), ISA_TOKENS, "reentrant");
        ReentrantClaimer claimer = new ReentrantClaimer(s, address(rt));
        _buyFrom(s, alice, SOFT_CAP);
        uint256 cost = _cost(SOFT_CAP, PRICE);
        usdc.mint(address(claimer), cost);
        claimer.buy(usdc, SOFT_CAP, cost);
        vm.warp(_saleEnd(s));

        rt.mint(creator, 1000 ether);
        vm.startPrank(creator);
        rt.approve(address(s), 1000 ether);
        s.distribute(address(rt), 1000 ether);
        vm.stopPrank();
        uint256 owed = s.claimable(address(claimer), address(rt));
        assertEq(owed, 500 ether);

        rt.arm(address(claimer), abi.encodeCall(ReentrantClaimer.reenter, ()));
        assertEq(claimer.claim(), owed);

        assertTrue(rt.reentered());
        assertFalse(rt.reentrySucceeded());
        assertEq(rt.reentryResult(), _err(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        assertEq(rt.balanceOf(address(claimer)), owed);
        assertEq(s.claimable(address(claimer), address(rt)), 0);
        (, uint256 claimed) = s.assetTotals(address(rt));
        assertEq(claimed, owed);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        claimer.claim();
        // alice's half is untouched.
        assertEq(s.claimable(alice, address(rt)), 500 ether);
    }

    function test_Distribute_ReentryDuringPayInFails() public {
        ReentrantToken rt = new ReentrantToken();
        rt.mint(creator, 2000 ether);
        vm.startPrank(creator);
        rt.approve(address(splitter), 2000 ether);
        splitter.distribute(address(rt), 1000 ether);
        vm.stopPrank();

        // During the next pay-in, before the balance moves, the hook asks the splitter to credit "surplus".
        rt.arm(address(splitter), abi.encodeCall(IIncomeShareSplitter.distributeSurplus, (address(rt))));
        vm.prank(creator);
        splitter.distribute(address(rt), 1000 ether);

        assertTrue(rt.reentered());
        assertFalse(rt.reentrySucceeded());
        assertEq(rt.reentryResult(), _err(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        (uint256 totalReceived,) = splitter.assetTotals(address(rt));
        assertEq(totalReceived, 2000 ether);
    }

    function test_Buy_EthRefundReentryFails() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        ReentrantEthBuyer buyer = new ReentrantEthBuyer(s);
        uint256 cost = _cost(1000 ether, ETH_PRICE);
        vm.deal(address(this), cost + 1 ether);

        buyer.buy{value: cost + 1 ether}(1000 ether);

        assertTrue(buyer.reentered());
        assertFalse(buyer.reentrySucceeded());
        assertEq(buyer.reentryError(), _err(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        assertEq(s.sharesOf(address(buyer)), 1000 ether);
        assertEq(address(buyer).balance, 1 ether);
        assertEq(address(s).balance, cost);
    }

    /*//////////////////////////////////////////////////////////////
                          ETH TO A REJECTER
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ClaimEthToContractThatRejectsIt() public {
        _distributeEth(splitter, creator, 1.9 ether);
        _distribute(splitter, usdc, 950 * USDC_UNIT);
        EthRejecter rejecter = new EthRejecter();
        uint256 owed = splitter.claimable(alice, address(0));
        assertEq(owed, 1 ether);

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EthTransferFailed.selector, address(rejecter), owed
            )
        );
        vm.prank(alice);
        splitter.claim(ArrayBuilder.addresses(address(usdc), address(0)), address(rejecter));

        // Nothing changed: not even the USDC claimed in the same call.
        assertEq(splitter.claimable(alice, address(0)), owed);
        assertEq(splitter.claimable(alice, address(usdc)), 500 * USDC_UNIT);
        assertEq(usdc.balanceOf(address(rejecter)), 0);
        assertEq(address(splitter).balance, 1.9 ether);
        (, uint256 claimed) = splitter.assetTotals(address(0));
        assertEq(claimed, 0);

        vm.prank(alice);
        splitter.claim(ArrayBuilder.addresses(address(usdc), address(0)), alice);
        assertEq(alice.balance, owed);
        assertEq(usdc.balanceOf(alice), 500 * USDC_UNIT);
    }

    /// @dev A holder that cannot take ETH can still claim it to another address.
    function test_Claim_RejecterHolderClaimsEthElsewhere() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        EthRejecter rejecter = new EthRejecter();
        uint256 cost = _cost(SOFT_CAP, ETH_PRICE);
        vm.deal(address(this), cost);
        rejecter.buy{value: cost}(s, SOFT_CAP);
        _distributeEth(s, creator, 1 ether);

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EthTransferFailed.selector, address(rejecter), 1 ether
            )
        );
        rejecter.claim(s, ArrayBuilder.addresses(address(0)), address(rejecter));

        rejecter.claim(s, ArrayBuilder.addresses(address(0)), dave);
        assertEq(dave.balance, 1 ether);
    }
}
