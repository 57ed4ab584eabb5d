// After the acts: who holds what. Every ALEX is accounted for, and the vesting is still behind its cliff.

import {getVesting} from "@personal-token/sdk";
import {sum} from "../context.mjs";
import {USD_DECIMALS} from "../figures.mjs";
import {amount} from "../report.mjs";
import {getReserves} from "../uniswap.mjs";

/** Reports the ALEX, USDC and LP of every party and contract of the story. */
export async function reportHoldings(
  {publicClient, report, alex, alice, buyers, balanceOf},
  {usdc, token, totalSupply, vesting, splitter, escrow, pair, campaign},
) {
  report.heading("Who holds what now");
  const holders = [
    ["Alex (creator)", alex.account.address],
    ["vesting wallet (Alex, locked)", vesting],
    ["alice (supporter)", alice.account.address],
    ["30 buyers together", buyers.map((b) => b.account.address)],
    ["ALEX-WETH pair (pool)", pair],
    ["ISA splitter", splitter],
    ["time escrow", escrow],
    ["staking campaign", campaign],
  ];
  const assets = [
    {symbol: "ALEX", address: token, decimals: 18},
    {symbol: "USDC", address: usdc, decimals: USD_DECIMALS},
    {symbol: "LP", address: pair, decimals: 18},
  ];
  const rows = [];
  let alexTotal = 0n;
  for (const [label, who] of holders) {
    const accounts = Array.isArray(who) ? who : [who];
    const cells = [];
    for (const asset of assets) {
      const held = sum(await Promise.all(accounts.map((a) => balanceOf(asset.address, a))));
      if (asset.symbol === "ALEX") alexTotal += held;
      cells.push(held === 0n ? "—" : amount(held, asset.decimals, 2));
    }
    rows.push([label, ...cells]);
  }
  const {eth: poolEth} = await getReserves(publicClient, {pair, token});
  report.table(["holder", "ALEX", "USDC", "LP"], rows);
  report.line(
    `the ALEX column adds up to ${alexTotal === totalSupply ? "exactly" : "NOT"} the supply, ${amount(totalSupply)} ALEX (the campaign keeps ${await balanceOf(token, campaign)} wei of rounding); the pool also holds ${amount(poolEth)} WETH`,
  );
  const vestingNow = await getVesting(publicClient, {vesting});
  report.line(`Alex's vesting: ${amount(vestingNow.releasable)} ALEX releasable now (cliff 180 days after launch)`);
}
