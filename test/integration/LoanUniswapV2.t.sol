// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {IUniswapV2Pair, UniswapV2Deployer} from "./UniswapV2.sol";

/// @notice The tradable debt on the real Uniswap V2 (factory, WETH9 and router 02 deployed from the npm builds). Peter
/// Pan's 1,500 USDC loan ("Peter Pan Loan 2026", 1,575 USDC back in three installments) is funded by alice (1,000) and
/// bob (500); the first installment is repaid. Alice lists 400 claims against 260 USDC (a discount on the 0.70 USDC
/// still owed per claim); carol buys claims with 100 USDC through the router. The second installment goes to carol for
/// the claims she holds, not to alice, who keeps only what arrived before the sale and what her remaining claims earn;
/// the pool's share, pushed to it with `claimFor`, reaches the LPs with `sync`. After the last installment every USDC
/// repaid is claimed or claimable, to within one unit per holder.
contract LoanUniswapV2Test is LoanBaseTest {
    uint256 internal constant LISTED_CLAIMS = 400e6;
    uint256 internal constant LISTED_USDC = 260e6;
    uint256 internal constant CAROL_PAYS = 100e6;

    UniswapV2Deployer.Deployment internal uni;
    PersonalLoan internal loan;
    IUniswapV2Pair internal pair;

    function setUp() public override {
        super.setUp();
        uni = UniswapV2Deployer.deploy(makeAddr("feeToSetter"));
        loan = _fundedDefaultLoan();
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
        _repay(loan, INSTALLMENT);
    }

    function _deadline() internal view returns (uint256) {
        return block.timestamp + 1 hours;
    }

    function _list() internal {
        usdc.mint(alice, LISTED_USDC);
        vm.startPrank(alice);
        loan.approve(address(uni.router), LISTED_CLAIMS);
        usdc.approve(address(uni.router), LISTED_USDC);
        uni.router.addLiquidity(address(loan), address(usdc), LISTED_CLAIMS, LISTED_USDC, 0, 0, alice, _deadline());
        vm.stopPrank();
        pair = IUniswapV2Pair(uni.factory.getPair(address(loan), address(usdc)));
        assertEq(address(pair), UniswapV2Deployer.pairFor(uni.factory, address(loan), address(usdc)));
    }

    function _buy() internal returns (uint256 bought) {
        usdc.mint(carol, CAROL_PAYS);
        vm.startPrank(carol);
        usdc.approve(address(uni.router), CAROL_PAYS);
        uint256[] memory amounts = uni.router
            .swapExactTokensForTokens(
                CAROL_PAYS, 1, ArrayBuilder.addresses(address(usdc), address(loan)), carol, _deadline()
            );
        vm.stopPrank();
        bought = amounts[1];
    }

    function test_BuyerOfTheDebtReceivesTheNextInstallment() public {
        _list();
        uint256 aliceEarnedBefore = loan.claimable(alice);
        assertEq(aliceEarnedBefore, 350e6, "first installment: 1,000/1,500 of 525");
        uint256 bought = _buy();
        assertGt(bought, 0);
        assertEq(loan.balanceOf(carol), bought);
        assertEq(loan.claimable(carol), 0, "the buyer has no claim on what arrived before");
        assertEq(loan.claimable(alice), aliceEarnedBefore, "the seller keeps what arrived before");

        // Second installment, paid on time by the creator.
        vm.warp(loan.installment(1).dueDate);
        usdc.mint(creator, INSTALLMENT);
        vm.startPrank(creator);
        usdc.approve(address(loan), INSTALLMENT);
        loan.repay(INSTALLMENT);
        vm.stopPrank();

        uint256 carolExpected = uint256(INSTALLMENT) * bought / PRINCIPAL;
        assertApproxEqAbs(loan.claimable(carol), carolExpected, 1, "the installment goes to the buyer");
        uint256 aliceExpected = aliceEarnedBefore + uint256(INSTALLMENT) * (1000e6 - LISTED_CLAIMS) / PRINCIPAL;
        assertApproxEqAbs(loan.claimable(alice), aliceExpected, 1, "the seller earns only on what she kept");
        uint256 pairBalance = loan.balanceOf(address(pair));
        assertEq(pairBalance, LISTED_CLAIMS - bought);
        assertApproxEqAbs(loan.claimable(address(pair)), uint256(INSTALLMENT) * pairBalance / PRINCIPAL, 1);

        // The buyer and the seller claim; the pool's share goes to its LPs.
        uint256 carolClaimable = loan.claimable(carol);
        vm.prank(carol);
        assertEq(loan.claim(carol), carolClaimable);
        assertApproxEqAbs(usdc.balanceOf(carol), carolExpected, 1);
        vm.prank(alice);
        loan.claim(alice);
        (uint112 r0, uint112 r1,) = pair.getReserves();
        uint256 usdcReserve = pair.token0() == address(usdc) ? r0 : r1;
        uint256 pushed = loan.claimFor(address(pair));
        pair.sync();
        (r0, r1,) = pair.getReserves();
        assertEq(pair.token0() == address(usdc) ? r0 : r1, usdcReserve + pushed, "the pool's share reaches the LPs");

        // Last installment, late; then everything repaid is claimed or claimable.
        vm.warp(loan.installment(2).dueDate + GRACE + 1);
        _repay(loan, INSTALLMENT);
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Repaid));
        assertTrue(loan.installment(2).late);
        assertEq(loan.lateInstallmentCount(), 1);
        address[4] memory holders = [alice, bob, carol, address(pair)];
        uint256 claimable;
        for (uint256 i; i < holders.length; ++i) {
            claimable += loan.claimable(holders[i]);
        }
        assertLe(OWED - loan.totalClaimed() - claimable, holders.length + 1);
    }
}
