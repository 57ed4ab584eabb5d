// Act 3: Alex seeds the ALEX-WETH pool on Uniswap V2 with 500,000 ALEX and 2 ETH; the router creates the pair.

import {approveToken} from "@personal-token/sdk";
import {POOL_ALEX, POOL_ETH} from "../figures.mjs";
import {amount} from "../report.mjs";
import {addLiquidityEth, getLpSupply, getPair, getReserves} from "../uniswap.mjs";

/** Seeds the pool of `token` on the Uniswap V2 deployed in Act 0 (`uniswap`). Returns the pair. */
export async function seedPool({publicClient, report, names, alex, step, balanceOf}, {token, uniswap}) {
  report.act("Act 3. Alex seeds the ALEX-WETH pool on Uniswap V2");
  const {router} = uniswap;
  await addToPool(step, alex, {router, token, amount: POOL_ALEX, eth: POOL_ETH}, [
    "approve the router for 500,000 ALEX",
    "addLiquidityETH: 500,000 ALEX + 2 ETH (the router creates the pair)",
  ]);
  const pair = await getPair(publicClient, {factory: uniswap.factory, tokenA: token, tokenB: uniswap.weth});
  names.set(pair, "ALEX-WETH pair");
  const pool = await getReserves(publicClient, {pair, token});
  const lpSupply = await getLpSupply(publicClient, {pair});
  report.line(`pair ${pair}: reserves ${amount(pool.token)} ALEX / ${amount(pool.eth)} WETH (0.000004 ETH per ALEX)`);
  report.line(
    `LP shares: ${amount(lpSupply)} minted, Alex holds ${amount(await balanceOf(pair, alex.account.address), 18, 18)} (1,000 wei locked forever)`,
  );
  return {pair};
}

/** Two steps, named by `labels`: `wallet` approves the router for `amount` of `token`, then adds it with `eth`. */
export async function addToPool(step, wallet, {router, token, amount, eth}, [approveLabel, addLabel]) {
  await step(approveLabel, () => approveToken(wallet, {token, spender: router, amount}));
  await step(addLabel, () => addLiquidityEth(wallet, {router, token, amount, eth}));
}
