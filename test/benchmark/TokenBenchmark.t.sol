// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {HolderPolls} from "../../contracts/modules/HolderPolls.sol";
import {IUniswapV2Router02, UniswapV2Deployer} from "../integration/UniswapV2.sol";
import {PollsBaseTest} from "../utils/PollsBaseTest.sol";
import {PlainOZ5Token, PlainSoladyToken} from "../utils/mocks/PlainTokens.sol";

/// @notice What a holder pays to move the personal token, side by side in one run with the two plain anchors deployed
/// in the same test: OpenZeppelin 5's `ERC20` and Solady's `ERC20` (both `new`, not clones: the personal token pays the
/// EIP-1167 delegatecall on top). Then the real Uniswap V2 router (npm build artifacts) buying, selling and adding
/// liquidity on each, and what a poll's snapshot costs: the first move after it and `createPoll`. Figures land in
/// `snapshots/TokenBenchmark.json` (`pnpm gas`, every call its own transaction); the README reports the ratios.
contract TokenBenchmark is PollsBaseTest {
    string internal constant GROUP = "TokenBenchmark";
    uint256 internal constant POOL_TOKENS = 1_000_000 ether;
    uint256 internal constant POOL_ETH = 100 ether;

    address internal holder = makeAddr("holder");
    address internal other = makeAddr("other");
    address internal fresh = makeAddr("fresh");

    PersonalToken internal ours;
    HolderPolls internal polls;
    IERC20 internal oz;
    IERC20 internal solady;
    IUniswapV2Router02 internal router;

    function setUp() public override {
        super.setUp();
        (ours, polls) = _launchPolls(_plainParams(SUPPLY));
        vm.prank(creator);
        assertTrue(ours.transfer(holder, SUPPLY));
        oz = IERC20(address(new PlainOZ5Token(holder, SUPPLY)));
        solady = IERC20(address(new PlainSoladyToken(holder, SUPPLY)));
        router = UniswapV2Deployer.deploy(address(this)).router;
        // `other` already holds each token: the steady state.
        _send(IERC20(address(ours)), holder, other, 1 ether);
        _send(oz, holder, other, 1 ether);
        _send(solady, holder, other, 1 ether);
        vm.warp(block.timestamp + 1);
    }

    function _send(IERC20 token, address from, address to, uint256 amount) internal {
        vm.prank(from);
        assertTrue(token.transfer(to, amount));
    }

    function _token(uint256 kind) internal view returns (IERC20) {
        return kind == 0 ? IERC20(address(ours)) : kind == 1 ? oz : solady;
    }

    function _name(uint256 kind, string memory what) internal pure returns (string memory) {
        return string.concat(what, "_", kind == 0 ? "ours" : kind == 1 ? "oz5" : "solady");
    }

    // ---------------------------------------------------------------- plain moves

    function _betweenHolders(uint256 kind) internal {
        _send(_token(kind), holder, other, 1 ether);
        vm.snapshotGasLastCall(GROUP, _name(kind, "transfer_betweenHolders"));
    }

    function test_Gas_Transfer_BetweenHolders_Ours() public {
        _betweenHolders(0);
    }

    function test_Gas_Transfer_BetweenHolders_OZ5() public {
        _betweenHolders(1);
    }

    function test_Gas_Transfer_BetweenHolders_Solady() public {
        _betweenHolders(2);
    }

    function _toNewHolder(uint256 kind) internal {
        _send(_token(kind), holder, fresh, 1 ether);
        vm.snapshotGasLastCall(GROUP, _name(kind, "transfer_toNewHolder"));
    }

    function test_Gas_Transfer_ToNewHolder_Ours() public {
        _toNewHolder(0);
    }

    function test_Gas_Transfer_ToNewHolder_OZ5() public {
        _toNewHolder(1);
    }

    function test_Gas_Transfer_ToNewHolder_Solady() public {
        _toNewHolder(2);
    }

    /// @dev A limited allowance (so it is spent and written), to an existing holder.
    function _transferFrom(uint256 kind) internal {
        IERC20 token = _token(kind);
        vm.prank(holder);
        token.approve(address(this), 10 ether);
        assertTrue(token.transferFrom(holder, other, 1 ether));
        vm.snapshotGasLastCall(GROUP, _name(kind, "transferFrom"));
    }

    function test_Gas_TransferFrom_Ours() public {
        _transferFrom(0);
    }

    function test_Gas_TransferFrom_OZ5() public {
        _transferFrom(1);
    }

    function test_Gas_TransferFrom_Solady() public {
        _transferFrom(2);
    }

    // ---------------------------------------------------------------- polls

    /// @notice The first poll: the snapshot plus the poll's storage.
    function test_Gas_CreatePoll_Ours() public {
        vm.prank(creator);
        polls.createPoll(QUESTION, _habits(), 0, uint64(block.timestamp) + POLL_LENGTH);
        vm.snapshotGasLastCall(GROUP, "createPoll_ours");
    }

    /// @notice The first move after a final snapshot: both sides write their history once.
    function test_Gas_Transfer_FirstAfterSnapshot_Ours() public {
        _createPoll(polls, _habits());
        _send(IERC20(address(ours)), holder, other, 1 ether);
        vm.snapshotGasLastCall(GROUP, "transfer_firstAfterSnapshot_ours");
    }

    /// @notice The second move after it: back to the steady state.
    function test_Gas_Transfer_SecondAfterSnapshot_Ours() public {
        _createPoll(polls, _habits());
        _send(IERC20(address(ours)), holder, other, 1 ether);
        _send(IERC20(address(ours)), holder, other, 1 ether);
        vm.snapshotGasLastCall(GROUP, "transfer_secondAfterSnapshot_ours");
    }

    // ---------------------------------------------------------------- Uniswap V2 router

    /// @dev A pool of POOL_TOKENS against POOL_ETH, seeded by `holder`, who also trades.
    function _pool(IERC20 token) internal {
        vm.deal(holder, 10 * POOL_ETH);
        vm.startPrank(holder);
        token.approve(address(router), type(uint256).max);
        router.addLiquidityETH{value: POOL_ETH}(address(token), POOL_TOKENS, 0, 0, holder, block.timestamp);
        vm.stopPrank();
        vm.warp(block.timestamp + 1);
    }

    function _path(address from, address to) internal pure returns (address[] memory path) {
        path = new address[](2);
        path[0] = from;
        path[1] = to;
    }

    /// @dev Buy for an existing holder.
    function _buy(uint256 kind) internal {
        IERC20 token = _token(kind);
        _pool(token);
        address[] memory path = _path(router.WETH(), address(token));
        vm.prank(holder);
        router.swapExactETHForTokens{value: 1 ether}(0, path, other, block.timestamp);
        vm.snapshotGasLastCall(GROUP, _name(kind, "router_buy"));
    }

    function test_Gas_Router_Buy_Ours() public {
        _buy(0);
    }

    function test_Gas_Router_Buy_OZ5() public {
        _buy(1);
    }

    function _sell(uint256 kind) internal {
        IERC20 token = _token(kind);
        _pool(token);
        address[] memory path = _path(address(token), router.WETH());
        vm.prank(holder);
        router.swapExactTokensForETH(1000 ether, 0, path, holder, block.timestamp);
        vm.snapshotGasLastCall(GROUP, _name(kind, "router_sell"));
    }

    function test_Gas_Router_Sell_Ours() public {
        _sell(0);
    }

    function test_Gas_Router_Sell_OZ5() public {
        _sell(1);
    }

    function _addLiquidity(uint256 kind) internal {
        IERC20 token = _token(kind);
        _pool(token);
        vm.prank(holder);
        router.addLiquidityETH{value: 1 ether}(address(token), 10_000 ether, 0, 0, holder, block.timestamp);
        vm.snapshotGasLastCall(GROUP, _name(kind, "router_addLiquidity"));
    }

    function test_Gas_Router_AddLiquidity_Ours() public {
        _addLiquidity(0);
    }

    function test_Gas_Router_AddLiquidity_OZ5() public {
        _addLiquidity(1);
    }
}
