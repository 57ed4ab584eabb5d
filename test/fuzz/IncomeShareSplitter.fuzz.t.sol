// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {SplitterTestBase} from "../utils/SplitterTestBase.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Fuzz tests for {IncomeShareSplitter}: random sales (shares, escrow, settlement), random payments and claim
/// orders (pro-rata to within one unit, never more out than in), and random prices (cost is the ceiling, never 0).
contract IncomeShareSplitterFuzzTest is SplitterTestBase {
    uint256 internal constant MAX_BUYERS = 30;
    /// @dev Buyers are drawn from a pool smaller than the number of buys, so many buy more than once.
    uint256 internal constant POOL_SIZE = 12;
    uint256 internal constant MAX_HOLDERS = 6;
    uint256 internal constant MAX_PAYMENTS = 24;

    address[] internal pool = _makeAddrs("buyer", POOL_SIZE);

    /*//////////////////////////////////////////////////////////////
                                  SALE
    //////////////////////////////////////////////////////////////*/

    function testFuzz_Buy_SharesSumToSoldAndEscrowHoldsWhatWasPaid(uint256 seed, uint256 buys, uint256 maxBuy) public {
        _launchDefault();
        buys = bound(buys, 1, MAX_BUYERS);
        // From many tiny buys to a few that sell out.
        maxBuy = bound(maxBuy, 1, ISA_TOKENS / 2);
        uint256 totalPaid;
        uint256 totalCostOfBought;
        for (uint256 i; i < buys; ++i) {
            if (splitter.saleStatus() != IIncomeShareSplitter.SaleStatus.Active) break;
            address buyer = pool[uint256(keccak256(abi.encode(seed, "who", i))) % POOL_SIZE];
            uint256 tokens = bound(uint256(keccak256(abi.encode(seed, "amount", i))), 1, maxBuy);
            (uint256 bought, uint256 cost) = _buy(buyer, tokens);
            assertEq(cost, _cost(bought, PRICE));
            assertGt(cost, 0);
            totalPaid += cost;
            totalCostOfBought += _cost(bought, PRICE);
        }
        uint256 sold = splitter.tokensSold();
        assertLe(sold, ISA_TOKENS);

        uint256 sumShares;
        uint256 sumPurchased;
        uint256 sumPaid;
        uint256 sumUndelivered;
        uint256 sumDelivered;
        for (uint256 i; i < POOL_SIZE; ++i) {
            (uint256 tokens, uint256 paid, uint256 undelivered) = splitter.purchaseOf(pool[i]);
            assertEq(splitter.sharesOf(pool[i]), tokens);
            assertEq(token.balanceOf(pool[i]), tokens - undelivered);
            sumShares += splitter.sharesOf(pool[i]);
            sumPurchased += tokens;
            sumPaid += paid;
            sumUndelivered += undelivered;
            sumDelivered += token.balanceOf(pool[i]);
        }
        assertEq(sumShares, sold);
        assertEq(sumPurchased, sold);
        assertEq(sumPaid, totalPaid);
        assertEq(totalPaid, totalCostOfBought);
        assertEq(usdc.balanceOf(address(splitter)), totalPaid);
        assertEq(sumUndelivered + sumDelivered, sold);
        if (sold < SOFT_CAP) assertEq(sumDelivered, 0);
        assertEq(token.balanceOf(address(splitter)) + sumDelivered, ISA_TOKENS);

        _settleSale(sold, totalPaid);
    }

    /// @dev After the sale ends: refunds (failure) or proceeds and deliveries (success) leave the splitter empty.
    function _settleSale(uint256 sold, uint256 totalPaid) internal {
        vm.warp(_saleEnd(splitter));
        if (sold < SOFT_CAP) {
            _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Failed);
            uint256 refunded;
            for (uint256 i; i < POOL_SIZE; ++i) {
                (, uint256 paid,) = splitter.purchaseOf(pool[i]);
                if (paid == 0) continue;
                vm.prank(pool[i]);
                assertEq(splitter.refund(pool[i]), paid);
                assertEq(usdc.balanceOf(pool[i]), paid);
                refunded += paid;
            }
            assertEq(refunded, totalPaid);
            vm.prank(creator);
            assertEq(splitter.withdrawUnsold(creator), ISA_TOKENS);
        } else {
            _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Succeeded);
            vm.prank(creator);
            assertEq(splitter.withdrawProceeds(creator), totalPaid);
            if (sold < ISA_TOKENS) {
                vm.prank(creator);
                assertEq(splitter.withdrawUnsold(creator), ISA_TOKENS - sold);
            }
            for (uint256 i; i < POOL_SIZE; ++i) {
                (,, uint256 undelivered) = splitter.purchaseOf(pool[i]);
                if (undelivered != 0) assertEq(splitter.deliverTokens(pool[i]), undelivered);
            }
        }
        assertEq(usdc.balanceOf(address(splitter)), 0);
        assertEq(token.balanceOf(address(splitter)), 0);
    }

    function testFuzz_Buy_CostIsCeilAndNeverZero(uint256 price, uint256 tokens) public {
        price = bound(price, 1, 1e30);
        tokens = bound(tokens, 1, ISA_TOKENS);
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.price = price;
        (token, splitter) = _launchIsa(t, ISA_TOKENS);

        (uint256 bought, uint256 cost) = _buy(alice, tokens);

        assertEq(bought, tokens);
        assertGt(cost, 0);
        // cost is the smallest amount with cost * 1e18 >= tokens * price.
        assertGe(cost * WHOLE_TOKEN, tokens * price);
        assertLt((cost - 1) * WHOLE_TOKEN, tokens * price);
        assertEq(usdc.balanceOf(address(splitter)), cost);
    }

    function testFuzz_Buy_EthExcessComesBack(uint256 tokens, uint256 excess) public {
        tokens = bound(tokens, 1, ISA_TOKENS);
        excess = bound(excess, 0, 1000 ether);
        (token, splitter) = _launchIsa(_ethTerms(), ISA_TOKENS);
        uint256 cost = _cost(tokens, ETH_PRICE);
        vm.deal(alice, cost + excess);

        vm.prank(alice);
        (, uint256 paid) = splitter.buy{value: cost + excess}(tokens, _noAllowance());

        assertEq(paid, cost);
        assertEq(alice.balance, excess);
        assertEq(address(splitter).balance, cost);
    }

    /*//////////////////////////////////////////////////////////////
                                 CLAIMS
    //////////////////////////////////////////////////////////////*/

    struct ClaimRun {
        address[MAX_HOLDERS] holders;
        uint256[MAX_HOLDERS] claimed;
        uint256 holderCount;
        uint256 paidIn;
        uint256 totalClaimed;
    }

    /// @dev Random holders, random payments (6-decimal or 0-decimal asset), claims in random order in between.
    function testFuzz_Claim_ProRataWithinOneUnit(
        uint256 seed,
        uint256 holderCount,
        uint256 payments,
        uint256 maxPayment,
        bool indivisible
    ) public {
        ClaimRun memory run;
        run.holderCount = bound(holderCount, 1, MAX_HOLDERS);
        payments = bound(payments, 1, MAX_PAYMENTS);
        maxPayment = bound(maxPayment, 1, 1e15);
        MockERC20 asset = indivisible ? new MockERC20("Ticket", "TIX", 0) : usdc;
        _launchOpenSale();

        for (uint256 h; h < run.holderCount; ++h) {
            run.holders[h] = pool[h];
            _buy(pool[h], bound(uint256(keccak256(abi.encode(seed, "shares", h))), 1, ISA_TOKENS / MAX_HOLDERS));
        }
        vm.warp(_saleEnd(splitter));
        vm.prank(creator);
        splitter.withdrawProceeds(creator);
        uint256 sold = splitter.tokensSold();

        for (uint256 p; p < payments; ++p) {
            uint256 amount = bound(uint256(keccak256(abi.encode(seed, "pay", p))), 1, maxPayment);
            _distribute(splitter, asset, amount);
            run.paidIn += amount;
            // A random holder claims now (or not, if it has nothing yet).
            uint256 h = uint256(keccak256(abi.encode(seed, "claimer", p))) % run.holderCount;
            _claimIfAny(run, h, address(asset));
            _assertSolvent(run, address(asset));
        }
        for (uint256 h; h < run.holderCount; ++h) {
            _claimIfAny(run, h, address(asset));
        }

        for (uint256 h; h < run.holderCount; ++h) {
            uint256 exact = Math.mulDiv(run.paidIn, splitter.sharesOf(run.holders[h]), sold);
            assertLe(run.claimed[h], exact);
            assertApproxEqAbs(run.claimed[h], exact, 1);
            assertEq(asset.balanceOf(run.holders[h]), run.claimed[h]);
        }
        assertLe(run.totalClaimed, run.paidIn);
        assertLe(run.paidIn - run.totalClaimed, run.holderCount);
        assertEq(asset.balanceOf(address(splitter)), run.paidIn - run.totalClaimed);
    }

    /// @dev Shares move around between payments: nobody is ever owed more than was paid in, and holders who keep
    /// their shares throughout are paid pro rata.
    function testFuzz_TransferShares_NeverCreatesIncome(uint256 seed, uint256 steps) public {
        steps = bound(steps, 1, MAX_PAYMENTS);
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = 1;
        t.transferableShares = true;
        (token, splitter) = _launchIsa(t, ISA_TOKENS);
        ClaimRun memory run;
        run.holderCount = MAX_HOLDERS;
        for (uint256 h; h < MAX_HOLDERS; ++h) {
            run.holders[h] = pool[h];
            _buy(pool[h], bound(uint256(keccak256(abi.encode(seed, "shares", h))), 1, ISA_TOKENS / MAX_HOLDERS));
        }
        vm.warp(_saleEnd(splitter));
        vm.prank(creator);
        splitter.withdrawProceeds(creator);

        for (uint256 s; s < steps; ++s) {
            uint256 amount = bound(uint256(keccak256(abi.encode(seed, "pay", s))), 1, 1e12);
            _distribute(splitter, usdc, amount);
            run.paidIn += amount;

            uint256 from = uint256(keccak256(abi.encode(seed, "from", s))) % MAX_HOLDERS;
            uint256 to = uint256(keccak256(abi.encode(seed, "to", s))) % MAX_HOLDERS;
            uint256 held = splitter.sharesOf(run.holders[from]);
            if (held != 0) {
                uint256 moved = bound(uint256(keccak256(abi.encode(seed, "moved", s))), 1, held);
                vm.prank(run.holders[from]);
                splitter.transferShares(run.holders[to], moved);
            }
            _claimIfAny(run, uint256(keccak256(abi.encode(seed, "claimer", s))) % MAX_HOLDERS, address(usdc));
            _assertSolvent(run, address(usdc));
        }
        for (uint256 h; h < MAX_HOLDERS; ++h) {
            _claimIfAny(run, h, address(usdc));
        }
        assertLe(run.totalClaimed, run.paidIn);
        assertLe(run.paidIn - run.totalClaimed, MAX_HOLDERS);
        assertEq(usdc.balanceOf(address(splitter)), run.paidIn - run.totalClaimed);
        (uint256 received, uint256 claimed) = splitter.assetTotals(address(usdc));
        assertEq(received, run.paidIn);
        assertEq(claimed, run.totalClaimed);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Soft cap of one unit, so any random set of buyers makes the sale succeed.
    /// @dev The largest sale a launch accepts (up to `MAX_TOKENS_OFFERED` shares, at the price floor of one unit per
    /// whole token), three holders, payouts of any decimals: the carried remainder stays under one unit, so every
    /// holder can claim its exact pro-rata share of what was paid in less under one unit of rounding plus its part of
    /// that remainder (`shares / sold` of under one unit), and all holders together miss at most one unit each.
    function testFuzz_RemainderUnderOneUnit_AtTheLargestAcceptedSale(
        uint256 seed,
        uint256 sold,
        uint8 decimals,
        uint256 payments
    ) public {
        uint256 offered = splitterImpl.MAX_TOKENS_OFFERED();
        sold = bound(sold, offered - 1e30, offered); // near the bound, where the remainder used to grow
        decimals = uint8(bound(decimals, 0, 18));
        payments = bound(payments, 1, 8);
        IncomeShareSplitter s = _launchLargest(offered);

        uint256[3] memory shares;
        shares[0] = bound(uint256(keccak256(abi.encode(seed, "a"))), 1, sold / 2);
        shares[1] = bound(uint256(keccak256(abi.encode(seed, "b"))), 1, sold - shares[0] - 1);
        shares[2] = sold - shares[0] - shares[1];
        for (uint256 h; h < 3; ++h) {
            _buyUsdc(s, pool[h], shares[h]);
        }
        assertEq(s.tokensSold(), sold);
        vm.warp(_saleEnd(s));

        MockERC20 asset = new MockERC20("Payout", "PAY", decimals);
        uint256 paidIn;
        for (uint256 p; p < payments; ++p) {
            // From one unit to a million whole units of the payout asset.
            uint256 amount = bound(uint256(keccak256(abi.encode(seed, "pay", p))), 1, 1e6 * 10 ** decimals);
            _distribute(s, asset, amount);
            paidIn += amount;
        }

        uint256 claimable;
        for (uint256 h; h < 3; ++h) {
            uint256 c = s.claimable(pool[h], address(asset));
            // exact - c < 1 + shares/sold, with exact = paidIn * shares / sold; never more than exact.
            assertLe(c * sold, paidIn * shares[h], "above pro rata");
            assertLt(paidIn * shares[h] - c * sold, sold + shares[h], "holder lost a unit or more");
            claimable += c;
        }
        assertLe(paidIn - claimable, 3, "more than one unit per holder missing");
    }

    /// @dev `offered` of a supply of `offered + 1` whole token on sale, open, soft cap 1, price 1 unit per token.
    function _launchLargest(uint256 offered) internal returns (IncomeShareSplitter s) {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.price = 1;
        t.softCap = 1;
        Allocation[] memory allocations = new Allocation[](1);
        allocations[0] = Allocation({recipient: creator, amount: 1 ether});
        IPersonalTokenFactory.LaunchParams memory p = IPersonalTokenFactory.LaunchParams({
            name: "Largest",
            symbol: "MAX",
            contractURI: "",
            totalSupply: offered + 1 ether,
            allocations: allocations,
            vesting: IPersonalTokenFactory.VestingParams({amount: 0, cliff: 0, duration: 0}),
            salt: "largest"
        });
        vm.prank(creator);
        (,, address[] memory modules) = factory.launchWithModules(p, _modules(t, offered));
        s = IncomeShareSplitter(payable(modules[0]));
    }

    function _launchOpenSale() internal {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = 1;
        (token, splitter) = _launchIsa(t, ISA_TOKENS);
    }

    function _claimIfAny(ClaimRun memory run, uint256 h, address asset) internal {
        uint256 owed = splitter.claimable(run.holders[h], asset);
        if (owed == 0) return;
        uint256 got = _claim(splitter, run.holders[h], asset);
        assertEq(got, owed);
        run.claimed[h] += got;
        run.totalClaimed += got;
    }

    /// @dev What was claimed plus what is claimable never exceeds what was paid in.
    function _assertSolvent(ClaimRun memory run, address asset) internal view {
        uint256 owed;
        for (uint256 h; h < run.holderCount; ++h) {
            owed += splitter.claimable(run.holders[h], asset);
        }
        assertLe(run.totalClaimed + owed, run.paidIn);
    }
}
