// The $ALEX seed story, played through @personal-token/sdk on an anvil where script/Deploy.s.sol has deployed the
// protocol. Every protocol call is an SDK action; viem is used directly only for the local stablecoin (a MockERC20),
// Uniswap V2 (factory, WETH9, router 02 deployed from their npm build artifacts), plain ERC-20 reads and anvil's clock.
//
// One function per act, one file each under acts/. Each takes the shared context (context.mjs: clients, accounts,
// report, helpers) and what earlier acts produced, and returns what later acts need; this file is the plot.

import {setUpLocalChain} from "./acts/0-local-chain.mjs";
import {launchAlex} from "./acts/1-launch.mjs";
import {sellIncomeShare} from "./acts/2-sale.mjs";
import {seedPool} from "./acts/3-pool.mjs";
import {payQuarterZero} from "./acts/4-quarter-zero.mjs";
import {redeemAnHour} from "./acts/5-time-escrow.mjs";
import {mineLiquidity} from "./acts/6-liquidity-mining.mjs";
import {pollHolders} from "./acts/7-poll.mjs";
import {lendToAlex} from "./acts/8-loan.mjs";
import {reportHoldings} from "./acts/holdings.mjs";
import {createContext} from "./context.mjs";
import {Report} from "./report.mjs";

export {StepError} from "./context.mjs";

/**
 * Plays the story on the anvil at `url`. `supporter` overrides the early supporter's address (DEMO_SUPPORTER).
 * Returns the report and the story's addresses.
 */
export async function playStory({url, root, supporter, report = new Report()}) {
  const context = await createContext({url, root, supporter, report});
  const {usdc, uniswap} = await setUpLocalChain(context);
  const alex = await launchAlex(context, {usdc});
  const {token, splitter, escrow, polls} = alex;
  await sellIncomeShare(context, {usdc, token, splitter, saleEnd: alex.termStart});
  const {pair} = await seedPool(context, {token, uniswap});
  const {quarterReported, claimedLp} = await payQuarterZero(context, {usdc, pair, splitter, termStart: alex.termStart});
  const {confirmedAt} = await redeemAnHour(context, {token, escrow, quarterReported});
  const {campaign, over} = await mineLiquidity(context, {token, pair, uniswap, claimedLp, start: confirmedAt});
  await pollHolders(context, {polls, start: over});
  await lendToAlex(context, {token, usdc, uniswap});
  await reportHoldings(context, {...alex, usdc, pair, campaign});
  return {report, token, pair, splitter, escrow, polls, names: context.names, balanceOf: context.balanceOf, usdc};
}
