// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {ITimeEscrow} from "../../contracts/interfaces/ITimeEscrow.sol";
import {TimeEscrow} from "../../contracts/modules/TimeEscrow.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {EscrowBaseTest} from "../utils/EscrowBaseTest.sol";

/// @notice Time-escrow gas: every step of a request's lifecycle on the default escrow (an arbiter, one offer of 25,000
/// ALEX an hour paid to the creator), alice requesting two hours. Figures land in `snapshots/TimeEscrowBenchmark.json`
/// (run `pnpm gas`).
///
/// Beside them, in the same run: the floor under each step (the ERC-20 moves it cannot avoid: `transferFrom` into a
/// fresh escrow for a request, `transfer` out for a payout) and the OZ 4.9 `Escrow` anchor deployed from its npm
/// artifact (an owner-run ETH escrow: `deposit(payee)` / `withdraw(payee)`, with no schedule, no deadlines, no
/// dispute and no per-request record, so it bounds the cost of the bookkeeping we add rather than matching features).
/// @dev One measurement per test so every one starts from the same cold state; the gas profile runs with
/// `isolate = true`, so every measured call is its own transaction and includes the 21,000 base. Setup is never
/// measured; each test ends by checking the measured call did what it should.
contract TimeEscrowBenchmark is EscrowBaseTest {
    string internal constant GROUP = "TimeEscrowBenchmark";
    uint32 internal constant UNITS = 2;
    uint256 internal constant AMOUNT = HOUR_PRICE * UNITS;
    bytes32 internal constant NOTE = keccak256("Token design review");
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    string internal constant ANCHOR_ARTIFACT = "node_modules/@openzeppelin/contracts-v4/build/contracts/Escrow.json";
    /// @dev Accepted sessions start one day after acceptance.
    uint64 internal constant LEAD = 1 days;

    PersonalToken internal token;
    TimeEscrow internal escrow;

    function setUp() public override {
        super.setUp();
        (token, escrow) = _launchDefaultEscrow();
    }

    // ---------------------------------------------------------------- helpers (never measured)

    function _approve() internal {
        vm.prank(alice);
        token.approve(address(escrow), AMOUNT);
    }

    function _requested() internal returns (uint256 id) {
        _approve();
        vm.prank(alice);
        id = escrow.request(0, UNITS, NOTE);
    }

    function _accepted() internal returns (uint256 id, uint64 scheduledAt) {
        id = _requested();
        scheduledAt = uint64(block.timestamp) + LEAD;
        _actOn(escrow, Action.Accept, creator, id, scheduledAt, 0);
    }

    /// @dev Delivered at the end of the session.
    function _delivered() internal returns (uint256 id) {
        uint64 scheduledAt;
        (id, scheduledAt) = _accepted();
        vm.warp(scheduledAt + UNITS * HOUR);
        _actOn(escrow, Action.MarkDelivered, creator, id, 0, 0);
    }

    function _disputed() internal returns (uint256 id) {
        id = _delivered();
        vm.warp(block.timestamp + 1 days);
        _actOn(escrow, Action.Dispute, alice, id, 0, 0);
    }

    function _status(uint256 id) internal view returns (ITimeEscrow.Status) {
        return escrow.getRequest(id).status;
    }

    /// @dev `caller`'s `action` on request `id` (see {_actOn}), measured under `key`; it must leave the request in
    /// `status`.
    function _measure(
        Action action,
        address caller,
        uint256 id,
        uint64 scheduledAt,
        uint256 toCreator,
        string memory key,
        ITimeEscrow.Status status
    ) internal {
        _actOn(escrow, action, caller, id, scheduledAt, toCreator);
        vm.snapshotGasLastCall(GROUP, key);
        assertEq(uint8(_status(id)), uint8(status));
    }

    // ---------------------------------------------------------------- holder

    /// @notice A request after a separate approval (the approval is not measured).
    function test_Gas_Request() public {
        _approve();
        vm.prank(alice);
        uint256 id = escrow.request(0, UNITS, NOTE);
        vm.snapshotGasLastCall(GROUP, "request");
        assertEq(uint8(_status(id)), uint8(ITimeEscrow.Status.Requested));
        assertEq(token.balanceOf(address(escrow)), AMOUNT);
    }

    /// @notice A second holder's first request in the same period: the escrow's counters are already non-zero, as they
    /// are for every request but the first.
    function test_Gas_Request_Later() public {
        _requested();
        address bob = makeAddr("bob");
        vm.prank(alice);
        assertTrue(token.transfer(bob, AMOUNT));
        vm.prank(bob);
        token.approve(address(escrow), AMOUNT);
        vm.prank(bob);
        uint256 id = escrow.request(0, UNITS, NOTE);
        vm.snapshotGasLastCall(GROUP, "request_later");
        assertEq(escrow.getRequest(id).holder, bob);
        assertEq(token.balanceOf(address(escrow)), 2 * AMOUNT);
    }

    /// @notice A request carrying its own EIP-2612 permit: one transaction, no approval beforehand.
    function test_Gas_RequestWithPermit() public {
        (address holder, uint256 key) = makeAddrAndKey("alice");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, holder, address(escrow), AMOUNT, token.nonces(holder), deadline));
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(holder);
        uint256 id = escrow.requestWithPermit(0, UNITS, NOTE, deadline, v, r, s);
        vm.snapshotGasLastCall(GROUP, "requestWithPermit");
        assertEq(uint8(_status(id)), uint8(ITimeEscrow.Status.Requested));
        assertEq(token.nonces(holder), 1, "permit not used");
    }

    /// @notice The holder takes back a request not yet accepted.
    function test_Gas_Cancel() public {
        uint256 id = _requested();
        _measure(Action.Cancel, alice, id, 0, 0, "cancel", ITimeEscrow.Status.Cancelled);
    }

    /// @notice The holder confirms a delivered session: the tokens go to the creator.
    function test_Gas_Confirm() public {
        uint256 id = _delivered();
        _measure(Action.Confirm, alice, id, 0, 0, "confirm", ITimeEscrow.Status.Released);
    }

    /// @notice The holder takes the tokens back from an accepted session never marked delivered, at its deadline.
    function test_Gas_Reclaim() public {
        (uint256 id, uint64 scheduledAt) = _accepted();
        vm.warp(scheduledAt + UNITS * HOUR + DELIVERY_GRACE);
        _measure(Action.Reclaim, alice, id, 0, 0, "reclaim", ITimeEscrow.Status.Refunded);
    }

    /// @notice The holder disputes a delivery within the confirmation window.
    function test_Gas_Dispute() public {
        uint256 id = _delivered();
        vm.warp(block.timestamp + 1 days);
        _measure(Action.Dispute, alice, id, 0, 0, "dispute", ITimeEscrow.Status.Disputed);
    }

    // ---------------------------------------------------------------- creator

    /// @notice The creator accepts and schedules a request.
    function test_Gas_Accept() public {
        uint256 id = _requested();
        _measure(Action.Accept, creator, id, uint64(block.timestamp) + LEAD, 0, "accept", ITimeEscrow.Status.Accepted);
    }

    /// @notice The creator declines a request: the tokens go back at once.
    function test_Gas_Decline() public {
        uint256 id = _requested();
        _measure(Action.Decline, creator, id, 0, 0, "decline", ITimeEscrow.Status.Declined);
    }

    /// @notice The creator marks a session delivered when it ends.
    function test_Gas_MarkDelivered() public {
        (uint256 id, uint64 scheduledAt) = _accepted();
        vm.warp(scheduledAt + UNITS * HOUR);
        _measure(Action.MarkDelivered, creator, id, 0, 0, "markDelivered", ITimeEscrow.Status.Delivered);
    }

    /// @notice The creator releases a delivery the holder neither confirmed nor disputed, once the window has passed.
    function test_Gas_Release() public {
        uint256 id = _delivered();
        vm.warp(block.timestamp + CONFIRMATION_WINDOW);
        _measure(Action.Release, creator, id, 0, 0, "release", ITimeEscrow.Status.Released);
    }

    // ---------------------------------------------------------------- arbiter

    /// @notice The arbiter splits a dispute (part to the creator, the rest back to the holder).
    function test_Gas_Resolve() public {
        uint256 id = _disputed();
        uint256 balanceBefore = token.balanceOf(alice);
        _measure(Action.Resolve, arbiter, id, 0, AMOUNT / 2, "resolve", ITimeEscrow.Status.Resolved);
        assertEq(token.balanceOf(alice), balanceBefore + AMOUNT - AMOUNT / 2);
    }

    // ---------------------------------------------------------------- launch

    /// @notice Token, vesting wallet and time escrow with one offer launched in one transaction.
    function test_Gas_LaunchWithEscrow() public {
        ITimeEscrow.Offer[] memory offers = new ITimeEscrow.Offer[](1);
        offers[0] = _hourOffer(false);
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(escrowImpl), tokenAmount: 0, data: abi.encode(_config(arbiter), offers)
            })
        );
        IPersonalTokenFactory.LaunchParams memory params = _defaultParams();
        params.salt = keccak256("ALEX-TIME");
        vm.prank(creator);
        (,, address[] memory m) = factory.launchWithModules(params, modules);
        vm.snapshotGasLastCall(GROUP, "launchWithEscrow");
        assertEq(TimeEscrow(m[0]).offerCount(), 1);
    }

    // ---------------------------------------------------------------- floor and anchor

    /// @notice The ERC-20 move a request cannot avoid: `transferFrom` of the price into an address holding none.
    function test_Gas_Floor_TransferFromIntoEscrow() public {
        address fresh = makeAddr("fresh escrow");
        vm.prank(alice);
        token.approve(fresh, AMOUNT);
        vm.prank(fresh);
        assertTrue(token.transferFrom(alice, fresh, AMOUNT));
        vm.snapshotGasLastCall(GROUP, "floor_transferFromIntoEscrow");
    }

    /// @notice The ERC-20 move a payout cannot avoid: `transfer` of the whole locked amount out (emptying the sender)
    /// to the creator, who already holds tokens.
    function test_Gas_Floor_TransferOut() public {
        address fresh = makeAddr("fresh escrow");
        vm.prank(alice);
        assertTrue(token.transfer(fresh, AMOUNT));
        vm.prank(fresh);
        assertTrue(token.transfer(creator, AMOUNT));
        vm.snapshotGasLastCall(GROUP, "floor_transferOut");
        assertEq(token.balanceOf(fresh), 0);
    }

    /// @notice OZ 4.9 `Escrow.deposit(payee)`: the owner locks 1 ETH for a payee (first deposit for that payee).
    function test_Gas_Anchor_Deposit() public {
        IEscrowV4 anchor = _anchor();
        vm.deal(address(this), 1 ether);
        anchor.deposit{value: 1 ether}(creator);
        vm.snapshotGasLastCall(GROUP, "anchor_ozEscrow_deposit");
        assertEq(anchor.depositsOf(creator), 1 ether);
    }

    /// @notice OZ 4.9 `Escrow.withdraw(payee)`: the owner pays out everything deposited for the payee.
    function test_Gas_Anchor_Withdraw() public {
        IEscrowV4 anchor = _anchor();
        vm.deal(address(this), 1 ether);
        anchor.deposit{value: 1 ether}(creator);
        uint256 before = creator.balance;
        anchor.withdraw(payable(creator));
        vm.snapshotGasLastCall(GROUP, "anchor_ozEscrow_withdraw");
        assertEq(creator.balance, before + 1 ether);
        assertEq(anchor.depositsOf(creator), 0);
    }

    /// @dev The anchor, owned by this contract.
    function _anchor() internal returns (IEscrowV4 anchor) {
        bytes memory code = vm.parseJsonBytes(vm.readFile(ANCHOR_ARTIFACT), ".bytecode");
        address deployed;
        assembly ("memory-safe") {
            deployed := create(0, add(code, 0x20), mload(code))
        }
        require(deployed != address(0), "anchor deploy failed");
        anchor = IEscrowV4(deployed);
    }
}

/// @dev The part of OZ 4.9 `Escrow` the benchmark calls.
interface IEscrowV4 {
    function deposit(address payee) external payable;
    function withdraw(address payable payee) external;
    function depositsOf(address payee) external view returns (uint256);
}
