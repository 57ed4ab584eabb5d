// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {SplitterTestBase} from "../utils/SplitterTestBase.sol";
import {EthRejecter} from "../utils/mocks/EthRejecter.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {MockERC1271Wallet} from "../utils/mocks/MockERC1271Wallet.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";

/// @notice Unit tests for the {IncomeShareSplitter} primary sale: phases, buying in USDC and ETH, escrow and delivery,
/// the allowlist, refunds after a failure, and the creator's withdrawals after a success.
contract IncomeShareSplitterSaleTest is SplitterTestBase {
    function setUp() public override {
        super.setUp();
        _launchDefault();
    }

    /*//////////////////////////////////////////////////////////////
                               SALE STATUS
    //////////////////////////////////////////////////////////////*/

    function test_SaleStatus_UpcomingUntilSaleStart() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = uint64(block.timestamp + 1 days);
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "upcoming");
        _fundUsdc(s, alice, 1 ether);

        vm.warp(t.saleStart - 1);
        _assertStatus(s, IIncomeShareSplitter.SaleStatus.Upcoming);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Upcoming));
        vm.prank(alice);
        s.buy(1 ether, _noAllowance());

        vm.warp(t.saleStart);
        _assertStatus(s, IIncomeShareSplitter.SaleStatus.Active);
        vm.prank(alice);
        s.buy(1 ether, _noAllowance());
        assertEq(s.tokensSold(), 1 ether);
    }

    function test_SaleStatus_FailedAtSaleEndBelowSoftCap() public {
        _buy(alice, SOFT_CAP - 2);
        uint64 saleEnd = _saleEnd(splitter);

        vm.warp(saleEnd - 1);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
        _buy(bob, 1); // still buyable in the last second; still one wei short
        assertEq(splitter.tokensSold(), SOFT_CAP - 1);

        vm.warp(saleEnd);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Failed);
        _fundUsdc(splitter, bob, 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Failed));
        vm.prank(bob);
        splitter.buy(1, _noAllowance());

        vm.warp(saleEnd + 365 days);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Failed);
    }

    function test_SaleStatus_SucceededAtSaleEndWithSoftCap() public {
        _buy(alice, SOFT_CAP);
        uint64 saleEnd = _saleEnd(splitter);

        // Reaching the soft cap does not close the sale.
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
        vm.warp(saleEnd - 1);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
        vm.warp(saleEnd);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
        vm.warp(saleEnd + 365 days);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
    }

    function test_SaleStatus_SoldOutBeforeEndIsSucceeded() public {
        _buy(alice, ISA_TOKENS - 1);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
        _buy(bob, 1);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
        assertLt(block.timestamp, _saleEnd(splitter));
    }

    /*//////////////////////////////////////////////////////////////
                               BUY (USDC)
    //////////////////////////////////////////////////////////////*/

    function test_Buy_WithUsdc_ChargesCeilCostAndEscrows() public {
        uint256 tokens = 1234.5 ether + 7;
        uint256 cost = _cost(tokens, PRICE);
        // The amount was chosen so that rounding matters: ceil is one unit above floor.
        assertEq(cost, tokens * PRICE / 1 ether + 1);
        _fundUsdc(splitter, alice, tokens);

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensPurchased(alice, tokens, cost);
        vm.prank(alice);
        (uint256 bought, uint256 paid) = splitter.buy(tokens, _noAllowance());

        assertEq(bought, tokens);
        assertEq(paid, cost);
        assertEq(usdc.balanceOf(alice), 0);
        assertEq(usdc.balanceOf(address(splitter)), cost);
        assertEq(splitter.tokensSold(), tokens);
        assertEq(splitter.sharesOf(alice), tokens);
        (uint256 purchased, uint256 purchasePaid, uint256 undelivered) = splitter.purchaseOf(alice);
        assertEq(purchased, tokens);
        assertEq(purchasePaid, cost);
        assertEq(undelivered, tokens);
        // Below the soft cap the tokens stay in escrow.
        assertEq(token.balanceOf(alice), 0);
        assertEq(token.balanceOf(address(splitter)), ISA_TOKENS);
    }

    function test_Buy_CostIsExactWithoutRemainder() public {
        (, uint256 cost) = _buy(alice, 1000 ether);
        assertEq(cost, 1000 * PRICE);
    }

    /// @dev The smallest purchase costs one unit: with a non-zero price, the ceiling of a non-zero product is never 0,
    /// so no purchase is ever free.
    function test_Buy_OneWeiCostsOneUnit() public {
        (uint256 bought, uint256 cost) = _buy(alice, 1);
        assertEq(bought, 1);
        assertEq(cost, 1);
    }

    function test_Buy_AccumulatesPurchases() public {
        (, uint256 first) = _buy(alice, 100 ether + 1);
        (, uint256 second) = _buy(alice, 200 ether + 1);
        (uint256 tokens, uint256 paid, uint256 undelivered) = splitter.purchaseOf(alice);
        assertEq(tokens, 300 ether + 2);
        assertEq(paid, first + second);
        assertEq(undelivered, 300 ether + 2);
        assertEq(splitter.sharesOf(alice), 300 ether + 2);
        assertEq(usdc.balanceOf(address(splitter)), first + second);
    }

    function test_RevertWhen_BuyZeroTokens() public {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAmount.selector));
        vm.prank(alice);
        splitter.buy(0, _noAllowance());
    }

    function test_Buy_LastBuyerGetsTheRestAndPaysForTheRestOnly() public {
        uint256 rest = 10 ether + 1;
        _buy(alice, ISA_TOKENS - rest);
        uint256 asked = 100 ether;
        uint256 fundedFor = _fundUsdc(splitter, bob, asked);
        uint256 restCost = _cost(rest, PRICE);

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensPurchased(bob, rest, restCost);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensDelivered(bob, rest);
        vm.prank(bob);
        (uint256 bought, uint256 cost) = splitter.buy(asked, _noAllowance());

        assertEq(bought, rest);
        assertEq(cost, restCost);
        assertEq(usdc.balanceOf(bob), fundedFor - restCost);
        assertEq(token.balanceOf(bob), rest);
        assertEq(splitter.sharesOf(bob), rest);
        assertEq(splitter.tokensSold(), ISA_TOKENS);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
    }

    function test_RevertWhen_BuyAfterSoldOut() public {
        _buy(alice, ISA_TOKENS);
        _fundUsdc(splitter, bob, 1 ether);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Succeeded));
        vm.prank(bob);
        splitter.buy(1 ether, _noAllowance());
    }

    function test_RevertWhen_EthSentWithUsdcSale() public {
        _fundUsdc(splitter, alice, 1000 ether);
        vm.deal(alice, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongPayment.selector, 0, 1 wei)
        );
        vm.prank(alice);
        splitter.buy{value: 1 wei}(1000 ether, _noAllowance());
    }

    /*//////////////////////////////////////////////////////////////
                                BUY (ETH)
    //////////////////////////////////////////////////////////////*/

    function test_Buy_WithEth_ExactCost() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        uint256 tokens = 1000 ether + 1;
        uint256 cost = _cost(tokens, ETH_PRICE);
        vm.deal(alice, cost);

        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.TokensPurchased(alice, tokens, cost);
        vm.prank(alice);
        (, uint256 paid) = s.buy{value: cost}(tokens, _noAllowance());

        assertEq(paid, cost);
        assertEq(alice.balance, 0);
        assertEq(address(s).balance, cost);
    }

    function test_Buy_WithEth_RefundsExcess() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        uint256 tokens = 1000 ether;
        uint256 cost = _cost(tokens, ETH_PRICE);
        vm.deal(alice, 10 ether);

        vm.prank(alice);
        s.buy{value: 10 ether}(tokens, _noAllowance());

        assertEq(alice.balance, 10 ether - cost);
        assertEq(address(s).balance, cost);
        (, uint256 paid,) = s.purchaseOf(alice);
        assertEq(paid, cost);
    }

    function test_Buy_WithEth_PartialFillRefundsTheUnusedValue() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        uint256 rest = 3 ether;
        _buyFrom(s, alice, ISA_TOKENS - rest);
        uint256 sent = _cost(100 ether, ETH_PRICE);
        vm.deal(bob, sent);

        vm.prank(bob);
        (uint256 bought, uint256 cost) = s.buy{value: sent}(100 ether, _noAllowance());

        assertEq(bought, rest);
        assertEq(cost, _cost(rest, ETH_PRICE));
        assertEq(bob.balance, sent - cost);
        assertEq(address(s).balance, _cost(ISA_TOKENS - rest, ETH_PRICE) + cost);
    }

    function test_RevertWhen_EthBelowCost() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        uint256 cost = _cost(1000 ether, ETH_PRICE);
        vm.deal(alice, cost);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongPayment.selector, cost, cost - 1)
        );
        vm.prank(alice);
        s.buy{value: cost - 1}(1000 ether, _noAllowance());
    }

    function test_RevertWhen_EthExcessCannotBeReturned() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        EthRejecter rejecter = new EthRejecter();
        uint256 cost = _cost(1000 ether, ETH_PRICE);
        vm.deal(address(this), cost + 1);

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EthTransferFailed.selector, address(rejecter), 1
            )
        );
        rejecter.buy{value: cost + 1}(s, 1000 ether);

        // Paying the exact cost needs no transfer back.
        rejecter.buy{value: cost}(s, 1000 ether);
        assertEq(s.sharesOf(address(rejecter)), 1000 ether);
    }

    /*//////////////////////////////////////////////////////////////
                          ESCROW AND DELIVERY
    //////////////////////////////////////////////////////////////*/

    function test_Buy_DeliversAtTheBuyThatReachesSoftCap() public {
        _buy(alice, 100_000 ether);
        uint256 bobTokens = SOFT_CAP - 100_000 ether;
        uint256 cost = _fundUsdc(splitter, bob, bobTokens);

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensPurchased(bob, bobTokens, cost);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensDelivered(bob, bobTokens);
        vm.prank(bob);
        splitter.buy(bobTokens, _noAllowance());

        assertEq(token.balanceOf(bob), bobTokens);
        (,, uint256 bobUndelivered) = splitter.purchaseOf(bob);
        assertEq(bobUndelivered, 0);
        // alice's earlier purchase stays escrowed until someone delivers it.
        assertEq(token.balanceOf(alice), 0);
        (,, uint256 aliceUndelivered) = splitter.purchaseOf(alice);
        assertEq(aliceUndelivered, 100_000 ether);
        assertEq(token.balanceOf(address(splitter)), ISA_TOKENS - bobTokens);
    }

    function test_Buy_DeliversTheBuyersEarlierPurchasesWithIt() public {
        _buy(alice, 100_000 ether);
        uint256 more = SOFT_CAP - 100_000 ether + 5 ether;
        uint256 cost = _fundUsdc(splitter, alice, more);

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensPurchased(alice, more, cost);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensDelivered(alice, 100_000 ether + more);
        vm.prank(alice);
        splitter.buy(more, _noAllowance());

        assertEq(token.balanceOf(alice), 100_000 ether + more);
        (,, uint256 undelivered) = splitter.purchaseOf(alice);
        assertEq(undelivered, 0);
    }

    function test_Buy_AfterSoftCapDeliversAtOnce() public {
        _buy(alice, SOFT_CAP);
        _fundUsdc(splitter, bob, 7 ether);
        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensDelivered(bob, 7 ether);
        vm.prank(bob);
        splitter.buy(7 ether, _noAllowance());
        assertEq(token.balanceOf(bob), 7 ether);
    }

    function test_DeliverTokens_ByAnyoneForAnEarlierBuyer() public {
        _buy(alice, 100_000 ether);
        _buy(bob, SOFT_CAP);

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.TokensDelivered(alice, 100_000 ether);
        vm.prank(carol);
        uint256 delivered = splitter.deliverTokens(alice);

        assertEq(delivered, 100_000 ether);
        assertEq(token.balanceOf(alice), 100_000 ether);
        assertEq(token.balanceOf(carol), 0);
        (,, uint256 undelivered) = splitter.purchaseOf(alice);
        assertEq(undelivered, 0);
        assertEq(token.balanceOf(address(splitter)), ISA_TOKENS - 100_000 ether - SOFT_CAP);

        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        splitter.deliverTokens(alice);
    }

    function test_RevertWhen_DeliverForBuyerWithNothingUndelivered() public {
        _buy(alice, SOFT_CAP);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        splitter.deliverTokens(alice);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        splitter.deliverTokens(carol);
    }

    function test_RevertWhen_DeliverBeforeSoftCap() public {
        _buy(alice, SOFT_CAP - 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        splitter.deliverTokens(alice);
    }

    function test_RevertWhen_DeliverAfterFailure() public {
        _buy(alice, SOFT_CAP - 1);
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Failed));
        splitter.deliverTokens(alice);
    }

    /*//////////////////////////////////////////////////////////////
                             SALE CURRENCIES
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_SaleCurrencyTakesAFee() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100); // 1%
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(fot)), ISA_TOKENS, "fot");
        uint256 cost = _cost(1000 ether, PRICE);
        fot.mint(alice, cost);
        vm.prank(alice);
        fot.approve(address(s), cost);
        uint256 received = cost - cost * 100 / BPS;

        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_PaymentShortfall.selector, cost, received)
        );
        vm.prank(alice);
        s.buy(1000 ether, _noAllowance());
    }

    function test_Buy_NoReturnTokenAsSaleCurrency() public {
        NoReturnToken usdt = new NoReturnToken();
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdt)), ISA_TOKENS, "usdt");
        uint256 cost = _cost(SOFT_CAP, PRICE);
        usdt.mint(alice, cost);
        vm.prank(alice);
        usdt.approve(address(s), cost);
        vm.prank(alice);
        s.buy(SOFT_CAP, _noAllowance());
        assertEq(usdt.balanceOf(address(s)), cost);
        assertEq(usdt.balanceOf(alice), 0);

        vm.warp(_saleEnd(s));
        vm.prank(creator);
        assertEq(s.withdrawProceeds(dave), cost);
        assertEq(usdt.balanceOf(dave), cost);
        assertEq(usdt.balanceOf(address(s)), 0);
    }

    function test_Refund_NoReturnTokenAsSaleCurrency() public {
        NoReturnToken usdt = new NoReturnToken();
        (, IncomeShareSplitter s) = _launchWithSalt(_alexTerms(address(usdt)), ISA_TOKENS, "usdt");
        uint256 cost = _cost(1000 ether, PRICE);
        usdt.mint(alice, cost);
        vm.prank(alice);
        usdt.approve(address(s), cost);
        vm.prank(alice);
        s.buy(1000 ether, _noAllowance());

        vm.warp(_saleEnd(s));
        vm.prank(alice);
        assertEq(s.refund(alice), cost);
        assertEq(usdt.balanceOf(alice), cost);
        assertEq(usdt.balanceOf(address(s)), 0);
    }

    /*//////////////////////////////////////////////////////////////
                               ALLOWLIST
    //////////////////////////////////////////////////////////////*/

    function test_Buy_Allowlisted_WithValidSignature() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 5000 ether, block.timestamp + 1 days);
        uint256 cost = _fundUsdc(s, alice, 5000 ether);

        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.TokensPurchased(alice, 5000 ether, cost);
        vm.prank(alice);
        s.buy(5000 ether, a);
        assertEq(s.sharesOf(alice), 5000 ether);
    }

    function test_RevertWhen_Allowlisted_NoAllowance() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        _fundUsdc(s, alice, 1 ether);
        // An empty allowance has deadline 0: long expired.
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AllowanceExpired.selector, 0));
        vm.prank(alice);
        s.buy(1 ether, _noAllowance());
    }

    function test_RevertWhen_Allowlisted_MalformedSignature() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        _fundUsdc(s, alice, 1 ether);
        IIncomeShareSplitter.Allowance memory a =
            IIncomeShareSplitter.Allowance({maxTokens: 1 ether, deadline: block.timestamp, signature: hex"deadbeef"});
        _expectInvalidAllowance(s, alice, 1 ether, a);
    }

    function test_RevertWhen_Allowlisted_SignatureForAnotherBuyer() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory forBob = _allowance(s, SIGNER_PK, bob, 5000 ether, block.timestamp);
        _fundUsdc(s, alice, 1 ether);
        _expectInvalidAllowance(s, alice, 1 ether, forBob);
    }

    function test_RevertWhen_Allowlisted_SignedByAnotherKey() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK + 1, alice, 5000 ether, block.timestamp);
        _fundUsdc(s, alice, 1 ether);
        _expectInvalidAllowance(s, alice, 1 ether, a);
    }

    function test_RevertWhen_Allowlisted_ApprovalRevoked() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        uint256 deadline = block.timestamp + 1 days;
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 5000 ether, deadline);
        _fundUsdc(s, alice, 3000 ether);
        vm.prank(alice);
        s.buy(1000 ether, a);

        vm.expectEmit(address(s));
        emit IIncomeShareSplitter.AllowanceRevoked(alice, 5000 ether, deadline);
        vm.prank(creator);
        s.revokeAllowance(alice, 5000 ether, deadline);
        assertTrue(s.isAllowanceRevoked(alice, 5000 ether, deadline));
        assertFalse(s.isAllowanceRevoked(alice, 2000 ether, deadline));

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_AllowanceRevoked.selector, alice, 5000 ether, deadline
            )
        );
        vm.prank(alice);
        s.buy(1000 ether, a);
        // What was bought stays bought; another approval still works.
        assertEq(s.sharesOf(alice), 1000 ether);
        IIncomeShareSplitter.Allowance memory lower = _allowance(s, SIGNER_PK, alice, 2000 ether, deadline);
        vm.prank(alice);
        s.buy(1000 ether, lower);
        assertEq(s.sharesOf(alice), 2000 ether);
    }

    function test_RevertWhen_RevokeAllowanceNotCreator() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, alice));
        vm.prank(alice);
        s.revokeAllowance(alice, 5000 ether, block.timestamp);
    }

    function test_RevertWhen_Allowlisted_MaxTokensRaisedAfterSigning() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 100 ether, block.timestamp);
        a.maxTokens = 200 ether;
        _fundUsdc(s, alice, 150 ether);
        _expectInvalidAllowance(s, alice, 150 ether, a);
    }

    function test_Buy_Allowlisted_AtDeadlineButNotAfter() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        uint256 deadline = block.timestamp + 1 days;
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 5000 ether, deadline);
        _fundUsdc(s, alice, 2 ether);

        vm.warp(deadline);
        vm.prank(alice);
        s.buy(1 ether, a);

        vm.warp(deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AllowanceExpired.selector, deadline)
        );
        vm.prank(alice);
        s.buy(1 ether, a);
    }

    function test_RevertWhen_Allowlisted_SingleBuyAboveMax() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 100 ether, block.timestamp);
        _fundUsdc(s, alice, 100 ether + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_AllowanceExceeded.selector, 100 ether, 100 ether + 1
            )
        );
        vm.prank(alice);
        s.buy(100 ether + 1, a);
    }

    function test_Buy_Allowlisted_ReuseUpToMaxThenExceeded() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 100 ether, block.timestamp);
        _fundUsdc(s, alice, 100 ether + 1);

        vm.startPrank(alice);
        s.buy(60 ether, a);
        s.buy(40 ether, a);
        vm.stopPrank();
        assertEq(s.sharesOf(alice), 100 ether);

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_AllowanceExceeded.selector, 100 ether, 100 ether + 1
            )
        );
        vm.prank(alice);
        s.buy(1, a);
    }

    /// @dev The maximum applies to what is bought: asking for more than is left is fine if the rest fits.
    function test_Buy_Allowlisted_PartialFillCountsWhatIsBought() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory forBob = _allowance(s, SIGNER_PK, bob, ISA_TOKENS, block.timestamp);
        _fundUsdc(s, bob, ISA_TOKENS - 5 ether);
        vm.prank(bob);
        s.buy(ISA_TOKENS - 5 ether, forBob);

        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 10 ether, block.timestamp);
        _fundUsdc(s, alice, 20 ether);
        vm.prank(alice);
        (uint256 bought,) = s.buy(20 ether, a);
        assertEq(bought, 5 ether);
    }

    function test_RevertWhen_Allowlisted_ChainIdChanged() public {
        IncomeShareSplitter s = _allowlisted("allowlist");
        IIncomeShareSplitter.Allowance memory a = _allowance(s, SIGNER_PK, alice, 100 ether, block.timestamp);
        bytes32 before = s.allowanceDigest(alice, 100 ether, block.timestamp);
        _fundUsdc(s, alice, 2 ether);

        vm.chainId(block.chainid + 1);
        assertTrue(s.allowanceDigest(alice, 100 ether, block.timestamp) != before);
        _expectInvalidAllowance(s, alice, 1 ether, a);

        // Signed for the new chain, it works there.
        IIncomeShareSplitter.Allowance memory fresh = _allowance(s, SIGNER_PK, alice, 100 ether, block.timestamp);
        vm.prank(alice);
        s.buy(1 ether, fresh);
        assertEq(s.sharesOf(alice), 1 ether);
    }

    function test_RevertWhen_Allowlisted_SignatureForAnotherSplitter() public {
        IncomeShareSplitter first = _allowlisted("first");
        IncomeShareSplitter second = _allowlisted("second");
        IIncomeShareSplitter.Allowance memory forFirst = _allowance(first, SIGNER_PK, alice, 100 ether, block.timestamp);
        _fundUsdc(second, alice, 1 ether);
        _expectInvalidAllowance(second, alice, 1 ether, forFirst);

        _fundUsdc(first, alice, 1 ether);
        vm.prank(alice);
        first.buy(1 ether, forFirst);
        assertEq(first.sharesOf(alice), 1 ether);
    }

    function test_Buy_Allowlisted_Erc1271Signer() public {
        uint256 ownerPk = 0xB0B0;
        MockERC1271Wallet wallet = new MockERC1271Wallet(vm.addr(ownerPk));
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.allowlistSigner = address(wallet);
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "1271");
        uint256 deadline = block.timestamp + 1 days;
        _fundUsdc(s, alice, 2 ether);

        // Signed by anyone but the wallet's owner, the allowance is refused.
        _expectInvalidAllowance(s, alice, 1 ether, _allowance(s, SIGNER_PK, alice, 100 ether, deadline));

        IIncomeShareSplitter.Allowance memory a = _allowance(s, ownerPk, alice, 100 ether, deadline);
        vm.prank(alice);
        s.buy(1 ether, a);
        assertEq(s.sharesOf(alice), 1 ether);

        // bob cannot use alice's approval.
        _fundUsdc(s, bob, 1 ether);
        _expectInvalidAllowance(s, bob, 1 ether, a);
    }

    function test_Buy_OpenSaleIgnoresTheAllowance() public {
        IIncomeShareSplitter.Allowance memory junk =
            IIncomeShareSplitter.Allowance({maxTokens: 1, deadline: 0, signature: hex"00"});
        _fundUsdc(splitter, alice, 10 ether);
        vm.prank(alice);
        (uint256 bought,) = splitter.buy(10 ether, junk);
        assertEq(bought, 10 ether);
    }

    /*//////////////////////////////////////////////////////////////
                             FAILED SALE
    //////////////////////////////////////////////////////////////*/

    function test_Refund_ReturnsExactlyWhatWasPaid() public {
        (, uint256 alicePaid) = _buy(alice, 100_000 ether + 3);
        (, uint256 bobPaid) = _buy(bob, 50_000 ether);
        vm.warp(_saleEnd(splitter));

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.PaymentRefunded(alice, alice, alicePaid);
        vm.prank(alice);
        uint256 refunded = splitter.refund(alice);

        assertEq(refunded, alicePaid);
        assertEq(usdc.balanceOf(alice), alicePaid);
        assertEq(usdc.balanceOf(address(splitter)), bobPaid);
        (uint256 tokens, uint256 paid,) = splitter.purchaseOf(alice);
        assertEq(tokens, 100_000 ether + 3);
        assertEq(paid, 0);
    }

    function test_Refund_ToAnotherRecipient() public {
        (, uint256 alicePaid) = _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.PaymentRefunded(alice, carol, alicePaid);
        vm.prank(alice);
        splitter.refund(carol);
        assertEq(usdc.balanceOf(carol), alicePaid);
        assertEq(usdc.balanceOf(alice), 0);
    }

    function test_RevertWhen_RefundTwice() public {
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));
        vm.prank(alice);
        splitter.refund(alice);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(alice);
        splitter.refund(alice);
    }

    function test_RevertWhen_RefundByNonBuyer() public {
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(carol);
        splitter.refund(carol);
    }

    function test_RevertWhen_RefundWhileActive() public {
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter) - 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        vm.prank(alice);
        splitter.refund(alice);
    }

    function test_RevertWhen_RefundAfterSuccess() public {
        _buy(alice, SOFT_CAP);
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Succeeded));
        vm.prank(alice);
        splitter.refund(alice);
    }

    function test_RevertWhen_RefundToZeroAddress() public {
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAddress.selector));
        vm.prank(alice);
        splitter.refund(address(0));
    }

    function test_Refund_Eth() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        (, uint256 alicePaid) = _buyFrom(s, alice, 100_000 ether + 1);
        (, uint256 bobPaid) = _buyFrom(s, bob, 1 ether);
        vm.warp(_saleEnd(s));

        vm.prank(alice);
        assertEq(s.refund(alice), alicePaid);
        assertEq(alice.balance, alicePaid);
        assertEq(address(s).balance, bobPaid);
        vm.prank(bob);
        s.refund(carol);
        assertEq(carol.balance, bobPaid);
        assertEq(address(s).balance, 0);
    }

    function test_RevertWhen_RefundEthToContractThatRejectsIt() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        (, uint256 paid) = _buyFrom(s, alice, 100_000 ether);
        vm.warp(_saleEnd(s));
        EthRejecter rejecter = new EthRejecter();

        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EthTransferFailed.selector, address(rejecter), paid
            )
        );
        vm.prank(alice);
        s.refund(address(rejecter));

        // Nothing changed: the refund is still there.
        (, uint256 stillPaid,) = s.purchaseOf(alice);
        assertEq(stillPaid, paid);
        assertEq(address(s).balance, paid);
        vm.prank(alice);
        assertEq(s.refund(alice), paid);
    }

    function test_WithdrawUnsold_AfterFailureReturnsEveryToken() public {
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.UnsoldTokensWithdrawn(creator, ISA_TOKENS);
        vm.prank(creator);
        uint256 amount = splitter.withdrawUnsold(creator);
        assertEq(amount, ISA_TOKENS);
        assertEq(token.balanceOf(address(splitter)), 0);

        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(creator);
        splitter.withdrawUnsold(creator);
    }

    function test_WithdrawUnsold_AfterFailureWithoutBuyers() public {
        vm.warp(_saleEnd(splitter));
        uint256 before = token.balanceOf(carol);
        vm.prank(creator);
        assertEq(splitter.withdrawUnsold(carol), ISA_TOKENS);
        assertEq(token.balanceOf(carol), before + ISA_TOKENS);
    }

    function test_FailedSale_NothingStuckOnceEveryoneIsRefunded() public {
        _buy(alice, 100_000 ether + 1);
        _buy(bob, 20_000 ether + 7);
        _buy(alice, 3 ether);
        vm.warp(_saleEnd(splitter));

        vm.prank(creator);
        splitter.withdrawUnsold(creator);
        vm.prank(alice);
        splitter.refund(alice);
        vm.prank(bob);
        splitter.refund(bob);

        assertEq(usdc.balanceOf(address(splitter)), 0);
        assertEq(token.balanceOf(address(splitter)), 0);
        assertEq(token.balanceOf(alice), 0);
        assertEq(token.balanceOf(bob), 0);
    }

    function test_RevertWhen_CreatorPaysInAfterFailure() public {
        _buy(alice, 100_000 ether);
        vm.warp(_saleEnd(splitter));
        usdc.mint(creator, 1);
        vm.startPrank(creator);
        usdc.approve(address(splitter), 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Failed));
        splitter.withdrawProceeds(creator);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Failed));
        splitter.distribute(address(usdc), 1);
        vm.stopPrank();
    }

    /*//////////////////////////////////////////////////////////////
                          PROCEEDS AND UNSOLD
    //////////////////////////////////////////////////////////////*/

    function test_WithdrawProceeds_SendsEverythingPaid() public {
        (, uint256 alicePaid) = _buy(alice, 200_000 ether + 1);
        (, uint256 bobPaid) = _buy(bob, 100_000 ether + 1);
        vm.warp(_saleEnd(splitter));

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.ProceedsWithdrawn(dave, alicePaid + bobPaid);
        vm.prank(creator);
        uint256 amount = splitter.withdrawProceeds(dave);

        assertEq(amount, alicePaid + bobPaid);
        assertEq(usdc.balanceOf(dave), amount);
        assertEq(usdc.balanceOf(address(splitter)), 0);

        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(creator);
        splitter.withdrawProceeds(dave);
    }

    /// @dev The soft cap delivers the tokens, but the payments stay until the window closes.
    function test_RevertWhen_WithdrawProceedsAfterSoftCapBeforeSaleEnd() public {
        (, uint256 alicePaid) = _buy(alice, SOFT_CAP);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
        uint64 saleEnd = _saleEnd(splitter);
        vm.warp(saleEnd - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ProceedsLocked.selector, saleEnd)
        );
        vm.prank(creator);
        splitter.withdrawProceeds(creator);

        (, uint256 carolPaid) = _buy(carol, 1000 ether);
        vm.warp(saleEnd);
        vm.prank(creator);
        assertEq(splitter.withdrawProceeds(creator), alicePaid + carolPaid);
        assertEq(usdc.balanceOf(creator), alicePaid + carolPaid);
    }

    function test_RevertWhen_WithdrawProceedsAfterSellOutBeforeSaleEnd() public {
        (, uint256 paid) = _buy(alice, ISA_TOKENS);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ProceedsLocked.selector, _saleEnd(splitter))
        );
        vm.prank(creator);
        splitter.withdrawProceeds(creator);

        vm.warp(_saleEnd(splitter));
        vm.prank(creator);
        assertEq(splitter.withdrawProceeds(creator), paid);
    }

    function test_RevertWhen_WithdrawProceedsNotCreator() public {
        _buy(alice, SOFT_CAP);
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, alice));
        vm.prank(alice);
        splitter.withdrawProceeds(alice);
    }

    function test_RevertWhen_WithdrawProceedsBeforeSoftCap() public {
        _buy(alice, SOFT_CAP - 1);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        vm.prank(creator);
        splitter.withdrawProceeds(creator);
    }

    function test_RevertWhen_WithdrawProceedsToZeroAddress() public {
        _buy(alice, SOFT_CAP);
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAddress.selector));
        vm.prank(creator);
        splitter.withdrawProceeds(address(0));
    }

    function test_WithdrawProceeds_Eth() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        (, uint256 paid) = _buyFrom(s, alice, SOFT_CAP + 1);
        vm.warp(_saleEnd(s));
        vm.prank(creator);
        assertEq(s.withdrawProceeds(dave), paid);
        assertEq(dave.balance, paid);
        assertEq(address(s).balance, 0);
    }

    function test_RevertWhen_WithdrawProceedsEthToContractThatRejectsIt() public {
        (, IncomeShareSplitter s) = _launchWithSalt(_ethTerms(), ISA_TOKENS, "eth");
        (, uint256 paid) = _buyFrom(s, alice, SOFT_CAP);
        vm.warp(_saleEnd(s));
        EthRejecter rejecter = new EthRejecter();
        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EthTransferFailed.selector, address(rejecter), paid
            )
        );
        vm.prank(creator);
        s.withdrawProceeds(address(rejecter));
        assertEq(address(s).balance, paid);
    }

    function test_WithdrawUnsold_OfferedMinusSoldLeavingUndeliveredTokens() public {
        _buy(alice, 100_000 ether);
        _buy(bob, 200_000 ether + 1);
        uint256 sold = 300_000 ether + 1;
        vm.warp(_saleEnd(splitter));

        vm.expectEmit(address(splitter));
        emit IIncomeShareSplitter.UnsoldTokensWithdrawn(dave, ISA_TOKENS - sold);
        vm.prank(creator);
        uint256 amount = splitter.withdrawUnsold(dave);

        assertEq(amount, ISA_TOKENS - sold);
        assertEq(token.balanceOf(dave), ISA_TOKENS - sold);
        // alice's undelivered tokens were not taken.
        assertEq(token.balanceOf(address(splitter)), 100_000 ether);
        splitter.deliverTokens(alice);
        assertEq(token.balanceOf(alice), 100_000 ether);
        assertEq(token.balanceOf(address(splitter)), 0);

        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(creator);
        splitter.withdrawUnsold(dave);
    }

    function test_RevertWhen_WithdrawUnsoldAfterSellOut() public {
        _buy(alice, ISA_TOKENS);
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector));
        vm.prank(creator);
        splitter.withdrawUnsold(creator);
    }

    function test_RevertWhen_WithdrawUnsoldWhileActive() public {
        _buy(alice, SOFT_CAP);
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Active));
        vm.prank(creator);
        splitter.withdrawUnsold(creator);
    }

    function test_RevertWhen_WithdrawUnsoldBeforeSaleStart() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = uint64(block.timestamp + 1 days);
        (, IncomeShareSplitter s) = _launchWithSalt(t, ISA_TOKENS, "upcoming");
        vm.expectRevert(_wrongStatus(IIncomeShareSplitter.SaleStatus.Upcoming));
        vm.prank(creator);
        s.withdrawUnsold(creator);
    }

    function test_RevertWhen_WithdrawUnsoldNotCreator() public {
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, bob));
        vm.prank(bob);
        splitter.withdrawUnsold(bob);
    }

    function test_RevertWhen_WithdrawUnsoldToZeroAddress() public {
        vm.warp(_saleEnd(splitter));
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_ZeroAddress.selector));
        vm.prank(creator);
        splitter.withdrawUnsold(address(0));
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _allowlisted(bytes32 salt) internal returns (IncomeShareSplitter s) {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.allowlistSigner = vm.addr(SIGNER_PK);
        (, s) = _launchWithSalt(t, ISA_TOKENS, salt);
    }

    function _expectInvalidAllowance(
        IncomeShareSplitter s,
        address buyer,
        uint256 tokens,
        IIncomeShareSplitter.Allowance memory a
    ) internal {
        vm.expectRevert(_err(IIncomeShareSplitter.IncomeShareSplitter_InvalidAllowance.selector));
        vm.prank(buyer);
        s.buy(tokens, a);
    }
}
