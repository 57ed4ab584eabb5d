// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {IsaBaseTest} from "../utils/IsaBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Has no `receive` or `fallback`: every ETH transfer to it fails. Can buy and claim, to be the one refused.
contract EthRejecter {
    function buy(IncomeShareSplitter splitter, uint256 tokens) external payable returns (uint256, uint256) {
        IIncomeShareSplitter.Allowance memory none;
        return splitter.buy{value: msg.value}(tokens, none);
    }

    function claim(IncomeShareSplitter splitter, address[] calldata assets, address to)
        external
        returns (uint256[] memory)
    {
        return splitter.claim(assets, to);
    }
}

/// @notice A minimal ERC-1271 smart wallet: it approves exactly one hash, whatever the signature bytes.
contract Erc1271Wallet {
    bytes4 internal constant MAGIC_VALUE = 0x1626ba7e;

    bytes32 public approvedHash;

    function approveHash(bytes32 hash) external {
        approvedHash = hash;
    }

    function isValidSignature(bytes32 hash, bytes calldata) external view returns (bytes4) {
        return hash == approvedHash ? MAGIC_VALUE : bytes4(0xffffffff);
    }
}

/// @notice Shared setup for the {IncomeShareSplitter} suites: launches, exact-cost buys, allowances, income helpers.
abstract contract SplitterTestBase is IsaBaseTest {
    /// @dev ETH sales: 0.0001 ETH per whole token (1M tokens = 100 ETH).
    uint256 internal constant ETH_PRICE = 0.0001 ether;
    uint256 internal constant WHOLE_TOKEN = 1 ether;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant SIGNER_PK = 0xA11CE5;

    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");

    PersonalToken internal token;
    IncomeShareSplitter internal splitter;

    /// @dev Ceil(tokens * price / 1e18): what a buyer pays.
    function _cost(uint256 tokens, uint256 price) internal pure returns (uint256) {
        return Math.mulDiv(tokens, price, WHOLE_TOKEN, Math.Rounding.Ceil);
    }

    function _launchDefault() internal {
        (token, splitter) = _launchIsa(_alexTerms(address(usdc)), ISA_TOKENS);
    }

    function _ethTerms() internal view returns (IIncomeShareSplitter.Terms memory t) {
        t = _alexTerms(address(0));
        t.price = ETH_PRICE;
    }

    function _modules(IIncomeShareSplitter.Terms memory t, uint256 tokensOffered)
        internal
        view
        returns (IPersonalTokenFactory.ModuleParams[] memory modules)
    {
        modules = new IPersonalTokenFactory.ModuleParams[](1);
        modules[0] = IPersonalTokenFactory.ModuleParams({
            implementation: address(splitterImpl), tokenAmount: tokensOffered, data: abi.encode(t)
        });
    }

    /// @dev Like `_launchIsa`, with another salt, so one test can launch several agreements.
    function _launchWithSalt(IIncomeShareSplitter.Terms memory t, uint256 tokensOffered, bytes32 salt)
        internal
        returns (PersonalToken launched, IncomeShareSplitter module)
    {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(tokensOffered);
        p.salt = salt;
        vm.prank(creator);
        (address tokenAddress,, address[] memory moduleAddresses) =
            factory.launchWithModules(p, _modules(t, tokensOffered));
        launched = PersonalToken(tokenAddress);
        module = IncomeShareSplitter(payable(moduleAddresses[0]));
    }

    /// @dev Buys `tokens` from the default splitter, paying exactly the expected cost.
    function _buy(address buyer, uint256 tokens) internal returns (uint256 bought, uint256 cost) {
        return _buyFrom(splitter, buyer, tokens);
    }

    /// @dev Funds `buyer` with exactly the expected cost (ETH or a MockERC20), buys, and checks the cost.
    function _buyFrom(IncomeShareSplitter s, address buyer, uint256 tokens)
        internal
        returns (uint256 bought, uint256 cost)
    {
        IIncomeShareSplitter.Terms memory t = s.terms();
        uint256 available = s.tokensOffered() - s.tokensSold();
        uint256 expectedBought = tokens < available ? tokens : available;
        uint256 expectedCost = _cost(expectedBought, t.price);
        if (t.paymentAsset == address(0)) {
            vm.deal(buyer, buyer.balance + expectedCost);
            vm.prank(buyer);
            (bought, cost) = s.buy{value: expectedCost}(tokens, _noAllowance());
        } else {
            MockERC20(t.paymentAsset).mint(buyer, expectedCost);
            vm.startPrank(buyer);
            MockERC20(t.paymentAsset).approve(address(s), expectedCost);
            (bought, cost) = s.buy(tokens, _noAllowance());
            vm.stopPrank();
        }
        assertEq(bought, expectedBought, "bought");
        assertEq(cost, expectedCost, "cost");
    }

    /// @dev Funds and approves `buyer` for `tokens` of the USDC sale `s`, without buying.
    function _fundUsdc(IncomeShareSplitter s, address buyer, uint256 tokens) internal returns (uint256 cost) {
        cost = _cost(tokens, s.terms().price);
        usdc.mint(buyer, cost);
        vm.prank(buyer);
        usdc.approve(address(s), cost);
    }

    /// @dev An allowance signed with `pk` for `buyer` on splitter `s`.
    function _allowance(IncomeShareSplitter s, uint256 pk, address buyer, uint256 maxTokens, uint256 deadline)
        internal
        view
        returns (IIncomeShareSplitter.Allowance memory a)
    {
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(pk, s.allowanceDigest(buyer, maxTokens, deadline));
        a = IIncomeShareSplitter.Allowance({
            maxTokens: maxTokens, deadline: deadline, signature: abi.encodePacked(r, sig, v)
        });
    }

    /// @dev Creator lists (if needed) and pays `amount` of a MockERC20 as unattached income.
    function _distribute(IncomeShareSplitter s, MockERC20 asset, uint256 amount) internal returns (uint256 received) {
        return _distributeAs(s, creator, asset, amount);
    }

    function _distributeAs(IncomeShareSplitter s, address payer, MockERC20 asset, uint256 amount)
        internal
        returns (uint256 received)
    {
        asset.mint(payer, amount);
        vm.startPrank(payer);
        asset.approve(address(s), amount);
        received = s.distribute(address(asset), amount);
        vm.stopPrank();
    }

    function _distributeEth(IncomeShareSplitter s, address payer, uint256 amount) internal returns (uint256 received) {
        vm.deal(payer, payer.balance + amount);
        vm.prank(payer);
        received = s.distribute{value: amount}(address(0), amount);
    }

    function _payIncome(IncomeShareSplitter s, uint256 period, MockERC20 asset, uint256 amount, uint256 value)
        internal
        returns (uint256 received)
    {
        asset.mint(creator, amount);
        vm.startPrank(creator);
        asset.approve(address(s), amount);
        received = s.payIncome(period, address(asset), amount, value);
        vm.stopPrank();
    }

    function _claim(IncomeShareSplitter s, address holder, address asset) internal returns (uint256) {
        vm.prank(holder);
        return s.claim(_list(asset), holder)[0];
    }

    function _list(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }

    function _list(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        list[0] = a;
        list[1] = b;
    }

    function _list(address a, address b, address c) internal pure returns (address[] memory list) {
        list = new address[](3);
        list[0] = a;
        list[1] = b;
        list[2] = c;
    }

    function _assertStatus(IncomeShareSplitter s, IIncomeShareSplitter.SaleStatus expected) internal view {
        assertEq(uint256(s.saleStatus()), uint256(expected), "sale status");
    }

    function _wrongStatus(IIncomeShareSplitter.SaleStatus status) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongSaleStatus.selector, status);
    }

    function _err(bytes4 selector) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(selector);
    }

    function _saleEnd(IncomeShareSplitter s) internal view returns (uint64) {
        return s.terms().saleEnd;
    }

    /// @dev End of `period` of the default term (periods are whole, the term starts at the sale end).
    function _periodEnd(IncomeShareSplitter s, uint256 period) internal view returns (uint256) {
        IIncomeShareSplitter.Terms memory t = s.terms();
        return Math.min(t.termStart + (period + 1) * t.periodLength, t.termEnd);
    }
}

