// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {ArrayBuilder} from "./ArrayBuilder.sol";
import {IsaBaseTest} from "./IsaBaseTest.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

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
        modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(splitterImpl), tokenAmount: tokensOffered, data: abi.encode(t)
            })
        );
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
        return s.claim(ArrayBuilder.addresses(asset), holder)[0];
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
