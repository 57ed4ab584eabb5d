// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CreatorVesting} from "../../../contracts/CreatorVesting.sol";
import {PersonalToken} from "../../../contracts/PersonalToken.sol";
import {ICreatorVesting} from "../../../contracts/interfaces/ICreatorVesting.sol";
import {IPersonalToken} from "../../../contracts/interfaces/IPersonalToken.sol";
import {IPersonalTokenFactory} from "../../../contracts/interfaces/IPersonalTokenFactory.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Drives one launched {PersonalToken} and its {CreatorVesting} wallet with bounded, never-reverting actions,
/// and keeps an independent ledger (balances, burns, releases, donations, permit nonces, and the balances and supply
/// every token snapshot must answer) for the invariant suites to compare with on-chain state.
/// @dev Inputs are clamped with `_bound` (forge-std's `bound` without its per-call console log). Senders are picked
/// from the tracked accounts (never the vesting wallet); one transfer in `FRESH_RECIPIENT_ODDS` may pay a new address,
/// which is then tracked too, up to `MAX_ACCOUNTS`. Snapshots are taken through {snapshot} as the token's polls module
/// (zero: a launch without polls, and the action does nothing). A snapshot records the end of its second, so time only
/// moves through {warp}, which first records the ledger for a snapshot taken in the second being left.
contract TokenHandler is BaseHandler {
    /// @notice Most addresses the ledger follows (actors, launch recipients, vesting wallet, fresh recipients).
    uint256 public constant MAX_ACCOUNTS = 12;
    /// @notice Longest single time jump.
    uint256 public constant MAX_WARP = 60 days;
    /// @notice Longest permit deadline after the current timestamp.
    uint256 public constant MAX_PERMIT_DELAY = 30 days;
    /// @dev One transfer recipient in this many is a new address when the fuzzer offers a usable one.
    uint256 private constant FRESH_RECIPIENT_ODDS = 4;
    /// @dev New recipients must lie above this address: keeps precompiles and other system addresses out.
    uint160 private constant MIN_FRESH_ADDRESS = 0xffff;
    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    PersonalToken public immutable token;
    CreatorVesting public immutable vesting;
    /// @notice The creator: launch caller, vesting beneficiary.
    address public immutable beneficiary;
    /// @notice The token's polls module, the only account that may take snapshots (zero: none).
    address public immutable snapshotter;
    /// @notice Supply minted at launch.
    uint256 public immutable launchedSupply;
    /// @notice Tokens locked in the vesting wallet at launch.
    uint256 public immutable vestingAllocation;
    /// @notice Launch timestamp.
    uint64 public immutable launchedAt;
    /// @notice Expected schedule, from the launch parameters (not read back from the wallet).
    uint64 public immutable vestingStart;
    uint64 public immutable vestingCliffEnd;
    uint64 public immutable vestingEnd;

    address[] internal _accounts;
    address[] internal _keyedActors;
    mapping(address account => bool) public isTracked;
    mapping(address actor => uint256) internal _privateKeys;

    // Ghost ledger.
    mapping(address account => uint256) public ghostBalance;
    mapping(address owner => uint256) public ghostPermits;
    uint256 public ghostBurned;
    uint256 public ghostReleased;
    uint256 public ghostDonated;

    // Snapshots the token must keep answering: the ledger at the end of each snapshot's second.
    uint256[] internal _snapshotIds;
    /// @dev A snapshot taken in the current second, recorded by the next {warp} (zero: none).
    uint256 internal _pendingSnapshot;
    mapping(uint256 id => uint256) public ghostSupplyAt;
    mapping(uint256 id => mapping(address account => uint256)) public ghostBalanceAt;
    uint256 public releasesBeforeEnd;
    uint256 public releasesAfterEnd;

    /// @param token_ The launched token.
    /// @param vesting_ Its vesting wallet.
    /// @param creator The launch caller (vesting beneficiary).
    /// @param snapshotter_ The token's polls module (zero: snapshots are not exercised).
    /// @param launchedAt_ The launch timestamp.
    /// @param params The launch parameters the token was launched with.
    /// @param actorNames Names of the keyed actors (`makeAddrAndKey`), so permits can be signed; BaseTest's
    /// `makeAddr` actors keep their addresses.
    constructor(
        PersonalToken token_,
        CreatorVesting vesting_,
        address creator,
        address snapshotter_,
        uint64 launchedAt_,
        IPersonalTokenFactory.LaunchParams memory params,
        string[] memory actorNames
    ) {
        token = token_;
        vesting = vesting_;
        beneficiary = creator;
        snapshotter = snapshotter_;
        launchedSupply = params.totalSupply;
        vestingAllocation = params.vesting.amount;
        launchedAt = launchedAt_;
        vestingStart = launchedAt_;
        vestingCliffEnd = launchedAt_ + params.vesting.cliff;
        vestingEnd = launchedAt_ + params.vesting.duration;
        require(address(vesting_) != address(0) && params.vesting.amount != 0, "TokenHandler: launch without vesting");

        for (uint256 i; i < actorNames.length; ++i) {
            (address actor, uint256 key) = makeAddrAndKey(actorNames[i]);
            _privateKeys[actor] = key;
            _keyedActors.push(actor);
            _track(actor);
        }
        _track(address(vesting_));
        ghostBalance[address(vesting_)] = params.vesting.amount;
        for (uint256 i; i < params.allocations.length; ++i) {
            _track(params.allocations[i].recipient);
            ghostBalance[params.allocations[i].recipient] += params.allocations[i].amount;
        }
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice A tracked account sends part of its balance to a tracked account or a new one.
    function transfer(uint256 fromSeed, uint256 toSeed, address freshTo, uint256 amountSeed) external {
        (address from, uint256 amount) = _senderAndAmount(fromSeed, amountSeed);
        address to = _recipient(toSeed, freshTo);

        vm.prank(from);
        assertTrue(token.transfer(to, amount), "transfer returned false");

        _move(from, to, amount);
        ++calls["transfer"];
    }

    /// @notice Sending to the token contract itself must always be refused.
    function transferToToken(uint256 fromSeed, uint256 amountSeed) external {
        (address from, uint256 amount) = _senderAndAmount(fromSeed, amountSeed);

        vm.prank(from);
        vm.expectRevert(IPersonalToken.PersonalToken_TransferToToken.selector);
        // forge-lint: disable-next-line(erc20-unchecked-transfer) -- expected to revert: there is no return value
        token.transfer(address(token), amount);

        ++calls["transferToToken"];
    }

    /// @notice The owner approves `amount + headroom`; the spender moves `amount` and exactly `headroom` is left.
    function transferFrom(
        uint256 ownerSeed,
        uint256 spenderSeed,
        uint256 toSeed,
        address freshTo,
        uint256 amountSeed,
        uint256 headroom
    ) external {
        (address owner, uint256 amount) = _senderAndAmount(ownerSeed, amountSeed);
        address spender = _sender(spenderSeed);
        address to = _recipient(toSeed, freshTo);
        headroom = _bound(headroom, 0, launchedSupply);

        vm.prank(owner);
        token.approve(spender, amount + headroom);
        vm.prank(spender);
        assertTrue(token.transferFrom(owner, to, amount), "transferFrom returned false");
        assertEq(token.allowance(owner, spender), headroom, "transferFrom: allowance not spent exactly");

        _move(owner, to, amount);
        ++calls["transferFrom"];
    }

    /// @notice A holder burns part of its balance.
    function burn(uint256 fromSeed, uint256 amountSeed) external {
        (address from, uint256 amount) = _senderAndAmount(fromSeed, amountSeed);

        vm.prank(from);
        token.burn(amount);

        ghostBalance[from] -= amount;
        ghostBurned += amount;
        ++calls["burn"];
    }

    /// @notice The owner approves `amount + headroom`; the spender burns `amount` and exactly `headroom` is left.
    function burnFrom(uint256 ownerSeed, uint256 spenderSeed, uint256 amountSeed, uint256 headroom) external {
        (address owner, uint256 amount) = _senderAndAmount(ownerSeed, amountSeed);
        address spender = _sender(spenderSeed);
        headroom = _bound(headroom, 0, launchedSupply);

        vm.prank(owner);
        token.approve(spender, amount + headroom);
        vm.prank(spender);
        token.burnFrom(owner, amount);
        assertEq(token.allowance(owner, spender), headroom, "burnFrom: allowance not spent exactly");

        ghostBalance[owner] -= amount;
        ghostBurned += amount;
        ++calls["burnFrom"];
    }

    /// @notice A keyed actor signs a permit, anyone relays it, and the spender spends all of it.
    function permit(
        uint256 ownerSeed,
        uint256 spenderSeed,
        uint256 toSeed,
        address freshTo,
        uint256 amount,
        uint256 deadlineDelay
    ) external {
        address owner = _keyedActors[ownerSeed % _keyedActors.length];
        address spender = _sender(spenderSeed);
        address to = _recipient(toSeed, freshTo);
        amount = _bound(amount, 0, ghostBalance[owner]);
        uint256 deadline = block.timestamp + _bound(deadlineDelay, 0, MAX_PERMIT_DELAY);

        _permit(owner, spender, _sender(ownerSeed / _keyedActors.length), amount, deadline);
        vm.prank(spender);
        assertTrue(token.transferFrom(owner, to, amount), "transferFrom after permit returned false");
        assertEq(token.allowance(owner, spender), 0, "permit: allowance not spent");

        ++ghostPermits[owner];
        _move(owner, to, amount);
        ++calls["permit"];
    }

    /// @notice The polls module asks for a snapshot: a new one unless the latest is under a day old.
    function snapshot() external {
        if (snapshotter == address(0)) return;
        (uint256 latest,) = token.latestSnapshot();
        vm.prank(snapshotter);
        (uint256 id, uint256 time) = token.snapshot();
        if (id == latest) {
            assertLt(block.timestamp, time + token.SNAPSHOT_INTERVAL(), "snapshot: reused after the interval");
            ++calls["snapshotReused"];
            return;
        }
        assertEq(id, latest + 1, "snapshot: ids not consecutive");
        assertEq(time, block.timestamp, "snapshot: not taken now");
        _pendingSnapshot = id;
        ++calls["snapshot"];
    }

    /// @notice Moves time forward, after recording the ledger for a snapshot taken in the second being left.
    function warp(uint256 seconds_) external {
        _recordSnapshot();
        _warpBy(seconds_, 1, MAX_WARP);
    }

    /// @notice Anyone triggers a release. With nothing releasable by the schedule (before the cliff, or everything
    /// already out) it must revert with {ICreatorVesting.CreatorVesting_NothingToRelease}; otherwise it must pay
    /// exactly what the schedule says to the beneficiary.
    function release(uint256 callerSeed) external {
        address caller = _sender(callerSeed);
        uint256 time = block.timestamp;
        uint256 expected = expectedVested(time) - ghostReleased;

        if (expected == 0) {
            vm.prank(caller);
            vm.expectRevert(ICreatorVesting.CreatorVesting_NothingToRelease.selector);
            vesting.release();
            ++calls["releaseRefused"];
            return;
        }

        vm.prank(caller);
        uint256 amount = vesting.release();
        assertEq(amount, expected, "release: amount differs from schedule");

        ghostReleased += amount;
        _move(address(vesting), beneficiary, amount);
        ++calls["release"];
        if (time < vestingEnd) ++releasesBeforeEnd;
        else ++releasesAfterEnd;
    }

    /// @notice A holder sends tokens to the vesting wallet; they vest on the same schedule.
    function donate(uint256 fromSeed, uint256 amountSeed) external {
        (address from, uint256 amount) = _senderAndAmount(fromSeed, amountSeed);

        vm.prank(from);
        assertTrue(token.transfer(address(vesting), amount), "donation returned false");

        _move(from, address(vesting), amount);
        ghostDonated += amount;
        ++calls["donate"];
    }

    /*//////////////////////////////////////////////////////////////
                           EXPECTED STATE
    //////////////////////////////////////////////////////////////*/

    /// @notice Every tracked account, vesting wallet included.
    function accounts() external view returns (address[] memory) {
        return _accounts;
    }

    /// @notice Every snapshot that is final (its second has ended), oldest first.
    function snapshotIds() external view returns (uint256[] memory) {
        return _snapshotIds;
    }

    /// @notice Ledger balance of every tracked account, in {accounts} order.
    function ghostBalances() external view returns (uint256[] memory balances) {
        uint256 length = _accounts.length;
        balances = new uint256[](length);
        for (uint256 i; i < length; ++i) {
            balances[i] = ghostBalance[_accounts[i]];
        }
    }

    /// @notice Balance of every tracked account, in {accounts} order, at snapshot `id` (zero for accounts tracked
    /// later: they held nothing then).
    function ghostBalancesAt(uint256 id) external view returns (uint256[] memory balances) {
        uint256 length = _accounts.length;
        balances = new uint256[](length);
        for (uint256 i; i < length; ++i) {
            balances[i] = ghostBalanceAt[id][_accounts[i]];
        }
    }

    /// @notice Locked at launch plus everything donated since.
    function vestingTotal() public view returns (uint256) {
        return vestingAllocation + ghostDonated;
    }

    /// @notice The schedule, from the launch parameters: nothing before the cliff, linear from the start, all at the
    /// end.
    function expectedVested(uint256 timestamp) public view returns (uint256) {
        if (timestamp < vestingCliffEnd) return 0;
        if (timestamp >= vestingEnd) return vestingTotal();
        return vestingTotal() * (timestamp - vestingStart) / (vestingEnd - vestingStart);
    }

    /*//////////////////////////////////////////////////////////////
                               HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Any tracked account but the vesting wallet (which has no key and never moves tokens itself).
    function _sender(uint256 seed) internal view returns (address account) {
        uint256 length = _accounts.length;
        uint256 index = seed % length;
        account = _accounts[index];
        if (account == address(vesting)) account = _accounts[(index + 1) % length];
    }

    /// @dev A sender picked by `seed` ({_sender}) and `amount` bounded to what the ledger says it holds.
    function _senderAndAmount(uint256 seed, uint256 amount) internal view returns (address account, uint256 bounded) {
        account = _sender(seed);
        bounded = _bound(amount, 0, ghostBalance[account]);
    }

    /// @dev A tracked sender, or now and then `freshTo` if it can hold and move tokens like an EOA.
    function _recipient(uint256 seed, address freshTo) internal returns (address) {
        if (
            seed % FRESH_RECIPIENT_ODDS == 0 && _accounts.length < MAX_ACCOUNTS && uint160(freshTo) > MIN_FRESH_ADDRESS
                && freshTo.code.length == 0 && freshTo != VM_ADDRESS && freshTo != CONSOLE
        ) {
            _track(freshTo);
            return freshTo;
        }
        return _sender(seed / FRESH_RECIPIENT_ODDS);
    }

    function _track(address account) internal {
        if (isTracked[account]) return;
        isTracked[account] = true;
        _accounts.push(account);
    }

    function _move(address from, address to, uint256 amount) internal {
        ghostBalance[from] -= amount;
        ghostBalance[to] += amount;
    }

    /// @dev Signs with the ledger's nonce, not the token's: a nonce that drifted makes the permit revert.
    function _permit(address owner, address spender, address relayer, uint256 amount, uint256 deadline) internal {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, amount, ghostPermits[owner], deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(_privateKeys[owner], digest);

        vm.prank(relayer);
        token.permit(owner, spender, amount, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), amount, "permit: allowance not set");
    }

    /// @dev The ledger as the second ends, for a snapshot taken in it.
    function _recordSnapshot() internal {
        uint256 id = _pendingSnapshot;
        if (id == 0) return;
        _pendingSnapshot = 0;
        _snapshotIds.push(id);
        ghostSupplyAt[id] = launchedSupply - ghostBurned;
        uint256 length = _accounts.length;
        for (uint256 i; i < length; ++i) {
            ghostBalanceAt[id][_accounts[i]] = ghostBalance[_accounts[i]];
        }
    }
}