/// @notice Unit tests for {IncomeShareSplitter}: initialization through the factory, every invalid term, and views.
contract IncomeShareSplitterTest is SplitterTestBase {
    uint16 internal constant FULL_SHARE_BPS = 10_000;
    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant ALLOWANCE_TYPEHASH =
        keccak256("Allowance(address buyer,uint256 maxTokens,uint256 deadline)");

    /*//////////////////////////////////////////////////////////////
                              INITIALIZATION
    //////////////////////////////////////////////////////////////*/

    function test_Initialize_SetsTokenCreatorAndTerms() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.payoutCap = 50_000 * USDC_UNIT;
        t.allowlistSigner = vm.addr(SIGNER_PK);
        t.transferableShares = true;
        (token, splitter) = _launchIsa(t, ISA_TOKENS);

        assertEq(splitter.token(), address(token));
        assertEq(splitter.creator(), creator);
        assertEq(splitter.tokensOffered(), ISA_TOKENS);
        assertEq(splitter.tokensSold(), 0);
        assertEq(splitter.totalPaid(), 0);
        assertEq(keccak256(abi.encode(splitter.terms())), keccak256(abi.encode(t)));
        assertEq(splitter.periodCount(), PERIODS);
        assertEq(splitter.payoutAssets().length, 0);
        assertEq(splitter.latePeriodCount(), 0);
        assertFalse(splitter.isComplete());
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
    }

    function test_Initialize_HoldsTheOfferedTokens() public {
        _launchDefault();
        assertEq(token.balanceOf(address(splitter)), ISA_TOKENS);
        assertEq(factory.moduleTokenOf(address(splitter)), address(token));
    }

    function test_Initialize_EthSale() public {
        (, splitter) = _launchIsa(_ethTerms(), ISA_TOKENS);
        assertEq(splitter.terms().paymentAsset, address(0));
        assertEq(splitter.terms().price, ETH_PRICE);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
    }

    function test_Constants() public view {
        assertEq(splitterImpl.SCALE(), 1e36);
        assertEq(splitterImpl.BPS(), BPS);
        assertEq(splitterImpl.MAX_PAYOUT_ASSETS(), 16);
        assertEq(splitterImpl.MAX_PERIODS(), 1000);
        assertEq(splitterImpl.NO_PERIOD(), type(uint256).max);
    }

    function test_RevertWhen_ImplementationInitialized() public {
        MockERC20 personal = new MockERC20("Personal", "P", 18);
        personal.mint(address(splitterImpl), ISA_TOKENS);
        vm.expectRevert(_err(Initializable.InvalidInitialization.selector));
        splitterImpl.initializeModule(address(personal), creator, ISA_TOKENS, abi.encode(_alexTerms(address(usdc))));
    }

    function test_RevertWhen_CloneInitializedTwice() public {
        _launchDefault();
        vm.expectRevert(_err(Initializable.InvalidInitialization.selector));
        vm.prank(creator);
        splitter.initializeModule(address(token), alice, ISA_TOKENS, abi.encode(_alexTerms(address(usdc))));
        assertEq(splitter.creator(), creator);
    }

    function test_Initialize_DirectCloneFundedExactly() public {
        MockERC20 personal = new MockERC20("Personal", "P", 18);
        IncomeShareSplitter clone = IncomeShareSplitter(payable(Clones.clone(address(splitterImpl))));
        personal.mint(address(clone), ISA_TOKENS);
        clone.initializeModule(address(personal), creator, ISA_TOKENS, abi.encode(_alexTerms(address(usdc))));
        assertEq(clone.token(), address(personal));
        assertEq(clone.tokensOffered(), ISA_TOKENS);
    }

    /*//////////////////////////////////////////////////////////////
                              INVALID TERMS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_Terms_TokensOfferedZero() public {
        _expectTermsRevert(
            _alexTerms(address(usdc)),
            0,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_TokensOfferedOutOfRange.selector, 0, 1e36 - 1
            )
        );
    }

    function test_RevertWhen_Terms_TokensNotReceived() public {
        MockERC20 personal = new MockERC20("Personal", "P", 18);
        IncomeShareSplitter clone = IncomeShareSplitter(payable(Clones.clone(address(splitterImpl))));
        bytes memory data = abi.encode(_alexTerms(address(usdc)));

        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_TokensNotReceived.selector, ISA_TOKENS, 0)
        );
        clone.initializeModule(address(personal), creator, ISA_TOKENS, data);

        // One unit short is still not received.
        personal.mint(address(clone), ISA_TOKENS - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_TokensNotReceived.selector, ISA_TOKENS, ISA_TOKENS - 1
            )
        );
        clone.initializeModule(address(personal), creator, ISA_TOKENS, data);

        // The failed attempts left the clone uninitialized.
        personal.mint(address(clone), 1);
        clone.initializeModule(address(personal), creator, ISA_TOKENS, data);
        assertEq(clone.creator(), creator);
    }

    function test_RevertWhen_Terms_PaymentAssetIsTheToken() public {
        (address predicted,) = factory.predictAddresses(creator, _isaLaunchParams(ISA_TOKENS).salt);
        _expectTermsRevert(
            _alexTerms(predicted),
            ISA_TOKENS,
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_PaymentAssetIsToken.selector, predicted)
        );
    }

    function test_RevertWhen_Terms_PriceZero() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.price = 0;
        _expectTermsRevert(
            t, ISA_TOKENS, abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ZeroPrice.selector)
        );
    }

    function test_RevertWhen_Terms_SoftCapZero() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = 0;
        _expectTermsRevert(
            t, ISA_TOKENS, abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ZeroSoftCap.selector)
        );
    }

    function test_RevertWhen_Terms_SoftCapAboveOffered() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = ISA_TOKENS + 1;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_SoftCapAboveOffered.selector, t.softCap, ISA_TOKENS
            )
        );
    }

    function test_Initialize_SoftCapEqualToOffered() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = ISA_TOKENS;
        (, splitter) = _launchIsa(t, ISA_TOKENS);
        assertEq(splitter.terms().softCap, ISA_TOKENS);
    }

    function test_RevertWhen_Terms_SaleStartEqualsSaleEnd() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = t.saleEnd;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EmptySaleWindow.selector, t.saleStart, t.saleEnd
            )
        );
    }

    function test_RevertWhen_Terms_SaleStartAfterSaleEnd() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = t.saleEnd + 1;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_EmptySaleWindow.selector, t.saleStart, t.saleEnd
            )
        );
    }

    function test_RevertWhen_Terms_SaleAlreadyEnded() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = uint64(block.timestamp) - 1 days;
        t.saleEnd = uint64(block.timestamp);
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_SaleEndPassed.selector, t.saleEnd, block.timestamp
            )
        );
    }

    function test_Initialize_SaleStartedInThePastEndingNextSecond() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = uint64(block.timestamp) - 1 days;
        t.saleEnd = uint64(block.timestamp) + 1;
        (, splitter) = _launchIsa(t, ISA_TOKENS);
        _assertStatus(splitter, IIncomeShareSplitter.SaleStatus.Active);
    }

    function test_RevertWhen_Terms_ShareBpsZero() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.shareBps = 0;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_ShareBpsOutOfRange.selector, t.shareBps, BPS
            )
        );
    }

    function test_RevertWhen_Terms_ShareBpsAboveHundredPercent() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.shareBps = FULL_SHARE_BPS + 1;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_ShareBpsOutOfRange.selector, t.shareBps, BPS
            )
        );
    }

    function test_Initialize_ShareBpsHundredPercent() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.shareBps = FULL_SHARE_BPS;
        (, splitter) = _launchIsa(t, ISA_TOKENS);
        assertEq(splitter.terms().shareBps, BPS);
    }

    function test_RevertWhen_Terms_TermStartsBeforeSaleEnd() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.termStart = t.saleEnd - 1;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(
                IIncomeShareSplitter.IncomeShareSplitter_TermStartsBeforeSaleEnd.selector, t.termStart, t.saleEnd
            )
        );
    }

    function test_RevertWhen_Terms_TermEmpty() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.termEnd = t.termStart;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_EmptyTerm.selector, t.termStart, t.termEnd)
        );
    }

    function test_RevertWhen_Terms_TermEndsBeforeItStarts() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.termEnd = t.termStart - 1;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_EmptyTerm.selector, t.termStart, t.termEnd)
        );
    }

    function test_RevertWhen_Terms_PeriodLengthZero() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.periodLength = 0;
        _expectTermsRevert(
            t, ISA_TOKENS, abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ZeroPeriodLength.selector)
        );
    }

    /// @dev 10,001 seconds in 10-second periods: 1,000 whole periods and a partial one, i.e. 1,001 (ceil, not floor).
    function test_RevertWhen_Terms_TooManyPeriods() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.periodLength = 10;
        t.termEnd = t.termStart + 10 * 1000 + 1;
        _expectTermsRevert(
            t,
            ISA_TOKENS,
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_TooManyPeriods.selector, 1001, 1000)
        );
    }

    function test_Initialize_ExactlyMaxPeriods() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.periodLength = 10;
        t.termEnd = t.termStart + 10 * 1000;
        (, splitter) = _launchIsa(t, ISA_TOKENS);
        assertEq(splitter.periodCount(), 1000);
    }

    function test_RevertWhen_Terms_FirstBadFieldReverts() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.price = 0;
        t.shareBps = 0;
        t.periodLength = 0;
        _expectTermsRevert(
            t, ISA_TOKENS, abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ZeroPrice.selector)
        );
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_PeriodRecord_BoundsOfEveryPeriod() public {
        _launchDefault();
        IIncomeShareSplitter.Terms memory t = splitter.terms();
        for (uint256 i; i < PERIODS; ++i) {
            IIncomeShareSplitter.PeriodRecord memory r = splitter.periodRecord(i);
            assertEq(r.start, t.termStart + i * PERIOD);
            assertEq(r.end, t.termStart + (i + 1) * PERIOD);
            assertEq(r.due, r.end + GRACE);
            assertFalse(r.reported);
            assertFalse(r.late);
            assertEq(r.grossIncome, 0);
            assertEq(r.owed, 0);
            assertEq(r.paid, 0);
        }
        assertEq(splitter.periodRecord(PERIODS - 1).end, t.termEnd);
    }

    function test_PeriodRecord_LastPartialPeriodEndsAtTermEnd() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.termEnd = t.termStart + 2 * PERIOD + 1 days;
        (, splitter) = _launchIsa(t, ISA_TOKENS);
        assertEq(splitter.periodCount(), 3);
        IIncomeShareSplitter.PeriodRecord memory last = splitter.periodRecord(2);
        assertEq(last.start, t.termStart + 2 * PERIOD);
        assertEq(last.end, t.termEnd);
        assertEq(last.due, t.termEnd + GRACE);
    }

    function test_RevertWhen_PeriodRecordUnknown() public {
        _launchDefault();
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_UnknownPeriod.selector, PERIODS, PERIODS)
        );
        splitter.periodRecord(PERIODS);
    }

    function test_AllowanceDigest_IsEip712ForThisCloneAndChain() public {
        _launchDefault();
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                keccak256("IncomeShareSplitter"),
                keccak256("1"),
                block.chainid,
                address(splitter)
            )
        );
        bytes32 structHash = keccak256(abi.encode(ALLOWANCE_TYPEHASH, alice, 1000 ether, 12_345));
        bytes32 expected = keccak256(abi.encodePacked("\x19\x01", domain, structHash));
        assertEq(splitter.allowanceDigest(alice, 1000 ether, 12_345), expected);

        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            splitter.eip712Domain();
        assertEq(name, "IncomeShareSplitter");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(splitter));
    }

    function test_AllowanceDigest_DiffersPerField() public {
        _launchDefault();
        bytes32 base = splitter.allowanceDigest(alice, 1000 ether, 12_345);
        assertTrue(base != splitter.allowanceDigest(bob, 1000 ether, 12_345));
        assertTrue(base != splitter.allowanceDigest(alice, 1000 ether + 1, 12_345));
        assertTrue(base != splitter.allowanceDigest(alice, 1000 ether, 12_346));
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Launching with `t` reverts with `err`, bubbled up through the factory, and leaves nothing.
    function _expectTermsRevert(IIncomeShareSplitter.Terms memory t, uint256 tokensOffered, bytes memory err) internal {
        IPersonalTokenFactory.LaunchParams memory p = _isaLaunchParams(tokensOffered);
        (address predicted,) = factory.predictAddresses(creator, p.salt);
        address module = factory.predictModuleAddress(predicted, address(splitterImpl), 0);
        IPersonalTokenFactory.ModuleParams[] memory modules = _modules(t, tokensOffered);

        vm.expectRevert(err);
        vm.prank(creator);
        factory.launchWithModules(p, modules);

        assertEq(predicted.code.length, 0);
        assertEq(module.code.length, 0);
        assertFalse(factory.isLaunched(predicted));
        assertEq(factory.moduleTokenOf(module), address(0));
    }
}
