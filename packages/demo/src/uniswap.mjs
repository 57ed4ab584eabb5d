// Uniswap V2 as the story uses it (deployed from its npm build artifacts in Act 0): the router's ETH-pair liquidity
// calls and the pair's reads. viem directly: the SDK covers the protocol, not Uniswap.

import {parseAbi} from "viem";
import {FAR_DEADLINE} from "./figures.mjs";

export const UNISWAP_V2_ARTIFACTS = {
  factory: "node_modules/@uniswap/v2-core/build/UniswapV2Factory.json",
  weth: "node_modules/@uniswap/v2-periphery/build/WETH9.json",
  router: "node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json",
};

const factoryAbi = parseAbi(["function getPair(address tokenA, address tokenB) view returns (address)"]);
const pairAbi = parseAbi([
  "function token0() view returns (address)",
  "function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)",
  "function totalSupply() view returns (uint256)",
  "function sync()",
]);
const routerAbi = parseAbi([
  "function addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) payable returns (uint256 amountToken, uint256 amountETH, uint256 liquidity)",
  "function removeLiquidityETH(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) returns (uint256 amountToken, uint256 amountETH)",
  "function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256 amountA, uint256 amountB, uint256 liquidity)",
  "function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline) returns (uint256[] amounts)",
]);

/** Adds exactly `amount` of `token` and `eth` to the token-WETH pool (creating the pair); LP shares to the sender. */
export function addLiquidityEth(client, {router, token, amount, eth}) {
  return client.writeContract({
    address: router,
    abi: routerAbi,
    functionName: "addLiquidityETH",
    args: [token, amount, amount, eth, client.account.address, FAR_DEADLINE],
    value: eth,
  });
}

/** Burns `liquidity` LP shares of the token-WETH pool for the token and ETH, to the sender (no minimum). */
export function removeLiquidityEth(client, {router, token, liquidity}) {
  return client.writeContract({
    address: router,
    abi: routerAbi,
    functionName: "removeLiquidityETH",
    args: [token, liquidity, 0n, 0n, client.account.address, FAR_DEADLINE],
  });
}

/** Adds exactly `amountA` of `tokenA` and `amountB` of `tokenB` to their pool (creating the pair); LP shares to the sender. */
export function addLiquidity(client, {router, tokenA, tokenB, amountA, amountB}) {
  return client.writeContract({
    address: router,
    abi: routerAbi,
    functionName: "addLiquidity",
    args: [tokenA, tokenB, amountA, amountB, amountA, amountB, client.account.address, FAR_DEADLINE],
  });
}

/** Swaps exactly `amountIn` of `tokenIn` for as much `tokenOut` as the pool gives (at least 1 unit), to the sender. */
export function swapExactTokensForTokens(client, {router, tokenIn, tokenOut, amountIn}) {
  return client.writeContract({
    address: router,
    abi: routerAbi,
    functionName: "swapExactTokensForTokens",
    args: [amountIn, 1n, [tokenIn, tokenOut], client.account.address, FAR_DEADLINE],
  });
}

/** Makes the pair's reserves match its balances (what was pushed to it goes to its LPs). */
export function syncPair(client, {pair}) {
  return client.writeContract({address: pair, abi: pairAbi, functionName: "sync"});
}

export function getPair(client, {factory, tokenA, tokenB}) {
  return client.readContract({address: factory, abi: factoryAbi, functionName: "getPair", args: [tokenA, tokenB]});
}

/** The pair's reserves of `token` and of the other side (WETH). */
export async function getReserves(client, {pair, token}) {
  const [[r0, r1], token0] = await Promise.all([
    client.readContract({address: pair, abi: pairAbi, functionName: "getReserves"}),
    client.readContract({address: pair, abi: pairAbi, functionName: "token0"}),
  ]);
  return token0 === token ? {token: r0, eth: r1} : {token: r1, eth: r0};
}

export function getLpSupply(client, {pair}) {
  return client.readContract({address: pair, abi: pairAbi, functionName: "totalSupply"});
}
