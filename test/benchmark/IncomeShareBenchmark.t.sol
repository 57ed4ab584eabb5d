// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {IsaBaseTest} from "../utils/IsaBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice OpenZeppelin 4.9 `PaymentSplitter`, the anchor: payees and shares fixed at construction, each payee pulls
/// its share of an ERC-20 with `release`.
interface IPaymentSplitterV4 {
    function release(IERC20 token, address account) external;
    function released(IERC20 token, address account) external view returns (uint256);
    function totalShares() external view returns (uint256);
}

/// @notice Income-share gas, side by side in one run: our splitter's sale and income calls, distribution to 1 to
/// 10,000 holders (O(1): the same cost for any number of holders), and the anchor, OpenZeppelin 4.9's
/// `PaymentSplitter` deployed from its npm build artifact with the same 30 payees and shares as our 30 buyers and
/// paid the same USDC income. Figures land in `snapshots/IncomeShareBenchmark.json` (run `pnpm gas`).
/// @dev One measurement per test so every one starts from the same cold state; the gas profile runs with
/// `isolate = true`, so every measured call is its own transaction and includes the 21,000 base. Setup (sales with
/// 10,000 buyers included) is never measured.
contract IncomeShareBenchmark is IsaBaseTest {
    string internal constant GROUP = "IncomeShareBenchmark";
    string internal constant ANCHOR_ARTIFACT =
        "node_modules/@openzeppelin/contracts-v4/build/contracts/PaymentSplitter.json";

    /// @dev One quarter's income share: 15% of 20,000 USDC.
    uint256 internal constant INCOME = 3000 * USDC_UNIT;
    uint256 internal constant GROSS_INCOME = 20_000 * USDC_UNIT;
    /// @dev Holders in the anchor comparison.
    uint256 internal constant HOLDERS = 30;
    /// @dev Distribution to 10,000 holders may differ from distribution to one holder by at most this much gas.
    uint256 internal constant O1_TOLERANCE = 200;
    string internal constant EVIDENCE_URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    bytes32 internal constant EVIDENCE_HASH = keccak256("ALEX Q1 income statement");
    uint256 private constant _BUYER_BASE = uint256(keccak256("IncomeShareBenchmark.buyer"));

    MockERC20 internal weth;
    MockERC20 internal lp;

    function setUp() public override {
        super.setUp();
        weth = new MockERC20("Wrapped Ether", "WETH", 18);
        lp = new MockERC20("Uniswap V2", "UNI-V2", 18);
    }

    // ---------------------------------------------------------------- helpers (never measured)

    function _buyer(uint256 i) internal pure returns (address) {
        // forge-lint: disable-next-line(unsafe-typecast) truncation intended: a distinct address per index
        return address(uint160(_BUYER_BASE + i));
    }

    /// @dev `holders` equal shares of the 1,000,000 tokens on offer; the last buyer takes the division remainder.
    function _sharesFor(uint256 i, uint256 holders) internal pure returns (uint256) {
        uint256 each = ISA_TOKENS / holders;
        return i == holders - 1 ? ISA_TOKENS - each * (holders - 1) : each;
    }

    /// @dev The $ALEX ISA (USDC sale), launched with a salt of its own so one test can launch several.
    function _launch(bytes32 salt) internal returns (IncomeShareSplitter splitter) {
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(splitterImpl),
                tokenAmount: ISA_TOKENS,
                data: abi.encode(_alexTerms(address(usdc)))
            })
        );
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(ISA_TOKENS);
        p.salt = salt;
        vm.prank(creator);
        (,, address[] memory moduleAddresses) = factory.launchWithModules(p, modules);
        splitter = IncomeShareSplitter(payable(moduleAddresses[0]));
    }

    /// @dev Mints exactly the cost, approves exactly the cost, buys: the buyer ends with no USDC left.
    function _buy(IncomeShareSplitter splitter, address buyer, uint256 tokens) internal {
        uint256 cost = Math.mulDiv(tokens, PRICE, 1 ether, Math.Rounding.Ceil);
        usdc.mint(buyer, cost);
        vm.prank(buyer);
        usdc.approve(address(splitter), cost);
        vm.prank(buyer);
        splitter.buy(tokens, _noAllowance());
    }

    /// @dev Launches and sells out the ISA to `holders` buyers. The buys run inside one external self-call, so the
    /// gas profile (`isolate = true`) runs them as one transaction instead of 30,000 (minutes instead of a second), and
    /// with gas metering paused, because 10,000 buys do not fit a test's gas limit; none of this is measured.
    function _soldOut(uint256 holders) internal returns (IncomeShareSplitter splitter) {
        splitter = _launch(keccak256(abi.encode("ALEX-ISA", holders)));
        vm.pauseGasMetering();
        this.sellOut(splitter, holders);
        vm.resumeGasMetering();
        assertEq(splitter.tokensSold(), ISA_TOKENS);
        assertEq(uint8(splitter.saleStatus()), uint8(IIncomeShareSplitter.SaleStatus.Succeeded));
    }

    /// @dev Setup only (see {_soldOut}): `holders` buyers buy equal shares of the tokens on offer.
    function sellOut(IncomeShareSplitter splitter, uint256 holders) external {
        for (uint256 i; i < holders; ++i) {
            _buy(splitter, _buyer(i), _sharesFor(i, holders));
        }
    }

    /// @dev The creator holds and has approved exactly `amount` of `asset` for `spender`.
    function _fund(MockERC20 asset, address spender, uint256 amount) internal {
        asset.mint(creator, amount);
        vm.prank(creator);
        asset.approve(spender, amount);
    }

    function _distribute(IncomeShareSplitter splitter, MockERC20 asset, uint256 amount) internal {
        _fund(asset, address(splitter), amount);
        vm.prank(creator);
        splitter.distribute(address(asset), amount);
    }

    /// @dev Sold out to HOLDERS, with the first period of the term just over.
    function _soldOutFirstPeriodOver() internal returns (IncomeShareSplitter splitter) {
        splitter = _soldOut(HOLDERS);
        vm.warp(splitter.terms().termStart + PERIOD);
    }

    /// @dev The creator reports the first period's gross income, with its evidence.
    function _report(IncomeShareSplitter splitter) internal {
        vm.prank(creator);
        splitter.report(0, GROSS_INCOME, EVIDENCE_URI, EVIDENCE_HASH);
    }

    /// @dev The creator pays `amount` of `asset` towards the first period, declaring `declaredValue` for it (0 for the
    /// payment asset).
    function _payIncome(IncomeShareSplitter splitter, MockERC20 asset, uint256 amount, uint256 declaredValue) internal {
        _fund(asset, address(splitter), amount);
        vm.prank(creator);
        splitter.payIncome(0, address(asset), amount, declaredValue);
    }

    /// @dev What a holder of `shares` of `total` is owed from `income`, by either splitter.
    function _owed(uint256 income, uint256 shares, uint256 total) internal pure returns (uint256) {
        return income * shares / total;
    }

    /// @dev The anchor with our 30 buyers as payees and their shares.
    function _anchorInitCode() internal view returns (bytes memory) {
        address[] memory payees = new address[](HOLDERS);
        uint256[] memory shares = new uint256[](HOLDERS);
        for (uint256 i; i < HOLDERS; ++i) {
            payees[i] = _buyer(i);
            shares[i] = _sharesFor(i, HOLDERS);
        }
        bytes memory code = vm.parseJsonBytes(vm.readFile(ANCHOR_ARTIFACT), ".bytecode");
        return abi.encodePacked(code, abi.encode(payees, shares));
    }

    function _create(bytes memory initCode) internal returns (address deployed) {
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
        }
        require(deployed != address(0), "anchor deploy failed");
    }

    /// @dev The anchor deployed and paid one quarter's income (a plain transfer: it has no pull function).
    function _paidAnchor() internal returns (IPaymentSplitterV4 anchor) {
        anchor = IPaymentSplitterV4(_create(_anchorInitCode()));
        usdc.mint(creator, INCOME);
        vm.prank(creator);
        assertTrue(usdc.transfer(address(anchor), INCOME));
    }

    // ---------------------------------------------------------------- sale

    /// @notice The launch that creates the splitter (the token, the vesting wallet and the ISA in one transaction).
    function test_Gas_LaunchWithIsa() public {
        _launch(keccak256("ALEX-ISA"));
        vm.snapshotGasLastCall(GROUP, "launchWithIsa");
    }

    /// @notice First buyer, soft cap not reached: the tokens stay in the splitter until the cap is met.
    function test_Gas_Buy_FirstBuyer() public {
        IncomeShareSplitter splitter = _launch(keccak256("ALEX-ISA"));
        uint256 tokens = 100_000 ether;
        _buy(splitter, alice, tokens); // its last call is the buy measured below
        vm.snapshotGasLastCall(GROUP, "buy_firstBuyer");
        (,, uint256 undelivered) = splitter.purchaseOf(alice);
        assertEq(undelivered, tokens);
    }

    /// @notice The buy that crosses the soft cap: the buyer's tokens are delivered in the same call.
    function test_Gas_Buy_CrossesSoftCap() public {
        IncomeShareSplitter splitter = _launch(keccak256("ALEX-ISA"));
        _buy(splitter, alice, SOFT_CAP - 50_000 ether);
        uint256 tokens = 100_000 ether;
        _buy(splitter, bob, tokens); // its last call is the buy measured below
        vm.snapshotGasLastCall(GROUP, "buy_crossesSoftCap");
        assertEq(IERC20(splitter.token()).balanceOf(bob), tokens);
    }

    /// @notice A buy once the soft cap is met (the steady state of a successful sale).
    function test_Gas_Buy_AfterSoftCap() public {
        IncomeShareSplitter splitter = _launch(keccak256("ALEX-ISA"));
        _buy(splitter, alice, SOFT_CAP);
        uint256 tokens = 100_000 ether;
        _buy(splitter, bob, tokens); // its last call is the buy measured below
        vm.snapshotGasLastCall(GROUP, "buy_afterSoftCap");
        assertEq(IERC20(splitter.token()).balanceOf(bob), tokens);
    }

    // ---------------------------------------------------------------- income in

    /// @notice The creator's first USDC distribution to the 30 holders (lists USDC as a payout asset).
    function test_Gas_Distribute_Usdc() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        _distribute(splitter, usdc, INCOME);
        vm.snapshotGasLastCall(GROUP, "distribute_usdc");
        assertEq(splitter.claimable(_buyer(0), address(usdc)), _owed(INCOME, _sharesFor(0, HOLDERS), ISA_TOKENS));
    }

    /// @notice A later USDC distribution (asset already listed).
    function test_Gas_Distribute_Usdc_Again() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        _distribute(splitter, usdc, INCOME);
        _distribute(splitter, usdc, INCOME);
        vm.snapshotGasLastCall(GROUP, "distribute_usdc_again");
    }

    /// @notice O(1) distribution: 1, 30, 1,000 and 10,000 holders, the same sale size and the same income, measured
    /// in one run; distributing to 10,000 holders costs what distributing to one does.
    function test_Gas_Distribute_ConstantInHolders() public {
        uint256[4] memory counts = [uint256(1), 30, 1000, 10_000];
        string[4] memory names =
            ["distribute_1holder", "distribute_30holders", "distribute_1000holders", "distribute_10000holders"];
        uint256[4] memory used;
        for (uint256 k; k < counts.length; ++k) {
            IncomeShareSplitter splitter = _soldOut(counts[k]);
            _distribute(splitter, usdc, INCOME);
            used[k] = vm.snapshotGasLastCall(GROUP, names[k]);
            uint256 last = counts[k] - 1;
            assertEq(
                splitter.claimable(_buyer(last), address(usdc)),
                _owed(INCOME, _sharesFor(last, counts[k]), ISA_TOKENS),
                "every holder is credited"
            );
        }
        for (uint256 k = 1; k < counts.length; ++k) {
            assertApproxEqAbs(used[k], used[0], O1_TOLERANCE, "distribution cost grows with holders");
        }
    }

    /// @notice Reporting a quarter's gross income with its evidence.
    function test_Gas_Report() public {
        IncomeShareSplitter splitter = _soldOutFirstPeriodOver();
        _report(splitter);
        vm.snapshotGasLastCall(GROUP, "report");
        assertEq(splitter.periodRecord(0).owed, INCOME);
    }

    /// @notice Paying a reported quarter's share in USDC (first payment: lists USDC).
    function test_Gas_PayIncome_Usdc() public {
        IncomeShareSplitter splitter = _soldOutFirstPeriodOver();
        _report(splitter);
        _payIncome(splitter, usdc, INCOME, 0);
        vm.snapshotGasLastCall(GROUP, "payIncome_usdc");
        assertEq(splitter.periodRecord(0).paid, INCOME);
    }

    /// @notice Paying part of the quarter in another asset at a declared value (e.g. LP shares; lists the asset).
    function test_Gas_PayIncome_DeclaredValue() public {
        IncomeShareSplitter splitter = _soldOutFirstPeriodOver();
        _report(splitter);
        _payIncome(splitter, usdc, INCOME / 2, 0);
        _payIncome(splitter, lp, 75 ether, INCOME / 2);
        vm.snapshotGasLastCall(GROUP, "payIncome_declaredValue");
        assertEq(splitter.periodRecord(0).paid, INCOME / 2);
        assertEq(splitter.periodRecord(0).declaredValue, INCOME / 2);
    }

    // ---------------------------------------------------------------- income out

    /// @notice The first holder to claim one asset.
    function test_Gas_Claim_OneAsset() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        _distribute(splitter, usdc, INCOME);
        _measureUsdcClaim(splitter, 0, "claim_oneAsset");
    }

    /// @notice A later holder claiming one asset (the asset's claimed total is already non-zero).
    function test_Gas_Claim_OneAsset_LaterHolder() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        _distribute(splitter, usdc, INCOME);
        _claimUsdc(splitter, 0);
        _measureUsdcClaim(splitter, 1, "claim_oneAsset_laterHolder");
    }

    /// @notice The first holder claiming three assets in one call.
    function test_Gas_Claim_ThreeAssets() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        _distribute(splitter, usdc, INCOME);
        _distribute(splitter, weth, 1 ether);
        _distribute(splitter, lp, 75 ether);
        address[] memory assets = ArrayBuilder.addresses(address(usdc), address(weth), address(lp));
        address holder = _buyer(0);
        vm.prank(holder);
        splitter.claim(assets, holder);
        vm.snapshotGasLastCall(GROUP, "claim_threeAssets");
        uint256 shares = _sharesFor(0, HOLDERS);
        assertEq(usdc.balanceOf(holder), _owed(INCOME, shares, ISA_TOKENS));
        assertEq(weth.balanceOf(holder), _owed(1 ether, shares, ISA_TOKENS));
        assertEq(lp.balanceOf(holder), _owed(75 ether, shares, ISA_TOKENS));
    }

    // ---------------------------------------------------------------- anchor: OpenZeppelin 4.9 PaymentSplitter

    /// @notice Constructing the anchor with our 30 buyers as payees (it stores them all).
    function test_Gas_Anchor_Construct30Payees() public {
        bytes memory initCode = _anchorInitCode();
        vm.startSnapshotGas(GROUP, "anchor_construct_30payees");
        address anchor = _create(initCode);
        vm.stopSnapshotGas();
        assertEq(IPaymentSplitterV4(anchor).totalShares(), ISA_TOKENS);
    }

    /// @notice Paying the anchor: a plain ERC-20 transfer.
    function test_Gas_Anchor_Transfer() public {
        IPaymentSplitterV4 anchor = IPaymentSplitterV4(_create(_anchorInitCode()));
        usdc.mint(creator, INCOME);
        vm.prank(creator);
        assertTrue(usdc.transfer(address(anchor), INCOME));
        vm.snapshotGasLastCall(GROUP, "anchor_transfer");
    }

    /// @notice The first payee to release.
    function test_Gas_Anchor_Release_FirstPayee() public {
        IPaymentSplitterV4 anchor = _paidAnchor();
        address payee = _buyer(0);
        anchor.release(usdc, payee);
        vm.snapshotGasLastCall(GROUP, "anchor_release_firstPayee");
        assertEq(usdc.balanceOf(payee), _owed(INCOME, _sharesFor(0, HOLDERS), ISA_TOKENS));
    }

    /// @notice A later payee (the token's released total is already non-zero).
    function test_Gas_Anchor_Release_LaterPayee() public {
        IPaymentSplitterV4 anchor = _paidAnchor();
        anchor.release(usdc, _buyer(0));
        address payee = _buyer(1);
        anchor.release(usdc, payee);
        vm.snapshotGasLastCall(GROUP, "anchor_release_laterPayee");
        assertEq(usdc.balanceOf(payee), _owed(INCOME, _sharesFor(1, HOLDERS), ISA_TOKENS));
    }

    /// @dev Holder `index` claims its USDC income to itself.
    function _claimUsdc(IncomeShareSplitter splitter, uint256 index) internal returns (address holder) {
        holder = _buyer(index);
        vm.prank(holder);
        splitter.claim(ArrayBuilder.addresses(address(usdc)), holder);
    }

    /// @dev Holder `index`'s USDC claim, measured under `key`; it must pay the holder's share of `INCOME`.
    function _measureUsdcClaim(IncomeShareSplitter splitter, uint256 index, string memory key) internal {
        address holder = _claimUsdc(splitter, index);
        vm.snapshotGasLastCall(GROUP, key);
        assertEq(usdc.balanceOf(holder), _owed(INCOME, _sharesFor(index, HOLDERS), ISA_TOKENS));
    }

    /// @dev Our `round`-th round (from 1): the creator distributes one quarter's income and the 30 holders claim it.
    /// Each holder gets its cumulative share of everything paid so far, less what it already got (fractions carry).
    /// @return used Gas of the distribute and the 30 claims (the approve is not counted).
    function _oursRound(IncomeShareSplitter splitter, uint256 round)
        internal
        returns (uint256 used, uint256[HOLDERS] memory paid)
    {
        _distribute(splitter, usdc, INCOME);
        used = vm.lastCallGas().gasTotalUsed;
        for (uint256 i; i < HOLDERS; ++i) {
            vm.prank(_buyer(i));
            paid[i] = splitter.claim(ArrayBuilder.addresses(address(usdc)), _buyer(i))[0];
            used += vm.lastCallGas().gasTotalUsed;
            uint256 shares = _sharesFor(i, HOLDERS);
            assertEq(
                paid[i], _owed(INCOME * round, shares, ISA_TOKENS) - _owed(INCOME * (round - 1), shares, ISA_TOKENS)
            );
        }
    }

    /// @dev The anchor's round: the creator transfers one quarter's income and all 30 payees are released.
    /// @return used Gas of the transfer and the 30 releases.
    function _anchorRound(IPaymentSplitterV4 anchor, uint256[HOLDERS] memory expected) internal returns (uint256 used) {
        usdc.mint(creator, INCOME);
        vm.prank(creator);
        assertTrue(usdc.transfer(address(anchor), INCOME));
        used = vm.lastCallGas().gasTotalUsed;
        for (uint256 i; i < HOLDERS; ++i) {
            uint256 before = usdc.balanceOf(_buyer(i));
            anchor.release(usdc, _buyer(i));
            used += vm.lastCallGas().gasTotalUsed;
            assertEq(usdc.balanceOf(_buyer(i)) - before, expected[i], "same payout from both");
        }
    }

    /// @notice Pay one quarter's income to 30 holders and let every one of them collect, both ways, in one run (the
    /// state is rewound between the two): the anchor is deployed, paid with a transfer and released 30 times; ours is
    /// distributed once and claimed 30 times. Every holder gets the same amount from both. Our launch and our sale
    /// (which records the shares) are not counted; the creator's `approve` is recorded on its own.
    function test_Gas_Total_30HoldersAllCollect() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        uint256 rewind = vm.snapshotState();

        usdc.mint(creator, INCOME);
        vm.prank(creator);
        usdc.approve(address(splitter), INCOME);
        vm.snapshotGasLastCall(GROUP, "approve_usdc");
        assertTrue(vm.revertToState(rewind));
        (uint256 ours, uint256[HOLDERS] memory paid) = _oursRound(splitter, 1);
        vm.snapshotValue(GROUP, "total_ours_distributeAnd30Claims", ours);

        assertTrue(vm.revertToState(rewind));
        bytes memory initCode = _anchorInitCode();
        uint256 before = gasleft();
        IPaymentSplitterV4 anchor = IPaymentSplitterV4(_create(initCode));
        uint256 anchorTotal = before - gasleft();
        anchorTotal += _anchorRound(anchor, paid);
        vm.snapshotValue(GROUP, "total_anchor_deployTransferAnd30Releases", anchorTotal);

        assertLt(ours, anchorTotal, "one round: ours costs less than deploying and paying the anchor");
    }

    /// @notice The same, one quarter later: every slot both splitters write per holder exists already, and the anchor
    /// is not deployed again. The anchor's deployment is what a round of ours saves; this is what it costs back.
    function test_Gas_Total_30HoldersLaterRound() public {
        IncomeShareSplitter splitter = _soldOut(HOLDERS);
        uint256 rewind = vm.snapshotState();

        (, uint256[HOLDERS] memory paidFirst) = _oursRound(splitter, 1);
        (uint256 ours, uint256[HOLDERS] memory paidLater) = _oursRound(splitter, 2);
        vm.snapshotValue(GROUP, "total_ours_laterRound_distributeAnd30Claims", ours);

        assertTrue(vm.revertToState(rewind));
        IPaymentSplitterV4 anchor = IPaymentSplitterV4(_create(_anchorInitCode()));
        _anchorRound(anchor, paidFirst);
        uint256 anchorTotal = _anchorRound(anchor, paidLater);
        vm.snapshotValue(GROUP, "total_anchor_laterRound_transferAnd30Releases", anchorTotal);
    }
}
