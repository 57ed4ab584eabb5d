// Uniswap V2 as the story uses it (deployed from its npm build artifacts in Act 0): the router's ETH-pair liquidity
// calls and the pair's reads. viem directly: the SDK covers the protocol, not Uniswap.

import {abiOf} from "./artifacts.mjs";
import {FAR_DEADLINE} from "./figures.mjs";

/** Adds exactly `amount` of `token` and `eth` to the token-WETH pool (creating the pair); LP shares to the sender. */
export function addLiquidityEth(client, {router, token, amount, eth}) {
  return client.writeContract({
    address: router,
    abi: abiOf("uniswapV2Router"),
    functionName: "addLiquidityETH",
    args: [token, amount, amount, eth, client.account.address, FAR_DEADLINE],
    value: eth,
  });
}

/** Burns `liquidity` LP shares of the token-WETH pool for the token and ETH, to the sender (no minimum). */
export function removeLiquidityEth(client, {router, token, liquidity}) {
  return client.writeContract({
    address: router,
    abi: abiOf("uniswapV2Router"),
    functionName: "removeLiquidityETH",
    args: [token, liquidity, 0n, 0n, client.account.address, FAR_DEADLINE],
  });
}

/** Adds exactly `amountA` of `tokenA` and `amountB` of `tokenB` to their pool (creating the pair); LP shares to the sender. */
export function addLiquidity(client, {router, tokenA, tokenB, amountA, amountB}) {
  return client.writeContract({
    address: router,
    abi: abiOf("uniswapV2Router"),
    functionName: "addLiquidity",
    args: [tokenA, tokenB, amountA, amountB, amountA, amountB, client.account.address, FAR_DEADLINE],
  });
}

/** Swaps exactly `amountIn` of `tokenIn` for as much `tokenOut` as the pool gives (at least 1 unit), to the sender. */
export function swapExactTokensForTokens(client, {router, tokenIn, tokenOut, amountIn}) {
  return client.writeContract({
    address: router,
    abi: abiOf("uniswapV2Router"),
    functionName: "swapExactTokensForTokens",
    args: [amountIn, 1n, [tokenIn, tokenOut], client.account.address, FAR_DEADLINE],
  });
}

/** Makes the pair's reserves match its balances (what was pushed to it goes to its LPs). */
export function syncPair(client, {pair}) {
  return client.writeContract({address: pair, abi: abiOf("uniswapV2Pair"), functionName: "sync"});
}

export function getPair(client, {factory, tokenA, tokenB}) {
  return client.readContract({
    address: factory,
    abi: abiOf("uniswapV2Factory"),
    functionName: "getPair",
    args: [tokenA, tokenB],
  });
}

/** The pair's reserves of `token` and of the other side (WETH). */
export async function getReserves(client, {pair, token}) {
  const [[r0, r1], token0] = await Promise.all([
    client.readContract({address: pair, abi: abiOf("uniswapV2Pair"), functionName: "getReserves"}),
    client.readContract({address: pair, abi: abiOf("uniswapV2Pair"), functionName: "token0"}),
  ]);
  return token0 === token ? {token: r0, eth: r1} : {token: r1, eth: r0};
}

export function getLpSupply(client, {pair}) {
  return client.readContract({address: pair, abi: abiOf("uniswapV2Pair"), functionName: "totalSupply"});
}
