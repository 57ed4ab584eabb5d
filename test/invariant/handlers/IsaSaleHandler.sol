// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
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
            _actors.push(buyer);
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
        address buyer = _actor(buyerSeed);
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
        address buyer = _actor(buyerSeed);
        if (_refused(ghostSold < softCap, Call.DeliverTokens, caller, buyer, _wrongStatus(), "deliverRefused")) return;
        uint256 owed = ghostUndelivered[buyer];
        if (_refused(owed == 0, Call.DeliverTokens, caller, buyer, _nothingToWithdraw(), "deliverNothing")) return;

        _assertPays(Call.DeliverTokens, caller, buyer, IERC20(address(token)), owed, "deliverTokens");
        ghostUndelivered[buyer] = 0;
        ghostUndeliveredTotal -= owed;
        ghostDelivered += owed;
        ++calls["deliverTokens"];
    }

    /// @notice After a failed sale a buyer takes back exactly what it paid, once, to any recipient; refused otherwise.
    function refund(uint256 buyerSeed, uint256 toSeed) external recordsStatus {
        address buyer = _actor(buyerSeed);
        address to = _recipients[toSeed % _recipients.length];
        bool notFailed = expectedStatus() != IIncomeShareSplitter.SaleStatus.Failed;
        if (_refused(notFailed, Call.Refund, buyer, to, _wrongStatus(), "refundRefused")) return;
        bool nothing = ghostPaid[buyer] == 0 || ghostRefunded[buyer];
        if (_refused(nothing, Call.Refund, buyer, to, _nothingToWithdraw(), "refundNothing")) return;

        uint256 paid = ghostPaid[buyer];
        _assertPays(Call.Refund, buyer, to, paymentAsset, paid, "refund");
        ghostRefunded[buyer] = true;
        ghostRefundedTotal += paid;
        ++calls["refund"];
    }

    /// @notice The creator withdraws every payment collected since the last withdrawal, once the window closed with
    /// the soft cap reached; before the window closes the payments stay (even past the soft cap or sold out), and
    /// anyone else, or the creator below the soft cap, is refused.
    function withdrawProceeds(uint256 callerSeed, uint256 toSeed) external recordsStatus {
        address to = _recipients[toSeed % _recipients.length];
        if (_refusedStranger(callerSeed, Call.WithdrawProceeds, to, "withdrawProceedsStranger")) return;
        Call call = Call.WithdrawProceeds;
        if (_refused(ghostSold < softCap, call, creator, to, _wrongStatus(), "withdrawProceedsRefused")) return;
        bytes memory locked =
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_ProceedsLocked.selector, saleEnd);
        if (_refused(block.timestamp < saleEnd, call, creator, to, locked, "withdrawProceedsLocked")) return;
        uint256 expected = ghostRaised - ghostProceedsWithdrawn;
        if (_refused(expected == 0, call, creator, to, _nothingToWithdraw(), "withdrawProceedsNothing")) return;

        _assertPays(call, creator, to, paymentAsset, expected, "withdrawProceeds");
        ghostProceedsWithdrawn += expected;
        ++calls["withdrawProceeds"];
    }

    /// @notice Once the sale is final the creator takes back the unsold tokens (every token after a failure, since
    /// buyers are refunded instead); anyone else, or the creator while the sale is open, is refused.
    function withdrawUnsold(uint256 callerSeed, uint256 toSeed) external recordsStatus {
        address to = _recipients[toSeed % _recipients.length];
        if (_refusedStranger(callerSeed, Call.WithdrawUnsold, to, "withdrawUnsoldStranger")) return;
        IIncomeShareSplitter.SaleStatus status = expectedStatus();
        bool failed = status == IIncomeShareSplitter.SaleStatus.Failed;
        bool open = status != IIncomeShareSplitter.SaleStatus.Succeeded && !failed;
        Call call = Call.WithdrawUnsold;
        if (_refused(open, call, creator, to, _wrongStatus(), "withdrawUnsoldRefused")) return;
        uint256 expected =
            failed ? tokensOffered - ghostUnsoldWithdrawn : tokensOffered - ghostSold - ghostUnsoldWithdrawn;
        if (_refused(expected == 0, call, creator, to, _nothingToWithdraw(), "withdrawUnsoldNothing")) return;

        _assertPays(call, creator, to, IERC20(address(token)), expected, "withdrawUnsold");
        ghostUnsoldWithdrawn += expected;
        ++calls[failed ? "withdrawUnsoldFailed" : "withdrawUnsold"];
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
            if (ghostPaid[_actors[i]] != 0 && !ghostRefunded[_actors[i]]) return false;
        }
        return true;
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

    /// @dev The splitter's calls that take one address (a buyer to deliver to, or a recipient) and return an amount.
    enum Call {
        DeliverTokens,
        Refund,
        WithdrawProceeds,
        WithdrawUnsold
    }

    /// @dev `caller` makes `call` with `arg`.
    function _call(Call call, address caller, address arg) internal returns (uint256) {
        vm.prank(caller);
        if (call == Call.DeliverTokens) return splitter.deliverTokens(arg);
        if (call == Call.Refund) return splitter.refund(arg);
        if (call == Call.WithdrawProceeds) return splitter.withdrawProceeds(arg);
        return splitter.withdrawUnsold(arg);
    }

    /// @dev When `refused`, `caller`'s `call` must revert with `err`; counts `action` then. Returns `refused`.
    function _refused(bool refused, Call call, address caller, address arg, bytes memory err, string memory action)
        internal
        returns (bool)
    {
        if (!refused) return false;
        vm.expectRevert(err);
        _call(call, caller, arg);
        ++calls[action];
        return true;
    }

    /// @dev One call in `STRANGER_ODDS`, a buyer makes the creator-only `call`, which must be refused.
    function _refusedStranger(uint256 seed, Call call, address to, string memory action) internal returns (bool) {
        address stranger = _actor(seed / STRANGER_ODDS);
        bytes memory err =
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, stranger);
        return _refused(seed % STRANGER_ODDS == 0, call, stranger, to, err, action);
    }

    /// @dev `caller`'s `call` returns `expected` and moves exactly that much `asset` to `to`.
    function _assertPays(Call call, address caller, address to, IERC20 asset, uint256 expected, string memory action)
        internal
    {
        uint256 before = asset.balanceOf(to);
        assertEq(_call(call, caller, to), expected, string.concat(action, ": amount != expected"));
        assertEq(asset.balanceOf(to) - before, expected, string.concat(action, ": recipient balance"));
    }

    function _wrongStatus() internal view returns (bytes memory) {
        return
            abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_WrongSaleStatus.selector, expectedStatus());
    }

    function _nothingToWithdraw() internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
    }

    function _noAllowance() internal pure returns (IIncomeShareSplitter.Allowance memory allowance) {
        return allowance;
    }
}
