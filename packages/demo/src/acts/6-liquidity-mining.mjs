// Act 6: a month of liquidity mining. alice joins the pool, Alex adds a staking campaign on the LP share that streams
// 300,000 ALEX over 30 days, four LP holders stake with permits, exit when it is over, and alice leaves the pool.

import {
  approveToken,
  exitStaking,
  getCampaign,
  getDeployment,
  getStakingPosition,
  launchModule,
  notifyRewardAmount,
  stake,
  stakingModule,
} from "@personal-token/sdk";
import {sum} from "../context.mjs";
import {
  ALICE_POOL_ALEX,
  ALICE_POOL_ETH,
  CAMPAIGN_ALEX,
  CAMPAIGN_DAYS,
  DAY,
  FAR_DEADLINE,
  HOUR,
  LP_STAKING_BUYERS,
} from "../figures.mjs";
import {amount} from "../report.mjs";
import {removeLiquidityEth} from "../uniswap.mjs";
import {addToPool} from "./3-pool.mjs";

/**
 * Runs the campaign on LP shares of `pair` from `start` (the buyers stake the LP they claimed in quarter 0,
 * `claimedLp`). Returns the campaign and the time it was over (an hour after its 30 days).
 */
export async function mineLiquidity(
  {chain, publicClient, report, names, alex, alice, buyers, step, oneByOne, balanceOf, warpTo},
  {token, pair, uniswap, claimedLp, start},
) {
  report.act("Act 6. A month of liquidity mining: 300,000 ALEX to ALEX-WETH LP stakers");
  const {router} = uniswap;
  await addToPool(step, alice, {router, token, amount: ALICE_POOL_ALEX, eth: ALICE_POOL_ETH}, [
    "alice approves the router for 100,000 ALEX",
    "alice adds 100,000 ALEX + 0.4 ETH to the pool",
  ]);
  const aliceLp = await balanceOf(pair, alice.account.address);
  await step("Alex approves the factory for the campaign's 300,000 ALEX", () =>
    approveToken(alex, {token, spender: getDeployment(chain.id).factory, amount: CAMPAIGN_ALEX}),
  );
  let campaign;
  await step("Alex adds a campaign on the LP share (launchModule, 30-day periods)", async () => {
    const launched = await launchModule(alex, {
      token,
      module: stakingModule({
        tokenAmount: CAMPAIGN_ALEX,
        config: {stakingToken: pair, duration: Number(CAMPAIGN_DAYS * DAY), startAtLaunch: false},
      }),
    });
    campaign = launched.module;
    return launched.hash;
  });
  names.set(campaign, "staking campaign");
  const stakers = [
    {name: "alice (supporter)", client: alice, lp: aliceLp},
    ...LP_STAKING_BUYERS.map((i) => ({
      name: names.get(buyers[i].account.address),
      client: buyers[i],
      lp: claimedLp[i],
    })),
  ];
  await step(`${stakers.length} LP holders stake with the pair's EIP-2612 permit (no approve)`, () =>
    stakers.map(({client, lp}) => stake(client, {campaign, amount: lp, permit: true, permitDeadline: FAR_DEADLINE})),
  );
  await step("Alex starts the stream: notifyRewardAmount(0) streams the 300,000 ALEX", () =>
    notifyRewardAmount(alex, {campaign, amount: 0n}),
  );
  const started = await getCampaign(publicClient, {campaign});
  report.line(
    `campaign ${campaign}: ${amount(started.totalStaked)} LP staked, ${started.rewardPerSecondFormatted.slice(0, 8)} ALEX per second for ${CAMPAIGN_DAYS} days`,
  );
  const over = start + CAMPAIGN_DAYS * DAY + HOUR;
  await warpTo(over, "the 30-day period is over");
  const rewardsBefore = await Promise.all(stakers.map(({client}) => balanceOf(token, client.account.address)));
  const earned = await Promise.all(
    stakers.map(({client}) => getStakingPosition(publicClient, {campaign, account: client.account.address})),
  );
  await step(`${stakers.length} stakers exit: LP shares back and rewards claimed, one tx each`, () =>
    oneByOne(
      stakers.map(
        ({client}) =>
          () =>
            exitStaking(client, {campaign}),
      ),
    ),
  );
  const rewardsPaid = await Promise.all(
    stakers.map(async ({client}, i) => (await balanceOf(token, client.account.address)) - rewardsBefore[i]),
  );
  const paidTotal = sum(rewardsPaid);
  report.table(
    ["staker", "LP staked", "share", "ALEX earned"],
    [
      ...stakers.map(({name, lp}, i) => [
        name,
        amount(lp),
        `${((Number(lp) / Number(started.totalStaked)) * 100).toFixed(2)}%`,
        amount(rewardsPaid[i]),
      ]),
      ["together", amount(started.totalStaked), "100.00%", amount(paidTotal)],
    ],
  );
  const after = await getCampaign(publicClient, {campaign});
  report.line(
    `rewards paid: ${amount(paidTotal, 18, 18)} of ${amount(CAMPAIGN_ALEX)} ALEX funded (${CAMPAIGN_ALEX - paidTotal} wei short: rounding, left in the campaign)`,
  );
  // An exit hands the sub-unit remainder of its accrual back to the pool, so those who leave later can get a few wei
  // more than `earned` showed before anyone left, never less.
  const extra = rewardsPaid.map((paid, i) => paid - earned[i].earned);
  report.line(
    `each staker paid at least what earned() showed before the exits: ${extra.every((wei) => wei >= 0n)} (${sum(extra)} wei more in all); LP still staked: ${amount(after.totalStaked)}`,
  );
  await step("alice approves the router for her 200 LP shares", () =>
    approveToken(alice, {token: pair, spender: router, amount: aliceLp}),
  );
  const aliceEthBefore = await publicClient.getBalance({address: alice.account.address});
  const aliceAlexBefore = await balanceOf(token, alice.account.address);
  const [removeReceipt] = await step("alice removes her liquidity (removeLiquidityETH)", () =>
    removeLiquidityEth(alice, {router, token, liquidity: aliceLp}),
  );
  const ethBack =
    (await publicClient.getBalance({address: alice.account.address})) -
    aliceEthBefore +
    removeReceipt.gasUsed * removeReceipt.effectiveGasPrice;
  report.line(
    `alice got back ${amount((await balanceOf(token, alice.account.address)) - aliceAlexBefore)} ALEX + ${amount(ethBack)} ETH for ${amount(aliceLp)} LP`,
  );
  return {campaign, over};
}
