// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {IStakingRewards} from "../../contracts/interfaces/IStakingRewards.sol";
import {StakingRewards} from "../../contracts/modules/StakingRewards.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {IUniswapV2Pair, UniswapV2Deployer} from "./UniswapV2.sol";

/// @dev The pair's EIP-2612 surface (UniswapV2ERC20).
interface IUniswapV2PairPermit is IUniswapV2Pair {
    // forge-lint: disable-next-line(mixed-case-function) the pair's own name
    function DOMAIN_SEPARATOR() external view returns (bytes32);
    function nonces(address owner) external view returns (uint256);
}

/// @notice The liquidity-mining story on the real Uniswap V2 (factory, WETH9 and router 02 deployed from the npm
/// builds). $ALEX launches with a staking campaign funded from the supply (300,000 ALEX) whose staking token is the
/// ALEX-WETH pair's predicted address — the pair does not exist yet. The creator seeds the pool through the router
/// (which creates the pair at exactly that address) and starts the campaign; adds a second, concurrent campaign on the
/// same LP share later through the factory (100,000 ALEX from the creator's balance). Alice and bob add liquidity;
/// alice stakes in both campaigns, bob in the first with the pair's permit, in one transaction. A trader swaps; alice
/// claims halfway; after the period both exit with their shares of both streams, and bob removes his liquidity for
/// ALEX and ETH. Every figure is checked against the pro-rata expectation.
contract StakingUniswapV2Test is BaseTest {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint32 internal constant PERIOD = 30 days;
    uint256 internal constant AT_LAUNCH = 300_000 ether;
    uint256 internal constant LATER = 100_000 ether;
    /// @dev The pool: 500,000 ALEX and 2 ETH (1,000 LP shares); alice adds 100,000 ALEX + 0.4 ETH (200 shares), bob
    /// 50,000 ALEX + 0.2 ETH (100 shares).
    uint256 internal constant POOL_ALEX = 500_000 ether;
    uint256 internal constant POOL_ETH = 2 ether;
    uint256 internal constant ALICE_LP = 200 ether;
    uint256 internal constant BOB_LP = 100 ether;
    uint256 internal constant ALICE_IN_FIRST = 150 ether;
    uint256 internal constant ALICE_IN_SECOND = 50 ether;

    UniswapV2Deployer.Deployment internal uni;
    StakingRewards internal stakingImpl;
    PersonalToken internal alex;
    IUniswapV2PairPermit internal pair;
    StakingRewards internal first;
    StakingRewards internal second;
    uint256 internal start;
    uint256 internal bobKey;

    function setUp() public override {
        super.setUp();
        uni = UniswapV2Deployer.deploy(makeAddr("feeToSetter"));
        stakingImpl = new StakingRewards();
        (, bobKey) = makeAddrAndKey("bob");
        start = block.timestamp;
    }

    function _deadline() internal view returns (uint256) {
        return block.timestamp + 1 hours;
    }

    /// @dev ALEX and the first campaign in one transaction; the LP pair is only a predicted address.
    function _launch() internal {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.allocations[0].amount -= AT_LAUNCH;
        (address predictedAlex,) = factory.predictAddresses(creator, p.salt);
        address predictedPair = UniswapV2Deployer.pairFor(uni.factory, predictedAlex, address(uni.weth));
        assertEq(predictedPair.code.length, 0, "no pair yet");
        IPersonalTokenFactory.ModuleParams[] memory modules = ArrayBuilder.modules(
            IPersonalTokenFactory.ModuleParams({
                implementation: address(stakingImpl),
                tokenAmount: AT_LAUNCH,
                data: abi.encode(
                    IStakingRewards.Config({
                        stakingToken: predictedPair, rewardToken: address(0), duration: PERIOD, startAtLaunch: false
                    })
                )
            })
        );
        vm.prank(creator);
        (address t,, address[] memory m) = factory.launchWithModules(p, modules);
        alex = PersonalToken(t);
        first = StakingRewards(m[0]);
        pair = IUniswapV2PairPermit(predictedPair);
        assertEq(first.unallocated(), AT_LAUNCH, "waits for the pool");
    }

    function _addLiquidity(address who, uint256 alexAmount, uint256 ethAmount, uint256 expectedLp) internal {
        vm.deal(who, ethAmount);
        vm.startPrank(who);
        alex.approve(address(uni.router), alexAmount);
        (,, uint256 liquidity) = uni.router.addLiquidityETH{value: ethAmount}(
            address(alex), alexAmount, alexAmount, ethAmount, who, _deadline()
        );
        vm.stopPrank();
        assertEq(liquidity, expectedLp, "LP shares minted");
    }

    function test_LiquidityMiningOnUniswapV2() public {
        _launch();

        // The creator seeds ALEX-WETH: the router creates the pair at the predicted address.
        _addLiquidity(creator, POOL_ALEX, POOL_ETH, 1000 ether - 1000);
        assertEq(uni.factory.getPair(address(alex), address(uni.weth)), address(pair));
        vm.prank(creator);
        first.notifyRewardAmount(0);
        assertEq(first.periodFinish(), start + PERIOD);

        // A second, concurrent campaign on the same LP share, added later from the creator's balance.
        vm.startPrank(creator);
        alex.approve(address(factory), LATER);
        second = StakingRewards(
            factory.launchModule(
                address(alex),
                IPersonalTokenFactory.ModuleParams({
                    implementation: address(stakingImpl),
                    tokenAmount: LATER,
                    data: abi.encode(
                        IStakingRewards.Config({
                            stakingToken: address(pair), rewardToken: address(0), duration: PERIOD, startAtLaunch: true
                        })
                    )
                })
            )
        );
        vm.stopPrank();
        assertEq(factory.moduleTokenOf(address(second)), address(alex));
        assertEq(factory.moduleCountOf(address(alex)), 2);

        // Alice and bob provide liquidity at the pool price.
        vm.prank(alice);
        assertTrue(alex.transfer(bob, 50_000 ether));
        _addLiquidity(alice, 100_000 ether, 0.4 ether, ALICE_LP);
        _addLiquidity(bob, 50_000 ether, 0.2 ether, BOB_LP);

        // Alice stakes in both campaigns; bob stakes in the first with the pair's permit, in one transaction.
        vm.startPrank(alice);
        assertTrue(pair.approve(address(first), ALICE_IN_FIRST));
        first.stake(ALICE_IN_FIRST);
        assertTrue(pair.approve(address(second), ALICE_IN_SECOND));
        second.stake(ALICE_IN_SECOND);
        vm.stopPrank();
        _stakeWithPairPermit();
        assertEq(pair.balanceOf(address(first)), ALICE_IN_FIRST + BOB_LP);
        assertEq(pair.balanceOf(address(second)), ALICE_IN_SECOND);

        // A trader buys ALEX: the pool moves, the stakes do not.
        vm.warp(start + 10 days);
        address trader = makeAddr("trader");
        vm.deal(trader, 0.1 ether);
        address[] memory path = new address[](2);
        path[0] = address(uni.weth);
        path[1] = address(alex);
        vm.prank(trader);
        uni.router.swapExactETHForTokens{value: 0.1 ether}(0, path, trader, _deadline());
        assertGt(alex.balanceOf(trader), 0);

        // Halfway, alice claims from the first campaign: 60% of half of 300,000.
        vm.warp(start + 15 days);
        uint256 aliceBefore = alex.balanceOf(alice);
        vm.prank(alice);
        uint256 claimed = first.getReward();
        assertApproxEqAbs(claimed, AT_LAUNCH / 2 * 3 / 5, 2, "alice's share of the first half");
        assertEq(alex.balanceOf(alice), aliceBefore + claimed);

        // After the period both exit: the whole of both streams is paid, pro rata.
        vm.warp(start + PERIOD + 1);
        vm.startPrank(alice);
        (uint256 aliceLpFirst, uint256 aliceRestFirst) = first.exit();
        (uint256 aliceLpSecond, uint256 aliceSecond) = second.exit();
        vm.stopPrank();
        vm.prank(bob);
        (uint256 bobLp, uint256 bobReward) = first.exit();
        assertEq(aliceLpFirst + aliceLpSecond, ALICE_LP);
        assertEq(bobLp, BOB_LP);
        assertApproxEqAbs(claimed + aliceRestFirst, AT_LAUNCH * 3 / 5, 3, "alice: 60% of the first campaign");
        assertApproxEqAbs(bobReward, AT_LAUNCH * 2 / 5, 3, "bob: 40% of the first campaign");
        assertApproxEqAbs(aliceSecond, LATER, 2, "alice: all of the second campaign");
        assertEq(pair.balanceOf(address(first)) + pair.balanceOf(address(second)), 0, "every LP share returned");
        assertLe(alex.balanceOf(address(first)) + alex.balanceOf(address(second)), 6, "only rounding dust left");

        // Bob turns his LP shares back into ALEX and ETH.
        (uint112 r0, uint112 r1,) = pair.getReserves();
        (uint256 reserveAlex, uint256 reserveEth) = pair.token0() == address(alex) ? (r0, r1) : (r1, r0);
        uint256 supply = pair.totalSupply();
        vm.startPrank(bob);
        assertTrue(pair.approve(address(uni.router), BOB_LP));
        (uint256 outAlex, uint256 outEth) = uni.router.removeLiquidityETH(address(alex), BOB_LP, 0, 0, bob, _deadline());
        vm.stopPrank();
        assertEq(outAlex, BOB_LP * reserveAlex / supply);
        assertEq(outEth, BOB_LP * reserveEth / supply);
        assertEq(bob.balance, outEth);
        assertEq(alex.balanceOf(bob), bobReward + outAlex);
        assertEq(pair.balanceOf(bob), 0);
    }

    function _stakeWithPairPermit() internal {
        uint256 deadline = _deadline();
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, bob, address(first), BOB_LP, pair.nonces(bob), deadline));
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(bobKey, keccak256(abi.encodePacked("\x19\x01", pair.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(bob);
        first.stakeWithPermit(BOB_LP, deadline, v, r, s);
        assertEq(pair.nonces(bob), 1, "the pair's permit was used");
        assertEq(first.balanceOf(bob), BOB_LP);
    }
}
