// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {PersonalToken} from "../../../contracts/PersonalToken.sol";
import {IIncomeShareSplitter} from "../../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../../contracts/modules/IncomeShareSplitter.sol";
import {MockERC20} from "../../utils/mocks/MockERC20.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives the primary sale of one {IncomeShareSplitter} (paid in a 6-decimal ERC-20) with bounded,
/// never-reverting actions: random buyers buy random amounts, time jumps across the window, tokens are delivered,
/// buyers take refunds after a failure, and the creator withdraws proceeds and unsold tokens. It keeps an independent
/// ledger of what was bought, paid, refunded, delivered and withdrawn for the invariant suite to compare with on-chain
/// state.
/// @dev Every action first decides from the ledger whether the call must succeed; when it must not, it asserts the
/// exact revert instead (so refused calls are checked too and the fuzzer never sees a revert). The sale status is
/// recorded after every action, so a status that moves backwards or leaves a final state is caught even when the
/// invariants happen to run later.
contract IsaSaleHandler is BaseHandler {
    /// @notice Longest single time jump: the window (1 day upcoming, then 14 open) ends after a few jumps, so most
    /// runs also exercise what comes after it.
    uint256 public constant MAX_WARP = 6 days;
    /// @notice Shortest single time jump (the fuzzer favours small values; exact edges come from {warpToNextEdge}).
    uint256 public constant MIN_WARP = 1 hours;
    /// @notice Number of buyers.
    uint256 public constant BUYER_COUNT = 5;
    /// @dev One withdrawal in this many is attempted by a buyer instead of the creator (and must be refused).
    uint256 private constant STRANGER_ODDS = 5;
    uint256 private constant WHOLE_TOKEN = 1e18;

    IncomeShareSplitter public immutable splitter;
    PersonalToken public immutable token;
    MockERC20 public immutable paymentAsset;
    address public immutable creator;
    /// @notice Expected terms, from the launch parameters (not read back from the splitter).
    uint256 public immutable tokensOffered;
    uint256 public immutable softCap;
    uint256 public immutable price;
    uint64 public immutable saleStart;
    uint64 public immutable saleEnd;
    /// @notice Largest amount asked for in one buy.
    uint256 public immutable maxBuy;

    address[] internal _buyers;
    /// @dev Refund and withdrawal recipients: the buyers, the creator and a treasury nobody else pays.
    address[] internal _recipients;

    // Ghost ledger.
    mapping(address buyer => uint256) public ghostTokens;
    mapping(address buyer => uint256) public ghostPaid;
    mapping(address buyer => uint256) public ghostUndelivered;
    mapping(address buyer => bool) public ghostRefunded;
    uint256 public ghostSold;
    uint256 public ghostRaised;
    uint256 public ghostRefundedTotal;
    uint256 public ghostProceedsWithdrawn;
    uint256 public ghostDelivered;
    uint256 public ghostUndeliveredTotal;
    uint256 public ghostUnsoldWithdrawn;

    // Status history.
    /// @notice Whether a final status (Succeeded or Failed) was seen, and which.
    bool public ghostFinal;
    IIncomeShareSplitter.SaleStatus public ghostFinalStatus;
    IIncomeShareSplitter.SaleStatus public ghostLastStatus;
    /// @notice Status changes that went backwards or left a final status.
    uint256 public ghostStatusRegressions;

    /// @dev Records the status after the action and counts any move that is not forward.
    modifier recordsStatus() {
        _;
        IIncomeShareSplitter.SaleStatus status = splitter.saleStatus();
        if (ghostFinal ? status != ghostFinalStatus : _rank(status) < _rank(ghostLastStatus)) {
            ++ghostStatusRegressions;
        }
        if (!ghostFinal && _rank(status) == 2) {
            ghostFinal = true;
            ghostFinalStatus = status;
        }
        ghostLastStatus = status;
    }

    /// @param splitter_ The launched splitter, holding `terms_`' offered tokens.
    /// @param terms_ The terms it was launched with.
    /// @param tokensOffered_ Tokens it was launched with.
    /// @param creator_ The creator.
    /// @param maxBuy_ Largest amount asked for in one buy.
    constructor(
        IncomeShareSplitter splitter_,
        IIncomeShareSplitter.Terms memory terms_,
        uint256 tokensOffered_,
        address creator_,
        uint256 maxBuy_
    ) {
        splitter = splitter_;
        token = PersonalToken(splitter_.token());
        paymentAsset = MockERC20(terms_.paymentAsset);
        creator = creator_;
        tokensOffered = tokensOffered_;
        softCap = terms_.softCap;
        price = terms_.price;
        saleStart = terms_.saleStart;
        saleEnd = terms_.saleEnd;
        maxBuy = maxBuy_;
        ghostLastStatus = splitter_.saleStatus();

        for (uint256 i; i < BUYER_COUNT; ++i) {
            address buyer = makeAddr(string.concat("buyer", vm.toString(i)));
            _buyers.push(buyer);
            _recipients.push(buyer);
        }
        _recipients.push(creator_);
        _recipients.push(makeAddr("treasury"));
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice A buyer asks for 1 wei to `maxBuy` tokens; it must get `min(asked, left)` at `ceil(bought * price)`,
    /// and its tokens (with any earlier undelivered ones) as soon as the soft cap is reached. Outside the window the
    /// buy must be refused.
    function buy(uint256 buyerSeed, uint256 tokens) external recordsStatus {
        address buyer = _buyers[buyerSeed % BUYER_COUNT];
        tokens = _bound(tokens, 1, maxBuy);
        IIncomeShareSplitter.SaleStatus status = expectedStatus();
        if (status != IIncomeShareSplitter.SaleStatus.Active) {
            vm.prank(buyer);
            vm.expectRevert(
                abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongSaleStatus.selector, status)
            );
            splitter.buy(tokens, _noAllowance());
            ++calls["buyRefused"];
            return;
        }

        uint256 left = tokensOffered - ghostSold;
        uint256 bought = tokens < left ? tokens : left;
        uint256 cost = Math.mulDiv(bought, price, WHOLE_TOKEN, Math.Rounding.Ceil);
        // Exactly the expected cost is minted and approved: charging more reverts, charging less is caught below.
        uint256 paymentBefore = paymentAsset.balanceOf(buyer);
        paymentAsset.mint(buyer, cost);
        vm.prank(buyer);
        paymentAsset.approve(address(splitter), cost);
        uint256 tokensBefore = token.balanceOf(buyer);

        vm.prank(buyer);
        (uint256 gotTokens, uint256 charged) = splitter.buy(tokens, _noAllowance());
        assertEq(gotTokens, bought, "buy: bought != min(asked, left)");
        assertEq(charged, cost, "buy: cost != ceil(bought * price)");
        assertEq(paymentAsset.balanceOf(buyer), paymentBefore, "buy: payment not taken");

        ghostSold += bought;
        ghostTokens[buyer] += bought;
        ghostPaid[buyer] += cost;
        ghostRaised += cost;
        uint256 delivered;
        if (ghostSold >= softCap) {
            delivered = ghostUndelivered[buyer] + bought;
            ghostUndeliveredTotal -= ghostUndelivered[buyer];
            ghostUndelivered[buyer] = 0;
            ghostDelivered += delivered;
        } else {
            ghostUndelivered[buyer] += bought;
            ghostUndeliveredTotal += bought;
        }
        assertEq(token.balanceOf(buyer) - tokensBefore, delivered, "buy: tokens delivered");
        ++calls[bought < tokens ? "buyPartial" : "buy"];
    }

    /// @notice Anyone delivers a buyer's tokens bought before the soft cap; refused below the soft cap or with nothing
    /// owed.
    function deliverTokens(uint256 callerSeed, uint256 buyerSeed) external recordsStatus {
        address caller = _recipients[callerSeed % _recipients.length];
        address buyer = _buyers[buyerSeed % BUYER_COUNT];
        if (ghostSold < softCap) {
            _expectWrongStatus();
            vm.prank(caller);
            splitter.deliverTokens(buyer);
            ++calls["deliverRefused"];
            return;
        }
        uint256 owed = ghostUndelivered[buyer];
        if (owed == 0) {
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
            vm.prank(caller);
            splitter.deliverTokens(buyer);
            ++calls["deliverNothing"];
            return;
        }

        uint256 before = token.balanceOf(buyer);
        vm.prank(caller);
        assertEq(splitter.deliverTokens(buyer), owed, "deliverTokens: amount != undelivered");
        assertEq(token.balanceOf(buyer) - before, owed, "deliverTokens: buyer balance");

        ghostUndelivered[buyer] = 0;
        ghostUndeliveredTotal -= owed;
        ghostDelivered += owed;
        ++calls["deliverTokens"];
    }

    /// @notice After a failed sale a buyer takes back exactly what it paid, once, to any recipient; refused otherwise.
    function refund(uint256 buyerSeed, uint256 toSeed) external recordsStatus {
        address buyer = _buyers[buyerSeed % BUYER_COUNT];
        address to = _recipients[toSeed % _recipients.length];
        if (expectedStatus() != IIncomeShareSplitter.SaleStatus.Failed) {
            _expectWrongStatus();
            vm.prank(buyer);
            splitter.refund(to);
            ++calls["refundRefused"];
            return;
        }
        if (ghostPaid[buyer] == 0 || ghostRefunded[buyer]) {
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
            vm.prank(buyer);
            splitter.refund(to);
            ++calls["refundNothing"];
            return;
        }

        uint256 paid = ghostPaid[buyer];
        uint256 before = paymentAsset.balanceOf(to);
        vm.prank(buyer);
        assertEq(splitter.refund(to), paid, "refund: amount != paid");
        assertEq(paymentAsset.balanceOf(to) - before, paid, "refund: recipient balance");

        ghostRefunded[buyer] = true;
        ghostRefundedTotal += paid;
        ++calls["refund"];
    }

    /// @notice The creator withdraws every payment collected since the last withdrawal, once the window closed with
    /// the soft cap reached; before the window closes the payments stay (even past the soft cap or sold out), and
    /// anyone else, or the creator below the soft cap, is refused.
    function withdrawProceeds(uint256 callerSeed, uint256 toSeed) external recordsStatus {
        address to = _recipients[toSeed % _recipients.length];
        if (callerSeed % STRANGER_ODDS == 0) {
            _expectStranger(callerSeed);
            splitter.withdrawProceeds(to);
            ++calls["withdrawProceedsStranger"];
            return;
        }
        if (ghostSold < softCap) {
            _expectWrongStatus();
            vm.prank(creator);
            splitter.withdrawProceeds(to);
            ++calls["withdrawProceedsRefused"];
            return;
        }
        if (block.timestamp < saleEnd) {
            vm.expectRevert(
                abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ProceedsLocked.selector, saleEnd)
            );
            vm.prank(creator);
            splitter.withdrawProceeds(to);
            ++calls["withdrawProceedsLocked"];
            return;
        }
        uint256 expected = ghostRaised - ghostProceedsWithdrawn;
        if (expected == 0) {
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
            vm.prank(creator);
            splitter.withdrawProceeds(to);
            ++calls["withdrawProceedsNothing"];
            return;
        }

        uint256 before = paymentAsset.balanceOf(to);
        vm.prank(creator);
        assertEq(splitter.withdrawProceeds(to), expected, "withdrawProceeds: amount != raised - withdrawn");
        assertEq(paymentAsset.balanceOf(to) - before, expected, "withdrawProceeds: recipient balance");

        ghostProceedsWithdrawn += expected;
        ++calls["withdrawProceeds"];
    }

    /// @notice Once the sale is final the creator takes back the unsold tokens (every token after a failure, since
    /// buyers are refunded instead); anyone else, or the creator while the sale is open, is refused.
    function withdrawUnsold(uint256 callerSeed, uint256 toSeed) external recordsStatus {
        address to = _recipients[toSeed % _recipients.length];
        if (callerSeed % STRANGER_ODDS == 0) {
            _expectStranger(callerSeed);
            splitter.withdrawUnsold(to);
            ++calls["withdrawUnsoldStranger"];
            return;
        }
        IIncomeShareSplitter.SaleStatus status = expectedStatus();
        if (status != IIncomeShareSplitter.SaleStatus.Succeeded && status != IIncomeShareSplitter.SaleStatus.Failed) {
            _expectWrongStatus();
            vm.prank(creator);
            splitter.withdrawUnsold(to);
            ++calls["withdrawUnsoldRefused"];
            return;
        }
        uint256 expected = status == IIncomeShareSplitter.SaleStatus.Failed
            ? tokensOffered - ghostUnsoldWithdrawn
            : tokensOffered - ghostSold - ghostUnsoldWithdrawn;
        if (expected == 0) {
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
            vm.prank(creator);
            splitter.withdrawUnsold(to);
            ++calls["withdrawUnsoldNothing"];
            return;
        }

        uint256 before = token.balanceOf(to);
        vm.prank(creator);
        assertEq(splitter.withdrawUnsold(to), expected, "withdrawUnsold: amount != unsold");
        assertEq(token.balanceOf(to) - before, expected, "withdrawUnsold: recipient balance");

        ghostUnsoldWithdrawn += expected;
        ++calls[status == IIncomeShareSplitter.SaleStatus.Failed ? "withdrawUnsoldFailed" : "withdrawUnsold"];
    }

    /// @notice Moves time forward, across the window's start and end.
    function warp(uint256 seconds_) external recordsStatus {
        _warpBy(seconds_, MIN_WARP, MAX_WARP);
    }

    /// @notice Moves time to the next window edge ahead (the last second before the start, the start, the last
    /// second of the window, its end) when it is no further than one time jump, so that buys, refunds and withdrawals
    /// are tried on both sides of each edge without the edges speeding the window up.
    function warpToNextEdge() external recordsStatus {
        uint64[4] memory edges = [saleStart - 1, saleStart, saleEnd - 1, saleEnd];
        for (uint256 i; i < edges.length; ++i) {
            if (edges[i] > block.timestamp) {
                if (edges[i] > block.timestamp + MAX_WARP) break;
                vm.warp(edges[i]);
                ++calls["warpToNextEdge"];
                return;
            }
        }
        ++calls["warpToNextEdgeSkipped"];
    }

    /*//////////////////////////////////////////////////////////////
                           EXPECTED STATE
    //////////////////////////////////////////////////////////////*/

    /// @notice The status the terms and the ledger call for now.
    function expectedStatus() public view returns (IIncomeShareSplitter.SaleStatus) {
        if (ghostSold >= softCap && (ghostSold == tokensOffered || block.timestamp >= saleEnd)) {
            return IIncomeShareSplitter.SaleStatus.Succeeded;
        }
        if (block.timestamp < saleStart) return IIncomeShareSplitter.SaleStatus.Upcoming;
        if (block.timestamp < saleEnd) return IIncomeShareSplitter.SaleStatus.Active;
        return IIncomeShareSplitter.SaleStatus.Failed;
    }

    /// @notice Payments the splitter must still hold: raised, minus refunds, minus proceeds withdrawn.
    function expectedEscrow() external view returns (uint256) {
        return ghostRaised - ghostRefundedTotal - ghostProceedsWithdrawn;
    }

    /// @notice Personal tokens the splitter must still hold: offered, minus delivered, minus withdrawn by the creator.
    function expectedTokensHeld() external view returns (uint256) {
        return tokensOffered - ghostDelivered - ghostUnsoldWithdrawn;
    }

    /// @notice Whether a failed sale is fully unwound: every buyer that paid was refunded and no token is left for
    /// the creator to take back.
    function failedAndUnwound() external view returns (bool) {
        if (!ghostFinal || ghostFinalStatus != IIncomeShareSplitter.SaleStatus.Failed) return false;
        if (ghostUnsoldWithdrawn != tokensOffered) return false;
        for (uint256 i; i < BUYER_COUNT; ++i) {
            if (ghostPaid[_buyers[i]] != 0 && !ghostRefunded[_buyers[i]]) return false;
        }
        return true;
    }

    function buyers() external view returns (address[] memory) {
        return _buyers;
    }

    /*//////////////////////////////////////////////////////////////
                               HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Upcoming and Active rank below the two final statuses.
    function _rank(IIncomeShareSplitter.SaleStatus status) internal pure returns (uint256) {
        if (status == IIncomeShareSplitter.SaleStatus.Upcoming) return 0;
        if (status == IIncomeShareSplitter.SaleStatus.Active) return 1;
        return 2;
    }

    function _expectWrongStatus() internal {
        vm.expectRevert(
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongSaleStatus.selector, expectedStatus())
        );
    }

    /// @dev Pranks a buyer and expects the creator-only refusal of the next call.
    function _expectStranger(uint256 seed) internal {
        address stranger = _buyers[(seed / STRANGER_ODDS) % BUYER_COUNT];
        vm.expectRevert(abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, stranger));
        vm.prank(stranger);
    }

    function _noAllowance() internal pure returns (IIncomeShareSplitter.Allowance memory allowance) {
        return allowance;
    }
}
