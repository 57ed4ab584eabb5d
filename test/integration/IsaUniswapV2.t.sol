// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {IsaBaseTest} from "../utils/IsaBaseTest.sol";
import {IUniswapV2Pair, UniswapV2Deployer} from "./UniswapV2.sol";

/// @notice The $ALEX story on the real Uniswap V2 (factory, WETH9 and router 02 deployed from the npm builds):
/// 30 buyers buy the 1,000,000 ISA tokens for 20,000 USDC, the creator withdraws the proceeds and seeds an ALEX-WETH
/// pool from the liquid allocation, a trader buys ALEX on the pool, the creator reports 20,000 USDC of income for the
/// first quarter and pays the 3,000 owed half in USDC and half in LP shares, the buyers claim both in one call, the
/// trader has no claim, and a buyer turns the LP shares received back into ALEX and ETH. Every balance is checked
/// against an expectation computed from the terms and the constant-product formulas.
contract IsaUniswapV2Test is IsaBaseTest {
    uint256 internal constant BUYERS = 30;
    /// @dev Buyers 0-19 buy 30,000 tokens (600 USDC), buyers 20-29 buy 40,000 (800 USDC): 1,000,000 for 20,000 USDC.
    uint256 internal constant SMALL_BUY = 30_000 ether;
    uint256 internal constant LARGE_BUY = 40_000 ether;
    uint256 internal constant SMALL_BUYERS = 20;
    uint256 internal constant PROCEEDS = 20_000 * USDC_UNIT;
    /// @dev The creator's liquid allocation: the supply less 5,000,000 vested and the 1,000,000 in the ISA.
    uint256 internal constant CREATOR_LIQUID = 4_000_000 ether;

    /// @dev The pool: 500,000 ALEX and 2 ETH (the product is 1e42, so the LP supply is exactly 1,000 LP shares).
    uint256 internal constant POOL_ALEX = 500_000 ether;
    uint256 internal constant POOL_ETH = 2 ether;
    uint256 internal constant MINIMUM_LIQUIDITY = 1000;
    uint256 internal constant TRADER_ETH = 0.1 ether;

    /// @dev Quarter 1: 20,000 USDC gross, 15% owed, paid as 1,500 USDC plus 75 LP shares declared at 1,500 USDC.
    uint256 internal constant GROSS_INCOME = 20_000 * USDC_UNIT;
    uint256 internal constant OWED = 3000 * USDC_UNIT;
    uint256 internal constant USDC_PAID = 1500 * USDC_UNIT;
    uint256 internal constant LP_PAID = 75 ether;
    uint256 internal constant LP_DECLARED_VALUE = 1500 * USDC_UNIT;
    string internal constant EVIDENCE_URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    bytes32 internal constant EVIDENCE_HASH = keccak256("ALEX Q1 income statement");

    UniswapV2Deployer.Deployment internal uni;
    PersonalToken internal alex;
    IncomeShareSplitter internal splitter;
    IUniswapV2Pair internal pair;
    address[BUYERS] internal buyers;
    address internal trader = makeAddr("trader");

    /// @dev The pool's reserves as this test expects them, updated with the constant-product formulas.
    uint256 internal reserveAlex;
    uint256 internal reserveEth;
    uint256 internal lpSupply;

    function setUp() public override {
        super.setUp();
        uni = UniswapV2Deployer.deploy(makeAddr("feeToSetter"));
        (alex, splitter) = _launchIsa(_alexTerms(address(usdc)), ISA_TOKENS);
        for (uint256 i; i < BUYERS; ++i) {
            buyers[i] = makeAddr(string.concat("buyer", vm.toString(i)));
        }
    }

    function _tokensOf(uint256 i) internal pure returns (uint256) {
        return i < SMALL_BUYERS ? SMALL_BUY : LARGE_BUY;
    }

    function _deadline() internal view returns (uint256) {
        return block.timestamp + 1 hours;
    }

    // ---------------------------------------------------------------- the story, step by step

    /// @dev 30 buyers buy the 1,000,000 tokens; tokens bought before the soft cap are delivered afterwards.
    function _sale() internal {
        assertEq(alex.balanceOf(creator), CREATOR_LIQUID);
        assertEq(alex.balanceOf(address(splitter)), ISA_TOKENS);
        uint256 sold;
        for (uint256 i; i < BUYERS; ++i) {
            address buyer = buyers[i];
            uint256 tokens = _tokensOf(i);
            uint256 cost = tokens * PRICE / 1 ether;
            usdc.mint(buyer, cost);
            vm.startPrank(buyer);
            usdc.approve(address(splitter), cost);
            (uint256 bought, uint256 paid) = splitter.buy(tokens, _noAllowance());
            vm.stopPrank();
            sold += tokens;
            assertEq(bought, tokens);
            assertEq(paid, cost);
            assertEq(usdc.balanceOf(buyer), 0, "the buyer paid the whole cost");
            assertEq(splitter.sharesOf(buyer), tokens, "one claim share per token");
            assertEq(alex.balanceOf(buyer), sold >= SOFT_CAP ? tokens : 0, "delivered once the soft cap is met");
        }
        assertEq(sold, ISA_TOKENS);
        assertEq(splitter.tokensSold(), ISA_TOKENS);
        assertEq(uint8(splitter.saleStatus()), uint8(IIncomeShareSplitter.SaleStatus.Succeeded), "sold out");
        assertEq(usdc.balanceOf(address(splitter)), PROCEEDS);

        for (uint256 i; i < BUYERS; ++i) {
            (,, uint256 undelivered) = splitter.purchaseOf(buyers[i]);
            if (undelivered != 0) splitter.deliverTokens(buyers[i]);
            assertEq(alex.balanceOf(buyers[i]), _tokensOf(i));
        }
        assertEq(alex.balanceOf(address(splitter)), 0, "every token sold was delivered");
    }

    function _withdrawProceeds() internal {
        vm.warp(splitter.terms().saleEnd); // sold out: the proceeds leave once the window closes
        vm.prank(creator);
        assertEq(splitter.withdrawProceeds(creator), PROCEEDS);
        assertEq(usdc.balanceOf(creator), PROCEEDS);
        assertEq(usdc.balanceOf(address(splitter)), 0);
    }

    /// @dev The creator seeds ALEX-WETH from the liquid allocation; the router creates the pair.
    function _addLiquidity() internal {
        vm.deal(creator, POOL_ETH);
        vm.startPrank(creator);
        alex.approve(address(uni.router), POOL_ALEX);
        (uint256 amountAlex, uint256 amountEth, uint256 liquidity) = uni.router.addLiquidityETH{value: POOL_ETH}(
            address(alex), POOL_ALEX, POOL_ALEX, POOL_ETH, creator, _deadline()
        );
        vm.stopPrank();

        pair = IUniswapV2Pair(uni.factory.getPair(address(alex), address(uni.weth)));
        assertEq(address(pair), UniswapV2Deployer.pairFor(uni.factory, address(alex), address(uni.weth)));
        lpSupply = Math.sqrt(POOL_ALEX * POOL_ETH);
        (reserveAlex, reserveEth) = (POOL_ALEX, POOL_ETH);
        assertEq(lpSupply, 1000 ether);
        assertEq(amountAlex, POOL_ALEX);
        assertEq(amountEth, POOL_ETH);
        assertEq(liquidity, lpSupply - MINIMUM_LIQUIDITY, "the first MINIMUM_LIQUIDITY shares are locked");
        assertEq(pair.balanceOf(creator), lpSupply - MINIMUM_LIQUIDITY);
        assertEq(pair.balanceOf(address(0)), MINIMUM_LIQUIDITY);
        assertEq(pair.totalSupply(), lpSupply);
        assertEq(alex.balanceOf(creator), CREATOR_LIQUID - POOL_ALEX);
        assertEq(creator.balance, 0);
        _assertReserves();
    }

    function _assertReserves() internal view {
        assertEq(alex.balanceOf(address(pair)), reserveAlex, "pair ALEX");
        assertEq(uni.weth.balanceOf(address(pair)), reserveEth, "pair WETH");
        (uint112 reserve0, uint112 reserve1,) = pair.getReserves();
        (uint256 alexReserve, uint256 ethReserve) =
            pair.token0() == address(alex) ? (reserve0, reserve1) : (reserve1, reserve0);
        assertEq(alexReserve, reserveAlex, "reserves");
        assertEq(ethReserve, reserveEth, "reserves");
    }

    /// @dev A trader who never took part in the sale buys ALEX on the pool.
    function _traderBuysOnPool() internal {
        uint256 amountInWithFee = TRADER_ETH * 997;
        uint256 expectedOut = amountInWithFee * reserveAlex / (reserveEth * 1000 + amountInWithFee);
        address[] memory path = new address[](2);
        (path[0], path[1]) = (address(uni.weth), address(alex));
        vm.deal(trader, TRADER_ETH);
        vm.prank(trader);
        uint256[] memory amounts =
            uni.router.swapExactETHForTokens{value: TRADER_ETH}(expectedOut, path, trader, _deadline());
        reserveEth += TRADER_ETH;
        reserveAlex -= expectedOut;
        assertEq(amounts[1], expectedOut);
        assertEq(alex.balanceOf(trader), expectedOut);
        assertEq(trader.balance, 0);
        assertEq(splitter.sharesOf(trader), 0, "buying on the pool buys no claim share");
        _assertReserves();
    }

    /// @dev Quarter 1: report 20,000 USDC gross, pay the 3,000 owed as 1,500 USDC and 75 LP shares worth 1,500.
    function _reportAndPayQuarterOne() internal {
        vm.warp(splitter.terms().termStart + PERIOD);
        vm.prank(creator);
        splitter.report(0, GROSS_INCOME, EVIDENCE_URI, EVIDENCE_HASH);
        IIncomeShareSplitter.PeriodRecord memory record = splitter.periodRecord(0);
        assertTrue(record.reported);
        assertEq(record.grossIncome, GROSS_INCOME);
        assertEq(record.owed, GROSS_INCOME * SHARE_BPS / 10_000);
        assertEq(record.owed, OWED);
        assertEq(record.paid, 0);

        // The quarter's income reaches the creator's wallet (on top of the sale proceeds).
        usdc.mint(creator, GROSS_INCOME);
        uint256 creatorLp = pair.balanceOf(creator);
        vm.startPrank(creator);
        usdc.approve(address(splitter), USDC_PAID);
        // The value argument is ignored for the sale currency: what arrives counts.
        assertEq(splitter.payIncome(0, address(usdc), USDC_PAID, 0), USDC_PAID);
        assertEq(pair.approve(address(splitter), LP_PAID), true);
        assertEq(splitter.payIncome(0, address(pair), LP_PAID, LP_DECLARED_VALUE), LP_PAID);
        vm.stopPrank();

        // USDC is what the contract can verify; the LP shares' worth is the creator's declaration, recorded apart.
        assertEq(splitter.periodRecord(0).paid, USDC_PAID);
        assertEq(splitter.periodRecord(0).declaredValue, LP_DECLARED_VALUE);
        assertEq(USDC_PAID + LP_DECLARED_VALUE, OWED, "the quarter is paid in full, as declared");
        assertEq(splitter.totalPaid(), USDC_PAID);
        address[] memory assets = splitter.payoutAssets();
        assertEq(assets.length, 2);
        assertEq(assets[0], address(usdc));
        assertEq(assets[1], address(pair));
        assertEq(usdc.balanceOf(creator), PROCEEDS + GROSS_INCOME - USDC_PAID);
        assertEq(usdc.balanceOf(address(splitter)), USDC_PAID);
        assertEq(pair.balanceOf(creator), creatorLp - LP_PAID);
        assertEq(pair.balanceOf(address(splitter)), LP_PAID);
    }

    function _both() internal view returns (address[] memory assets) {
        assets = new address[](2);
        (assets[0], assets[1]) = (address(usdc), address(pair));
    }

    /// @dev Every buyer claims USDC and LP shares in one call, pro rata to the tokens bought.
    function _buyersClaim() internal {
        for (uint256 i; i < BUYERS; ++i) {
            address buyer = buyers[i];
            uint256 expectedUsdc = USDC_PAID * _tokensOf(i) / ISA_TOKENS;
            uint256 expectedLp = LP_PAID * _tokensOf(i) / ISA_TOKENS;
            assertEq(splitter.claimable(buyer, address(usdc)), expectedUsdc);
            assertEq(splitter.claimable(buyer, address(pair)), expectedLp);
            vm.prank(buyer);
            uint256[] memory amounts = splitter.claim(_both(), buyer);
            assertEq(amounts[0], expectedUsdc);
            assertEq(amounts[1], expectedLp);
            assertEq(usdc.balanceOf(buyer), expectedUsdc);
            assertEq(pair.balanceOf(buyer), expectedLp);
            assertEq(splitter.claimable(buyer, address(usdc)), 0);
            assertEq(splitter.claimable(buyer, address(pair)), 0);
        }
        // 3% or 4% of the supply each: the shares divide the income exactly, so nothing is left behind.
        assertEq(usdc.balanceOf(address(splitter)), 0);
        assertEq(pair.balanceOf(address(splitter)), 0);
        (uint256 received, uint256 claimed) = splitter.assetTotals(address(usdc));
        assertEq(received, USDC_PAID);
        assertEq(claimed, USDC_PAID);
        (received, claimed) = splitter.assetTotals(address(pair));
        assertEq(received, LP_PAID);
        assertEq(claimed, LP_PAID);
    }

    function _storyUntilIncomePaid() internal {
        _sale();
        _withdrawProceeds();
        _addLiquidity();
        _traderBuysOnPool();
        _reportAndPayQuarterOne();
    }

    // ---------------------------------------------------------------- tests

    function test_Sale_ThirtyBuyersFundTheCreator() public {
        _sale();
        _withdrawProceeds();
    }

    function test_Liquidity_CreatorSeedsAlexWethPoolFromLiquidAllocation() public {
        _sale();
        _withdrawProceeds();
        _addLiquidity();
        assertEq(uni.factory.feeTo(), address(0), "no protocol fee: LP shares are worth their pro-rata reserves");
    }

    function test_Income_QuarterPaidInUsdcAndLpShares_BuyersClaimBothInOneCall() public {
        _storyUntilIncomePaid();
        _buyersClaim();
    }

    function test_Income_SecondaryBuyerOnThePoolHasNoClaim() public {
        _storyUntilIncomePaid();
        assertGt(alex.balanceOf(trader), 0);
        assertEq(splitter.claimable(trader, address(usdc)), 0);
        assertEq(splitter.claimable(trader, address(pair)), 0);
        vm.prank(trader);
        vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
        splitter.claim(_both(), trader);
        // Holders who sold nothing keep their whole claim.
        assertEq(splitter.claimable(buyers[0], address(usdc)), USDC_PAID * SMALL_BUY / ISA_TOKENS);
    }

    function test_Income_HolderRemovesLiquidityWithLpSharesReceived() public {
        _storyUntilIncomePaid();
        _buyersClaim();

        address buyer = buyers[BUYERS - 1];
        uint256 liquidity = pair.balanceOf(buyer);
        assertEq(liquidity, LP_PAID * LARGE_BUY / ISA_TOKENS);
        uint256 expectedAlex = liquidity * reserveAlex / lpSupply;
        uint256 expectedEth = liquidity * reserveEth / lpSupply;
        assertGt(expectedAlex, 0);
        assertGt(expectedEth, 0);

        vm.startPrank(buyer);
        assertEq(pair.approve(address(uni.router), liquidity), true);
        (uint256 amountAlex, uint256 amountEth) =
            uni.router.removeLiquidityETH(address(alex), liquidity, expectedAlex, expectedEth, buyer, _deadline());
        vm.stopPrank();
        reserveAlex -= expectedAlex;
        reserveEth -= expectedEth;
        lpSupply -= liquidity;

        assertEq(amountAlex, expectedAlex);
        assertEq(amountEth, expectedEth);
        assertEq(pair.balanceOf(buyer), 0);
        assertEq(pair.totalSupply(), lpSupply);
        assertEq(alex.balanceOf(buyer), LARGE_BUY + expectedAlex, "the sale tokens plus the pool's ALEX");
        assertEq(buyer.balance, expectedEth);
        assertEq(uni.weth.balanceOf(buyer), 0, "paid out in ETH, not WETH");
        _assertReserves();
        // Their income claim is untouched by what they did with the LP shares.
        assertEq(splitter.sharesOf(buyer), LARGE_BUY);
    }
}
