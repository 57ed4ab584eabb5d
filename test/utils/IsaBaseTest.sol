// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IncomeShareSplitter} from "../../contracts/modules/IncomeShareSplitter.sol";
import {Allocation} from "../../contracts/types/Allocation.sol";
import {ArrayBuilder} from "./ArrayBuilder.sol";
import {BaseTest} from "./BaseTest.sol";
import {MockERC20} from "./mocks/MockERC20.sol";

/// @notice The $ALEX income-share agreement: 1,000,000 of 10,000,000 tokens sold for 20,000 USDC (0.02 USDC per
/// token), 15% of income for 3 years paid quarterly (12 periods of 91 days, 30 days' grace).
abstract contract IsaBaseTest is BaseTest {
    uint256 internal constant ISA_TOKENS = 1_000_000 ether;
    uint256 internal constant USDC_UNIT = 1e6;
    uint256 internal constant PRICE = 20_000; // 0.02 USDC (6 decimals) per whole token
    uint256 internal constant SOFT_CAP = 250_000 ether;
    uint16 internal constant SHARE_BPS = 1500;
    uint64 internal constant SALE_LENGTH = 14 days;
    uint64 internal constant PERIOD = 91 days;
    uint64 internal constant GRACE = 30 days;
    uint64 internal constant PERIODS = 12;

    IncomeShareSplitter internal splitterImpl;
    MockERC20 internal usdc;

    function setUp() public virtual override {
        super.setUp();
        splitterImpl = new IncomeShareSplitter();
        usdc = new MockERC20("USD Coin", "USDC", 6);
    }

    /// @dev Sale opens now and runs 14 days; the term starts when the sale ends.
    function _alexTerms(address paymentAsset) internal view returns (IIncomeShareSplitter.Terms memory t) {
        uint64 saleEnd = uint64(block.timestamp) + SALE_LENGTH;
        t = IIncomeShareSplitter.Terms({
            paymentAsset: paymentAsset,
            price: PRICE,
            softCap: SOFT_CAP,
            saleStart: uint64(block.timestamp),
            saleEnd: saleEnd,
            shareBps: SHARE_BPS,
            termStart: saleEnd,
            termEnd: saleEnd + PERIODS * PERIOD,
            periodLength: PERIOD,
            gracePeriod: GRACE,
            payoutCap: 0,
            allowlistSigner: address(0),
            transferableShares: false
        });
    }

    /// @dev BaseTest's default launch (10M supply, 5M vested) with alice's 1M to the creator too and `tokensOffered`
    /// taken from the creator's liquid share for the ISA.
    function _isaLaunchParams(uint256 tokensOffered)
        internal
        view
        returns (IPersonalTokenFactory.LaunchParams memory p)
    {
        p = _defaultParams();
        p.allocations = ArrayBuilder.allocations(
            Allocation({recipient: creator, amount: SUPPLY - p.vesting.amount - tokensOffered})
        );
        p.salt = keccak256("ALEX-ISA");
    }

    /// @dev Launches ALEX and its ISA in one transaction, as the creator.
    function _launchIsa(IIncomeShareSplitter.Terms memory t, uint256 tokensOffered)
        internal
        returns (PersonalToken token, IncomeShareSplitter splitter)
    {
        (address tokenAddress, address module) = _launchWithModule(
            _isaLaunchParams(tokensOffered),
            IPersonalTokenFactory.ModuleParams({
                implementation: address(splitterImpl), tokenAmount: tokensOffered, data: abi.encode(t)
            })
        );
        token = PersonalToken(tokenAddress);
        splitter = IncomeShareSplitter(payable(module));
    }

    function _noAllowance() internal pure returns (IIncomeShareSplitter.Allowance memory a) {
        return a;
    }

    /// @dev Mints the cost in USDC to `buyer`, approves, and buys `tokens`.
    function _buyUsdc(IncomeShareSplitter splitter, address buyer, uint256 tokens)
        internal
        returns (uint256 bought, uint256 cost)
    {
        uint256 needed = tokens * PRICE / 1 ether + 1;
        usdc.mint(buyer, needed);
        vm.startPrank(buyer);
        usdc.approve(address(splitter), needed);
        (bought, cost) = splitter.buy(tokens, _noAllowance());
        vm.stopPrank();
    }
}
