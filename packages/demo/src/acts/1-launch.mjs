// Act 1: Alex launches $ALEX in one transaction: the token, his vesting, the income-share sale, the time escrow and
// the holder polls, at addresses known before the launch.

import {
  defaultSalt,
  getLaunchFromReceipt,
  getTokenInfo,
  getVesting,
  incomeShareModule,
  launchToken,
  pollsModule,
  predictLaunchAddresses,
  timeEscrowModule,
} from "@personal-token/sdk";
import {StepError} from "../context.mjs";
import {
  CREATOR_LIQUID,
  DAY,
  HOUR,
  HOUR_PRICE,
  ISA_TOKENS,
  PERIOD,
  PERIODS,
  PRICE,
  SHARE_BPS,
  SOFT_CAP,
  SUPPLY,
  SUPPORTER_TOKENS,
  VESTED,
} from "../figures.mjs";
import {amount} from "../report.mjs";

/**
 * Launches ALEX with USDC (`usdc`) as the sale's payment asset. Returns the token, its vesting wallet and modules,
 * its total supply and when the income-share term starts.
 */
export async function launchAlex(
  {chain, publicClient, report, names, alex, alice, supporterAddress, step, balanceOf, now, warpTo},
  {usdc},
) {
  report.act("Act 1. Alex launches $ALEX");
  // Every time argument is a fixed offset from a day boundary of anvil's fixed genesis (main.mjs), so calldata, and
  // with it the gas figures, is the same on every run.
  const launchDay = ((await now()) / DAY + 1n) * DAY;
  await warpTo(launchDay, "launch day");
  const saleStart = launchDay;
  const saleEnd = saleStart + 14n * DAY;
  const terms = {
    paymentAsset: usdc,
    price: PRICE,
    softCap: SOFT_CAP,
    saleStart,
    saleEnd,
    shareBps: SHARE_BPS,
    termStart: saleEnd,
    termEnd: saleEnd + PERIODS * PERIOD,
    periodLength: PERIOD,
    gracePeriod: 30n * DAY,
  };
  const hourOffer = {
    pricePerUnit: HOUR_PRICE,
    unitLength: HOUR,
    capacity: 10,
    open: true,
    burn: false,
    uri: "ipfs://alex/an-hour-of-my-time",
  };
  const modules = [
    incomeShareModule({tokenAmount: ISA_TOKENS, terms}),
    timeEscrowModule({
      config: {confirmationWindow: 3n * DAY, deliveryGrace: DAY, capacityPeriod: 30n * DAY},
      offers: [hourOffer],
    }),
    pollsModule(),
  ];
  const predicted = predictLaunchAddresses({
    chainId: chain.id,
    creator: alex.account.address,
    salt: defaultSalt("ALEX"),
    modules: modules.map((m) => m.implementation),
  });
  const [launchReceipt] = await step("launch ALEX + vesting + ISA + time escrow + polls (one tx)", () =>
    launchToken(alex, {
      name: "Alex Masmej",
      symbol: "ALEX",
      contractURI: "ipfs://alex/profile",
      totalSupply: SUPPLY,
      allocations: [
        {recipient: alex.account.address, amount: CREATOR_LIQUID},
        {recipient: supporterAddress, amount: SUPPORTER_TOKENS},
      ],
      vesting: {amount: VESTED, cliff: 180n * DAY, duration: 3n * 365n * DAY},
      modules,
    }),
  );
  const launch = getLaunchFromReceipt(launchReceipt);
  const token = launch.token;
  const [splitter, escrow, polls] = launch.modules.map((m) => m.module);
  if (token !== predicted.token || splitter !== predicted.modules[0]) {
    throw new StepError(`launch landed at ${token}, not at the predicted ${predicted.token}`);
  }
  const info = await getTokenInfo(publicClient, {token});
  const vesting = await getVesting(publicClient, {vesting: launch.vesting});
  names.set(launch.vesting, "vesting wallet");
  names.set(splitter, "ISA splitter");
  names.set(escrow, "time escrow");
  names.set(polls, "holder polls");
  report.line(`${info.name} (${info.symbol}) at ${token} (predicted before the launch: same address)`);
  report.table(
    ["holder", "ALEX", "note"],
    [
      ["Alex (creator)", amount(await balanceOf(token, alex.account.address)), "liquid: the pool comes from here"],
      [
        "vesting wallet",
        amount(await balanceOf(token, launch.vesting)),
        `Alex's share: 180-day cliff, 3 years (releasable now: ${amount(vesting.releasable)})`,
      ],
      ["ISA splitter", amount(await balanceOf(token, splitter)), "on sale: 0.02 USDC each, 15% of income for 3 years"],
      ["alice (supporter)", amount(await balanceOf(token, alice.account.address)), "early supporter"],
      ["total supply", amount(info.totalSupply), ""],
    ],
  );
  report.line(`time escrow ${escrow}: offer 0 = 25,000 ALEX for one hour, 10 hours per 30 days`);
  report.line(`holder polls ${polls}: 1 ALEX = 1 vote, weights from a balance snapshot taken when a poll is created`);
  return {
    token,
    vesting: launch.vesting,
    splitter,
    escrow,
    polls,
    totalSupply: info.totalSupply,
    termStart: terms.termStart,
  };
}
