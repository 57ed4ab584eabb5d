// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {SplitterTestBase} from "../utils/SplitterTestBase.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

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
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_ZeroPrice.selector);
    }

    function test_RevertWhen_Terms_SoftCapZero() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = 0;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_ZeroSoftCap.selector);
    }

    function test_RevertWhen_Terms_SoftCapAboveOffered() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.softCap = ISA_TOKENS + 1;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_SoftCapAboveOffered.selector, t.softCap, ISA_TOKENS);
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
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_EmptySaleWindow.selector, t.saleStart, t.saleEnd);
    }

    function test_RevertWhen_Terms_SaleStartAfterSaleEnd() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = t.saleEnd + 1;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_EmptySaleWindow.selector, t.saleStart, t.saleEnd);
    }

    function test_RevertWhen_Terms_SaleAlreadyEnded() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.saleStart = uint64(block.timestamp) - 1 days;
        t.saleEnd = uint64(block.timestamp);
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_SaleEndPassed.selector, t.saleEnd, block.timestamp);
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
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_ShareBpsOutOfRange.selector, t.shareBps, BPS);
    }

    function test_RevertWhen_Terms_ShareBpsAboveHundredPercent() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.shareBps = FULL_SHARE_BPS + 1;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_ShareBpsOutOfRange.selector, t.shareBps, BPS);
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
        _expectBadTerms(
            t, IIncomeShareSplitter.IncomeShareSplitter_TermStartsBeforeSaleEnd.selector, t.termStart, t.saleEnd
        );
    }

    function test_RevertWhen_Terms_TermEmpty() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.termEnd = t.termStart;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_EmptyTerm.selector, t.termStart, t.termEnd);
    }

    function test_RevertWhen_Terms_TermEndsBeforeItStarts() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.termEnd = t.termStart - 1;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_EmptyTerm.selector, t.termStart, t.termEnd);
    }

    function test_RevertWhen_Terms_PeriodLengthZero() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.periodLength = 0;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_ZeroPeriodLength.selector);
    }

    /// @dev 10,001 seconds in 10-second periods: 1,000 whole periods and a partial one, i.e. 1,001 (ceil, not floor).
    function test_RevertWhen_Terms_TooManyPeriods() public {
        IIncomeShareSplitter.Terms memory t = _alexTerms(address(usdc));
        t.periodLength = 10;
        t.termEnd = t.termStart + 10 * 1000 + 1;
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_TooManyPeriods.selector, 1001, 1000);
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
        _expectBadTerms(t, IIncomeShareSplitter.IncomeShareSplitter_ZeroPrice.selector);
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

    /// @dev Launching with `t` and the default ISA_TOKENS reverts with the `selector` error (carrying `a` and `b`).
    function _expectBadTerms(IIncomeShareSplitter.Terms memory t, bytes4 selector) internal {
        _expectTermsRevert(t, ISA_TOKENS, abi.encodeWithSelector(selector));
    }

    function _expectBadTerms(IIncomeShareSplitter.Terms memory t, bytes4 selector, uint256 a, uint256 b) internal {
        _expectTermsRevert(t, ISA_TOKENS, abi.encodeWithSelector(selector, a, b));
    }

    /// @dev Launching with `t` reverts with `err`, bubbled up through the factory, and leaves nothing.
    function _expectTermsRevert(IIncomeShareSplitter.Terms memory t, uint256 tokensOffered, bytes memory err) internal {
        _expectModulesLaunchRevert(_isaLaunchParams(tokensOffered), _modules(t, tokensOffered), err);
    }
}
