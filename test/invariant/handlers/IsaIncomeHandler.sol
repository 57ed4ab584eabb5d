// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IIncomeShareSplitter} from "../../../contracts/interfaces/IIncomeShareSplitter.sol";
import {IncomeShareSplitter} from "../../../contracts/modules/IncomeShareSplitter.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @dev The test tokens' open mint ({MockERC20}, {FeeOnTransferToken}).
interface IMintable {
    function mint(address to, uint256 amount) external;
}

/// @notice Drives the income side of one {IncomeShareSplitter} whose sale already succeeded: the creator pays income
/// against periods and reports them, anyone distributes listed assets (from 1 unit to millions of whole units), holders claim
/// random subsets of assets to themselves or others, shares move between holders when the terms allow it, assets
/// arrive by plain transfer (or forced ETH) and are then distributed as surplus, and time passes. It keeps an
/// independent ledger for the invariant suite: what arrived per asset, what each holder claimed, and each holder's
/// exact pro-rata entitlement, accumulated per payment in 1e36-scaled units from the ledger's own share counts.
/// @dev Payout assets are fixed at construction and listed there by the creator (one small payment each); a second,
/// never-listed token checks that nobody else can list an asset and that claims skip it. Every action decides from the
/// ledger whether the call must succeed and asserts the exact revert when it must not, so the fuzzer never sees a
/// revert. Holders (and therefore every possible share owner) are a fixed list: buyers, then accounts that start
/// without shares and can only get them by transfer.
contract IsaIncomeHandler is BaseHandler {
    /// @notice The splitter's accumulator scale (restated, not read back).
    uint256 public constant SCALE = 1e36;
    /// @notice Longest single time jump: a run reaches the first periods' ends, so reports succeed and are refused.
    uint256 public constant MAX_WARP = 60 days;
    /// @notice Largest value declared for a payment in another asset, and largest gross income reported.
    uint256 public constant MAX_VALUE = 1e15;
    uint256 private constant BPS = 10_000;
    /// @dev One payIncome in this many is attempted by someone other than the creator (and must be refused).
    uint256 private constant STRANGER_ODDS = 6;

    /// @notice What the handler is built for.
    /// @param splitter A splitter whose sale succeeded, with proceeds withdrawn (so it holds no sale funds).
    /// @param terms The terms it was launched with.
    /// @param creator Its creator.
    /// @param assets Payout assets to list (address(0) for ETH); the first is the payment asset.
    /// @param maxExponents Largest payment per asset, as a power of ten of its units.
    /// @param feeToken The fee-on-transfer asset among `assets` (its recipients get `amount - fee`).
    /// @param feeBps Its fee.
    /// @param unlisted A token that is never listed.
    /// @param holders Every account that may hold shares.
    struct Config {
        IncomeShareSplitter splitter;
        IIncomeShareSplitter.Terms terms;
        address creator;
        address[] assets;
        uint256[] maxExponents;
        address feeToken;
        uint256 feeBps;
        address unlisted;
        address[] holders;
    }

    /// @notice One payout asset's books: the splitter's totals and balance, and the ledger's.
    struct AssetBooks {
        uint256 received;
        uint256 claimed;
        uint256 balance;
        uint256 paidIn;
        uint256 claimedTotal;
        uint256 claimedByHolders;
        uint256 surplus;
    }

    IncomeShareSplitter public immutable splitter;
    address public immutable creator;
    address public immutable paymentAsset;
    address public immutable feeToken;
    uint256 public immutable feeBps;
    address public immutable unlisted;
    bool public immutable transferable;
    uint256 public immutable totalShares;
    uint256 public immutable shareBps;
    uint256 public immutable termStart;
    uint256 public immutable termEnd;
    uint256 public immutable periodLength;
    uint256 public immutable periodCount;

    address[] internal _assets;
    mapping(address asset => uint256) public maxExponent;
    address[] internal _holders;
    /// @dev Payers: the creator first, then some holders and an outsider.
    address[] internal _payers;
    /// @dev Claim recipients: the holders and an account that never holds shares.
    address[] internal _recipients;
    address internal immutable _donor;

    // Ghost ledger, per asset.
    mapping(address asset => uint256) public ghostPaidIn;
    mapping(address asset => uint256) public ghostClaimedTotal;
    /// @notice Arrived outside {distribute} and {payIncome}, not yet credited by {distributeSurplus}.
    mapping(address asset => uint256) public ghostSurplus;
    mapping(address asset => mapping(address holder => uint256)) public ghostClaimed;
    /// @notice Sum over payments of `received * shares / totalShares`, scaled by 1e36 and rounded up per payment.
    mapping(address asset => mapping(address holder => uint256)) public ghostEntitledScaledUp;
    /// @notice The same, rounded down per payment.
    mapping(address asset => mapping(address holder => uint256)) public ghostEntitledScaledDown;

    // Ghost ledger, shares and periods.
    mapping(address holder => uint256) public ghostShares;
    uint256 public ghostTotalPaid;
    mapping(uint256 period => uint256) public ghostPeriodPaid;
    mapping(uint256 period => uint256) public ghostPeriodDeclared;
    mapping(uint256 period => bool) public ghostReported;
    mapping(uint256 period => uint256) public ghostGrossIncome;
    mapping(uint256 period => bytes32) public ghostEvidenceHash;

    constructor(Config memory config) {
        splitter = config.splitter;
        creator = config.creator;
        paymentAsset = config.terms.paymentAsset;
        feeToken = config.feeToken;
        feeBps = config.feeBps;
        unlisted = config.unlisted;
        transferable = config.terms.transferableShares;
        shareBps = config.terms.shareBps;
        termStart = config.terms.termStart;
        termEnd = config.terms.termEnd;
        periodLength = config.terms.periodLength;
        periodCount = Math.ceilDiv(termEnd - termStart, periodLength);
        totalShares = config.splitter.tokensSold();
        _donor = makeAddr("donor");

        _payers.push(config.creator);
        for (uint256 i; i < config.holders.length; ++i) {
            address holder = config.holders[i];
            _holders.push(holder);
            _recipients.push(holder);
            // Starting shares come from the sale, which the sale suite checks; from here on the ledger keeps them.
            ghostShares[holder] = config.splitter.sharesOf(holder);
            if (i % 3 == 0) _payers.push(holder);
        }
        _payers.push(makeAddr("payer"));
        _recipients.push(makeAddr("receiver"));

        for (uint256 i; i < config.assets.length; ++i) {
            address asset = config.assets[i];
            _assets.push(asset);
            maxExponent[asset] = config.maxExponents[i];
            // The creator lists the asset with a first payment.
            _pay(config.creator, asset, 10 ** (config.maxExponents[i] / 2), false, 0, 0);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Anyone pays a listed asset to the holders, from 1 unit up to `10 ** maxExponent`; paying an unlisted
    /// asset is refused to everyone but the creator.
    function distribute(uint256 payerSeed, uint256 assetSeed, uint256 magnitude, uint256 amount) external {
        address payer = _payers[payerSeed % _payers.length];
        uint256 index = assetSeed % (_assets.length + 1);
        if (index == _assets.length) {
            if (payer == creator) payer = _payers[1 + payerSeed % (_payers.length - 1)];
            amount = _bound(amount, 1, 1 ether);
            _fund(payer, unlisted, amount);
            vm.expectRevert(
                abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AssetNotAccepted.selector, unlisted)
            );
            vm.prank(payer);
            splitter.distribute(unlisted, amount);
            ++calls["distributeUnlisted"];
            return;
        }
        address asset = _assets[index];
        amount = _amount(asset, magnitude, amount);
        _pay(payer, asset, amount, false, 0, 0);
        ++calls[amount == 1 ? "distributeOneUnit" : "distribute"];
    }

    /// @notice The creator pays income against a period, at a declared value (the received amount when paid in the
    /// payment asset); anyone else, or an unknown period, is refused.
    function payIncome(
        uint256 callerSeed,
        uint256 periodSeed,
        uint256 assetSeed,
        uint256 magnitude,
        uint256 amount,
        uint256 value
    ) external {
        uint256 period = periodSeed % (periodCount + 1);
        address asset = _assets[assetSeed % _assets.length];
        amount = _amount(asset, magnitude, amount);
        value = _bound(value, 0, MAX_VALUE);

        if (callerSeed % STRANGER_ODDS == 0) {
            address stranger = _payers[1 + callerSeed / STRANGER_ODDS % (_payers.length - 1)];
            _fund(stranger, asset, amount);
            vm.expectRevert(
                abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_NotCreator.selector, stranger)
            );
            vm.prank(stranger);
            splitter.payIncome{value: asset == address(0) ? amount : 0}(period, asset, amount, value);
            ++calls["payIncomeStranger"];
            return;
        }
        if (period == periodCount) {
            _fund(creator, asset, amount);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IIncomeShareSplitter.IncomeShareSplitter_UnknownPeriod.selector, period, periodCount
                )
            );
            vm.prank(creator);
            splitter.payIncome{value: asset == address(0) ? amount : 0}(period, asset, amount, value);
            ++calls["payIncomeUnknownPeriod"];
            return;
        }
        _pay(creator, asset, amount, true, period, value);
        ++calls["payIncome"];
    }

    /// @notice The creator reports a period's gross income once it ended; early, repeated or unknown reports are
    /// refused. Half the time the period is one that already ended (if any), so reports do land.
    function report(uint256 periodSeed, uint256 grossIncome, bytes32 evidenceHash) external {
        uint256 ended = _endedPeriods();
        uint256 period = ended != 0 && periodSeed % 2 == 0 ? periodSeed / 2 % ended : periodSeed % (periodCount + 1);
        grossIncome = _bound(grossIncome, 0, MAX_VALUE);
        string memory uri = "ipfs://evidence";
        if (period == periodCount) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IIncomeShareSplitter.IncomeShareSplitter_UnknownPeriod.selector, period, periodCount
                )
            );
            ++calls["reportUnknownPeriod"];
        } else if (block.timestamp < periodEnd(period)) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IIncomeShareSplitter.IncomeShareSplitter_PeriodNotEnded.selector, period, periodEnd(period)
                )
            );
            ++calls["reportEarly"];
        } else if (ghostReported[period]) {
            vm.expectRevert(
                abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AlreadyReported.selector, period)
            );
            ++calls["reportAgain"];
        } else {
            ghostReported[period] = true;
            ghostGrossIncome[period] = grossIncome;
            ghostEvidenceHash[period] = evidenceHash;
            ++calls["report"];
        }
        vm.prank(creator);
        splitter.report(period, grossIncome, uri, evidenceHash);
    }

    /// @notice A holder claims a subset of the payout assets (perhaps with the unlisted token, perhaps with an asset
    /// twice) to itself (half the time) or anyone: it must get exactly what {IIncomeShareSplitter.claimable} said for each
    /// listed asset, once; with nothing to claim the call is refused.
    /// @param assetMask Bit `i` picks payout asset `i`, the next bit the unlisted token, the next one repeats the first
    /// pick at the end.
    function claim(uint256 holderSeed, uint256 assetMask, uint256 toSeed) external {
        address holder = _holders[holderSeed % _holders.length];
        address to = toSeed % 2 == 0 ? holder : _recipients[toSeed / 2 % _recipients.length];
        address[] memory list = _claimList(assetMask);
        uint256[] memory expected = new uint256[](list.length);
        bool any;
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == unlisted || (i != 0 && list[i] == list[0])) continue;
            expected[i] = splitter.claimable(holder, list[i]);
            if (expected[i] != 0) any = true;
        }
        if (!any) {
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
            vm.prank(holder);
            splitter.claim(list, to);
            ++calls["claimNothing"];
            return;
        }

        uint256[] memory heldBefore = new uint256[](list.length);
        uint256[] memory toBefore = new uint256[](list.length);
        for (uint256 i; i < list.length; ++i) {
            heldBefore[i] = _balance(list[i], address(splitter));
            toBefore[i] = _balance(list[i], to);
        }
        vm.prank(holder);
        uint256[] memory amounts = splitter.claim(list, to);
        assertEq(amounts.length, list.length, "claim: amounts length");
        for (uint256 i; i < list.length; ++i) {
            assertEq(amounts[i], expected[i], "claim: amount != claimable");
            if (expected[i] == 0) continue;
            address asset = list[i];
            assertEq(heldBefore[i] - _balance(asset, address(splitter)), amounts[i], "claim: splitter balance");
            assertEq(_balance(asset, to) - toBefore[i], _afterFee(asset, amounts[i]), "claim: recipient balance");
            ghostClaimed[asset][holder] += amounts[i];
            ghostClaimedTotal[asset] += amounts[i];
        }
        ++calls[to == holder ? "claim" : "claimToOther"];
    }

    /// @notice A holder moves shares to a holder (perhaps itself): what either had accrued stays claimable as it was.
    /// Refused when shares are not transferable or the holder has too few.
    function transferShares(uint256 fromSeed, uint256 toSeed, uint256 shares) external {
        address from = _holders[fromSeed % _holders.length];
        address to = _holders[toSeed % _holders.length];
        if (!transferable) {
            shares = _bound(shares, 1, totalShares);
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_SharesNotTransferable.selector);
            vm.prank(from);
            splitter.transferShares(to, shares);
            ++calls["transferSharesRefused"];
            return;
        }
        uint256 held = ghostShares[from];
        if (held == 0) {
            shares = _bound(shares, 1, totalShares);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IIncomeShareSplitter.IncomeShareSplitter_InsufficientShares.selector, uint256(0), shares
                )
            );
            vm.prank(from);
            splitter.transferShares(to, shares);
            ++calls["transferSharesNone"];
            return;
        }

        shares = _bound(shares, 1, held);
        uint256[] memory fromBefore = _claimables(from);
        uint256[] memory toBefore = _claimables(to);
        vm.prank(from);
        splitter.transferShares(to, shares);
        assertEq(_claimables(from), fromBefore, "transferShares: sender's accrual moved");
        assertEq(_claimables(to), toBefore, "transferShares: recipient's accrual moved");

        ghostShares[from] -= shares;
        ghostShares[to] += shares;
        ++calls[shares == held ? "transferSharesAll" : "transferShares"];
    }

    /// @notice An asset arrives without {distribute}: a plain transfer, or ETH forced in (the splitter has no
    /// `receive`; a self-destruct or a block reward still gets ETH in).
    function donate(uint256 assetSeed, uint256 magnitude, uint256 amount) external {
        address asset = _assets[assetSeed % _assets.length];
        amount = _amount(asset, magnitude, amount);
        uint256 before = _balance(asset, address(splitter));
        if (asset == address(0)) {
            vm.deal(address(splitter), before + amount);
        } else {
            IMintable(asset).mint(_donor, amount);
            vm.prank(_donor);
            assertTrue(IERC20(asset).transfer(address(splitter), amount), "donate: transfer returned false");
        }
        ghostSurplus[asset] += _balance(asset, address(splitter)) - before;
        ++calls["donate"];
    }

    /// @notice Anyone credits what arrived outside {distribute}: exactly the surplus, once; refused with no surplus
    /// or for an unlisted asset.
    function distributeSurplus(uint256 callerSeed, uint256 assetSeed) external {
        address caller = _recipients[callerSeed % _recipients.length];
        uint256 index = assetSeed % (_assets.length + 1);
        address asset = index == _assets.length ? unlisted : _assets[index];
        uint256 surplus = ghostSurplus[asset];
        if (asset == unlisted) {
            vm.expectRevert(
                abi.encodeWithSelector(IIncomeShareSplitter.IncomeShareSplitter_AssetNotAccepted.selector, unlisted)
            );
            ++calls["distributeSurplusUnlisted"];
        } else if (surplus == 0) {
            vm.expectRevert(IIncomeShareSplitter.IncomeShareSplitter_NothingToWithdraw.selector);
            ++calls["distributeSurplusNothing"];
        }
        vm.prank(caller);
        if (asset == unlisted || surplus == 0) {
            splitter.distributeSurplus(asset);
            return;
        }
        assertEq(splitter.distributeSurplus(asset), surplus, "distributeSurplus: credited != surplus");
        ghostSurplus[asset] = 0;
        _credit(asset, surplus);
        ++calls["distributeSurplus"];
    }

    /// @notice Moves time forward.
    function warp(uint256 seconds_) external {
        _warpBy(seconds_, 1, MAX_WARP);
    }

    /*//////////////////////////////////////////////////////////////
                                VIEWS
    //////////////////////////////////////////////////////////////*/

    function assets() external view returns (address[] memory) {
        return _assets;
    }

    /// @notice First second after `period`.
    function periodEnd(uint256 period) public view returns (uint256) {
        return Math.min(termStart + (period + 1) * periodLength, termEnd);
    }

    /// @notice The splitter's books for `asset` next to the ledger's.
    function assetBooks(address asset) external view returns (AssetBooks memory books) {
        (books.received, books.claimed) = splitter.assetTotals(asset);
        books.balance = _balance(asset, address(splitter));
        books.paidIn = ghostPaidIn[asset];
        books.claimedTotal = ghostClaimedTotal[asset];
        books.surplus = ghostSurplus[asset];
        for (uint256 i; i < _holders.length; ++i) {
            books.claimedByHolders += ghostClaimed[asset][_holders[i]];
        }
    }

    /// @notice What all holders together can claim of `asset` now.
    function claimableSum(address asset) external view returns (uint256 sum) {
        for (uint256 i; i < _holders.length; ++i) {
            sum += splitter.claimable(_holders[i], asset);
        }
    }

    /// @notice Per holder, in {holders} order: what it has had of `asset` (claimed by the ledger plus claimable now)
    /// and the bounds its exact pro-rata entitlement sets. `high` is the entitlement rounded up; `low` is it rounded
    /// down, minus one unit: the accumulator rounds each share's amount per payment down by less than 1e-36 and a
    /// holder's checkpoint between two payments up or down by less than `shares / 1e36` units, so what a holder has
    /// had is within a unit of its exact entitlement.
    function holderBooks(address asset)
        external
        view
        returns (uint256[] memory had, uint256[] memory low, uint256[] memory high)
    {
        uint256 length = _holders.length;
        had = new uint256[](length);
        low = new uint256[](length);
        high = new uint256[](length);
        for (uint256 i; i < length; ++i) {
            address holder = _holders[i];
            had[i] = ghostClaimed[asset][holder] + splitter.claimable(holder, asset);
            uint256 floor = ghostEntitledScaledDown[asset][holder] / SCALE;
            low[i] = floor == 0 ? 0 : floor - 1;
            high[i] = Math.ceilDiv(ghostEntitledScaledUp[asset][holder], SCALE);
        }
    }

    /// @notice Per holder, in {holders} order: its shares on chain and by the ledger.
    function shareBooks() external view returns (uint256[] memory shares, uint256[] memory expected) {
        uint256 length = _holders.length;
        shares = new uint256[](length);
        expected = new uint256[](length);
        for (uint256 i; i < length; ++i) {
            shares[i] = splitter.sharesOf(_holders[i]);
            expected[i] = ghostShares[_holders[i]];
        }
    }

    /// @notice Per period, the record the ledger expects (only the fields the handler drives).
    function expectedPeriods() external view returns (IIncomeShareSplitter.PeriodRecord[] memory records) {
        records = new IIncomeShareSplitter.PeriodRecord[](periodCount);
        for (uint256 p; p < periodCount; ++p) {
            records[p].reported = ghostReported[p];
            records[p].grossIncome = ghostGrossIncome[p];
            records[p].owed = ghostGrossIncome[p] * shareBps / BPS;
            records[p].paid = ghostPeriodPaid[p];
            records[p].declaredValue = ghostPeriodDeclared[p];
            records[p].evidenceHash = ghostEvidenceHash[p];
        }
    }

    /*//////////////////////////////////////////////////////////////
                               HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Funds `payer`, pays in through {distribute} or {payIncome}, and checks that what was credited is what
    /// arrived.
    function _pay(address payer, address asset, uint256 amount, bool againstPeriod, uint256 period, uint256 value)
        internal
    {
        _fund(payer, asset, amount);
        uint256 before = _balance(asset, address(splitter));
        uint256 ethValue = asset == address(0) ? amount : 0;
        vm.prank(payer);
        uint256 received = againstPeriod
            ? splitter.payIncome{value: ethValue}(period, asset, amount, value)
            : splitter.distribute{value: ethValue}(asset, amount);
        uint256 arrived = _balance(asset, address(splitter)) - before;
        assertEq(received, arrived, "pay in: credited != arrived");
        assertEq(arrived, _afterFee(asset, amount), "pay in: arrived != amount - fee");
        if (againstPeriod) {
            // Only the payment asset counts as paid; other assets' declared value is recorded apart.
            if (asset == paymentAsset) {
                ghostPeriodPaid[period] += received;
                ghostTotalPaid += received;
            } else {
                ghostPeriodDeclared[period] += value;
            }
        }
        _credit(asset, received);
    }

    /// @dev Adds each holder's exact pro-rata part of `received`, at the ledger's share counts, in scaled units.
    function _credit(address asset, uint256 received) internal {
        ghostPaidIn[asset] += received;
        for (uint256 i; i < _holders.length; ++i) {
            address holder = _holders[i];
            uint256 shares = ghostShares[holder];
            if (shares == 0) continue;
            ghostEntitledScaledUp[
                asset
            ][holder] += Math.mulDiv(received * shares, SCALE, totalShares, Math.Rounding.Ceil);
            ghostEntitledScaledDown[asset][holder] += Math.mulDiv(received * shares, SCALE, totalShares);
        }
    }

    /// @dev Periods whose end has passed (they come in order).
    function _endedPeriods() internal view returns (uint256 ended) {
        while (ended < periodCount && periodEnd(ended) <= block.timestamp) ++ended;
    }

    function _fund(address payer, address asset, uint256 amount) internal {
        if (asset == address(0)) {
            vm.deal(payer, payer.balance + amount);
            return;
        }
        IMintable(asset).mint(payer, amount);
        vm.prank(payer);
        IERC20(asset).approve(address(splitter), amount);
    }

    /// @dev 1 unit up to `10 ** magnitude` units, `magnitude` up to the asset's largest exponent.
    function _amount(address asset, uint256 magnitude, uint256 amount) internal view returns (uint256) {
        return _bound(amount, 1, 10 ** _bound(magnitude, 0, maxExponent[asset]));
    }

    function _claimList(uint256 mask) internal view returns (address[] memory list) {
        uint256 count = _assets.length;
        list = new address[](count + 2);
        uint256 length;
        for (uint256 i; i <= count; ++i) {
            if ((mask >> i) & 1 == 0) continue;
            list[length++] = i == count ? unlisted : _assets[i];
        }
        if (length != 0 && (mask >> (count + 1)) & 1 == 1) list[length++] = list[0];
        // Trim to the picks.
        assembly ("memory-safe") {
            mstore(list, length)
        }
    }

    function _claimables(address holder) internal view returns (uint256[] memory amounts) {
        amounts = new uint256[](_assets.length);
        for (uint256 i; i < _assets.length; ++i) {
            amounts[i] = splitter.claimable(holder, _assets[i]);
        }
    }

    function _balance(address asset, address account) internal view returns (uint256) {
        return asset == address(0) ? account.balance : IERC20(asset).balanceOf(account);
    }

    /// @dev What a transfer of `amount` delivers.
    function _afterFee(address asset, uint256 amount) internal view returns (uint256) {
        return asset == feeToken ? amount - amount * feeBps / BPS : amount;
    }
}
