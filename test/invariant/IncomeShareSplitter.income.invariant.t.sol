// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {IsaBaseTest} from "../utils/IsaBaseTest.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {IsaIncomeHandler} from "./handlers/IsaIncomeHandler.sol";

/// @notice Income of two $ALEX splitters whose sale succeeded (eight buyers of very unequal amounts, from 1 wei of
/// shares to 46%), paid in USDC (6 decimals), an indivisible 0-decimal token, an 18-decimal LP token, a fee-on-transfer
/// token and ETH, under random payments, reports, claims, share transfers (second splitter only), plain transfers with
/// surplus distribution, and time jumps ({IsaIncomeHandler}): every unit paid in is claimed, claimable or carried,
/// balances match the books exactly, and nobody gets more than their pro-rata share.
/// @dev Proceeds are withdrawn in setUp, so the splitters hold no sale funds and their USDC is all income.
/// forge-config: ci.invariant.runs = 64
contract IncomeShareSplitterIncomeInvariantTest is IsaBaseTest {
    uint256 internal constant FEE_BPS = 250;
    uint256 internal constant BUYER_COUNT = 8;
    uint256 internal constant OUTSIDER_COUNT = 2;

    MockERC20 internal tix;
    MockERC20 internal lp;
    FeeOnTransferToken internal fot;
    MockERC20 internal unlisted;
    address[] internal holders;

    IncomeShareSplitter internal fixedSplitter;
    IncomeShareSplitter internal transferableSplitter;
    IsaIncomeHandler[] internal handlers;

    function setUp() public override {
        super.setUp();
        tix = new MockERC20("Ticket", "TIX", 0);
        lp = new MockERC20("Uniswap V2", "UNI-V2", 18);
        fot = new FeeOnTransferToken(FEE_BPS);
        unlisted = new MockERC20("Unlisted", "NOPE", 18);
        for (uint256 i; i < BUYER_COUNT; ++i) {
            holders.push(makeAddr(string.concat("holder", vm.toString(i))));
        }
        for (uint256 i; i < OUTSIDER_COUNT; ++i) {
            holders.push(makeAddr(string.concat("outsider", vm.toString(i))));
        }

        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        fixedSplitter = _launchAndSellOut(t, "ALEX-ISA", false);
        t.transferableShares = true;
        transferableSplitter = _launchAndSellOut(t, "ALEX-ISA-T", true);
        // Sold out, but the proceeds stay until the window closes.
        vm.warp(t.saleEnd);
        _withdrawProceeds(fixedSplitter);
        _withdrawProceeds(transferableSplitter);

        handlers.push(new IsaIncomeHandler(_config(fixedSplitter, t, false)));
        handlers.push(new IsaIncomeHandler(_config(transferableSplitter, t, true)));
        for (uint256 i; i < handlers.length; ++i) {
            targetContract(address(handlers[i]));
        }
    }

    /// @notice For every payout asset, what arrived (the books and the ledger agree on it) is claimed, claimable, or
    /// carried, and the carried remainder `paid in - claimed - sum of claimable` is at most one unit per holder: the
    /// accumulator keeps the division remainder in 1e36-scaled units for the next payment and each holder's accrual
    /// unrounded, so the only loss is the sub-unit fraction each holder cannot claim yet (< 1 unit per holder, plus
    /// `tokensSold / 1e36 < 1` unit carried in total).
    function invariant_PaidInIsClaimedClaimableOrCarried() public view {
        _forEachAsset(_assertPaidInIsClaimedClaimableOrCarried);
    }

    function _assertPaidInIsClaimedClaimableOrCarried(IsaIncomeHandler handler, address asset) internal view {
        (uint256 received, uint256 claimed) = handler.splitter().assetTotals(asset);
        uint256 claimable = handler.claimableSum(asset);
        assertEq(received, handler.ghostPaidIn(asset), "received != paid in (what arrived)");
        assertLe(claimed + claimable, received, "claimed + claimable > paid in");
        assertLe(received - claimed - claimable, holders.length, "carried remainder > 1 unit per holder");
    }

    /// @notice The splitter holds exactly what was received and not claimed, plus what arrived by plain transfer and
    /// was not distributed yet; nothing else (no sale funds: proceeds were withdrawn). It never holds the unlisted
    /// token.
    function invariant_BalanceIsReceivedMinusClaimed() public view {
        _forEachAsset(_assertBalanceIsReceivedMinusClaimed);
        for (uint256 h; h < handlers.length; ++h) {
            assertEq(unlisted.balanceOf(address(handlers[h].splitter())), 0, "unlisted token held");
        }
    }

    function _assertBalanceIsReceivedMinusClaimed(IsaIncomeHandler handler, address asset) internal view {
        IsaIncomeHandler.AssetBooks memory books = handler.assetBooks(asset);
        assertEq(
            books.balance,
            books.received - books.claimed + books.surplus,
            "balance != received - claimed + undistributed surplus"
        );
    }

    /// @notice The books' claimed total is what the holders claimed, holder by holder.
    function invariant_ClaimedMatchesLedger() public view {
        _forEachAsset(_assertClaimedMatchesLedger);
    }

    function _assertClaimedMatchesLedger(IsaIncomeHandler handler, address asset) internal view {
        IsaIncomeHandler.AssetBooks memory books = handler.assetBooks(asset);
        assertEq(books.claimed, books.claimedByHolders, "assetTotals.claimed != sum of claims per holder");
        assertEq(books.claimed, books.claimedTotal, "assetTotals.claimed != ledger");
    }

    /// @notice No holder ever gets more than its pro-rata share: what it claimed plus what it can claim is at most its
    /// exact entitlement (sum over payments of `received * shares / totalShares` at the shares it held then, from the
    /// ledger) rounded up; and no holder is shortchanged by a unit or more: it is at least that entitlement rounded
    /// down, minus one unit.
    /// @dev Per-holder checks assert only on a violation: each forge-std assertion is a cheatcode call, and this runs
    /// after every call of every run.
    function invariant_ClaimsAreProRata() public view {
        _forEachAsset(_assertClaimsAreProRata);
    }

    function _assertClaimsAreProRata(IsaIncomeHandler handler, address asset) internal view {
        (uint256[] memory had, uint256[] memory low, uint256[] memory high) = handler.holderBooks(asset);
        for (uint256 i; i < had.length; ++i) {
            if (had[i] > high[i]) assertLe(had[i], high[i], "claimed + claimable > pro-rata entitlement");
            if (had[i] < low[i]) assertGe(had[i], low[i], "claimed + claimable < pro-rata entitlement - 1");
        }
    }

    /// @notice Shares only move between holders (second splitter) and always add up to the tokens sold; the payout
    /// assets are the ones the creator listed, in order; period records and `totalPaid` are the reports and payments
    /// made (payment asset as `paid`, other assets' declared value apart).
    function invariant_SharesAndPeriodsMatchLedger() public view {
        for (uint256 h; h < handlers.length; ++h) {
            IsaIncomeHandler handler = handlers[h];
            IncomeShareSplitter splitter = handler.splitter();
            (uint256[] memory shares, uint256[] memory expectedShares) = handler.shareBooks();
            uint256 sum;
            for (uint256 i; i < shares.length; ++i) {
                if (shares[i] != expectedShares[i]) assertEq(shares[i], expectedShares[i], "shares != ledger");
                sum += shares[i];
            }
            assertEq(sum, splitter.tokensSold(), "sum of shares != tokensSold");
            assertEq(splitter.tokensSold(), ISA_TOKENS, "tokensSold changed");
            assertEq(splitter.payoutAssets(), handler.assets(), "payout assets != listed");

            IIncomeShareSplitter.PeriodRecord[] memory expected = handler.expectedPeriods();
            uint256 paid;
            for (uint256 p; p < expected.length; ++p) {
                IIncomeShareSplitter.PeriodRecord memory record = splitter.periodRecord(p);
                if (
                    record.paid != expected[p].paid || record.declaredValue != expected[p].declaredValue
                        || record.reported != expected[p].reported || record.grossIncome != expected[p].grossIncome
                        || record.owed != expected[p].owed || record.evidenceHash != expected[p].evidenceHash
                ) {
                    assertEq(record.paid, expected[p].paid, "period paid != ledger");
                    assertEq(record.declaredValue, expected[p].declaredValue, "period declared value != ledger");
                    assertEq(record.reported, expected[p].reported, "period reported != ledger");
                    assertEq(record.grossIncome, expected[p].grossIncome, "gross income != ledger");
                    assertEq(record.owed, expected[p].owed, "owed != gross * shareBps / 10,000");
                    assertEq(record.evidenceHash, expected[p].evidenceHash, "evidence hash != ledger");
                }
                paid += record.paid;
            }
            assertEq(splitter.totalPaid(), handler.ghostTotalPaid(), "totalPaid != ledger");
            assertEq(paid, splitter.totalPaid(), "sum of period payments != totalPaid");
        }
    }

    /// @dev Runs `check` on every payout asset of every agreement.
    function _forEachAsset(function(IsaIncomeHandler, address) internal view check) internal view {
        for (uint256 h; h < handlers.length; ++h) {
            address[] memory assets = handlers[h].assets();
            for (uint256 a; a < assets.length; ++a) {
                check(handlers[h], assets[a]);
            }
        }
    }

    function afterInvariant() public view {
        string memory actions = "distribute distributeOneUnit distributeUnlisted payIncome payIncomeStranger "
            "payIncomeUnknownPeriod report reportEarly reportAgain reportUnknownPeriod claim claimToOther "
            "claimNothing transferShares transferSharesAll transferSharesNone transferSharesRefused donate "
            "distributeSurplus distributeSurplusNothing distributeSurplusUnlisted warp";
        for (uint256 h; h < handlers.length; ++h) {
            console.log(h == 0 ? "-- fixed shares" : "-- transferable shares");
            _logCalls(handlers[h], actions);
        }
        uint256 termStart = handlers[0].termStart();
        console.log("term day", block.timestamp < termStart ? 0 : (block.timestamp - termStart) / 1 days);
    }

    /*//////////////////////////////////////////////////////////////
                               HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Launches ALEX and its ISA under `salt`, sells every offered token to the eight buyers (the last one takes
    /// what is left). `reversed` hands the amounts out in the other order.
    function _launchAndSellOut(IIncomeShareSplitter.Terms memory t, string memory salt, bool reversed)
        internal
        returns (IncomeShareSplitter splitter)
    {
        IPersonalTokenFactory.LaunchParams memory params = _isaLaunchParams(ISA_TOKENS);
        params.salt = keccak256(bytes(salt));
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(splitterImpl), tokenAmount: ISA_TOKENS, data: abi.encode(t)
            })
        );
        vm.prank(creator);
        (,, address[] memory moduleAddresses) = factory.launchWithModules(params, modules);
        splitter = IncomeShareSplitter(payable(moduleAddresses[0]));

        uint256[BUYER_COUNT] memory amounts = [
            uint256(1), 7 ether + 3, 1234.5 ether, 25_000 ether, 61_803 ether, 140_000 ether, 310_000 ether, ISA_TOKENS
        ];
        for (uint256 i; i < BUYER_COUNT; ++i) {
            address buyer = holders[reversed ? BUYER_COUNT - 1 - i : i];
            (uint256 bought,) = _buyUsdc(splitter, buyer, amounts[i]);
            assertEq(splitter.sharesOf(buyer), bought, "setUp: shares != bought");
        }
        assertEq(splitter.tokensSold(), ISA_TOKENS, "setUp: not sold out");
        assertEq(uint8(splitter.saleStatus()), uint8(IIncomeShareSplitter.SaleStatus.Succeeded), "setUp: status");
    }

    function _withdrawProceeds(IncomeShareSplitter splitter) internal {
        vm.prank(creator);
        splitter.withdrawProceeds(creator);
        assertEq(usdc.balanceOf(address(splitter)), 0, "setUp: proceeds left");
    }

    /// @dev Payout assets: the payment asset first, then the others; largest payment per asset as a power of ten.
    function _config(IncomeShareSplitter splitter, IIncomeShareSplitter.Terms memory t, bool transferable)
        internal
        view
        returns (IsaIncomeHandler.Config memory config)
    {
        t.transferableShares = transferable;
        address[] memory assets = new address[](5);
        uint256[] memory maxExponents = new uint256[](5);
        (assets[0], maxExponents[0]) = (address(usdc), 13); // up to 10M USDC
        (assets[1], maxExponents[1]) = (address(tix), 6); // up to 1M indivisible units
        (assets[2], maxExponents[2]) = (address(lp), 24); // up to 1M LP shares
        (assets[3], maxExponents[3]) = (address(fot), 24);
        (assets[4], maxExponents[4]) = (address(0), 22); // up to 10,000 ETH
        config = IsaIncomeHandler.Config({
            splitter: splitter,
            terms: t,
            creator: creator,
            assets: assets,
            maxExponents: maxExponents,
            feeToken: address(fot),
            feeBps: FEE_BPS,
            unlisted: address(unlisted),
            holders: holders
        });
    }
}
