// Act 4: quarter 0 of the income-share term. Alex reports 40,000 USDC of income and pays the 15% owed, half in USDC,
// half in ALEX-WETH LP shares at a declared value; the 30 buyers claim both pro rata.

import {approveToken, claimIncome, getClaimable, getPeriodRecord, payIncome, reportIncome} from "@personal-token/sdk";
import {sum} from "../context.mjs";
import {
  BUYERS,
  buyTokensOf,
  DAY,
  GROSS_INCOME,
  ISA_TOKENS,
  LP_DECLARED_VALUE,
  LP_PAID,
  PERIOD,
  SMALL_BUYERS,
  USD_DECIMALS,
  USDC_PAID,
} from "../figures.mjs";
import {amount} from "../report.mjs";

/**
 * Plays quarter 0 on `splitter`, paid in `usdc` and LP shares of `pair`, the day after it ends (`termStart` + one
 * period). Returns when the quarter was reported and the LP shares each buyer claimed.
 */
export async function payQuarterZero(
  {publicClient, report, names, alex, buyers, mined, step, balanceOf, warpTo},
  {usdc, pair, splitter, termStart},
) {
  report.act("Act 4. Quarter 0: Alex pays 15% of his income, the buyers claim");
  const quarterReported = termStart + PERIOD + DAY;
  await warpTo(quarterReported, "quarter 0 ended yesterday");
  await step("report quarter 0: 40,000 USDC gross income, evidence on IPFS", () =>
    reportIncome(alex, {
      splitter,
      period: 0n,
      grossIncome: GROSS_INCOME,
      evidenceURI: "ipfs://alex/q0-income-statement",
    }),
  );
  /** Approves the splitter for `payment.amount` of `payment.asset`, then pays it into quarter 0: two transactions. */
  const approveAndPay = (payment) => async () => [
    ...(await mined(approveToken(alex, {token: payment.asset, spender: splitter, amount: payment.amount}))).map(
      (r) => r.transactionHash,
    ),
    await payIncome(alex, {splitter, period: 0n, ...payment}),
  ];
  await step("pay 3,000 USDC (approve + payIncome)", approveAndPay({asset: usdc, amount: USDC_PAID}));
  await step(
    "pay 150 LP shares declared worth 3,000 USDC (approve + payIncome)",
    approveAndPay({asset: pair, amount: LP_PAID, value: LP_DECLARED_VALUE}),
  );
  const record = await getPeriodRecord(publicClient, {splitter, period: 0n});
  report.line(
    `quarter 0: declared ${amount(record.grossIncome, USD_DECIMALS)} USDC, owed ${amount(record.owed, USD_DECIMALS)} (15%), paid ${amount(record.paid, USD_DECIMALS)} USDC + ${amount(record.declaredValue, USD_DECIMALS)} declared for LP shares, late: ${record.late}`,
  );
  const claimable = await getClaimable(publicClient, {splitters: [splitter], account: buyers[0].account.address});
  report.line(
    `buyer 01 can claim ${claimable.map((c) => `${amount(c.amount, c.asset === usdc ? USD_DECIMALS : 18)} ${c.asset === usdc ? "USDC" : "LP"}`).join(" + ")}`,
  );
  await step("30 buyers claim USDC and LP shares, one claim each", () =>
    buyers.map((b) => claimIncome(b, {splitter, assets: [usdc, pair]})),
  );
  const claimedUsdc = await Promise.all(buyers.map((b) => balanceOf(usdc, b.account.address)));
  const claimedLp = await Promise.all(buyers.map((b) => balanceOf(pair, b.account.address)));
  report.table(
    ["buyer", "claim shares", "USDC claimed", "LP claimed"],
    [
      ...[0, 1, SMALL_BUYERS, BUYERS - 1].map((i) => [
        names.get(buyers[i].account.address),
        amount(buyTokensOf(i)),
        amount(claimedUsdc[i], USD_DECIMALS),
        amount(claimedLp[i]),
      ]),
      ["30 buyers together", amount(ISA_TOKENS), amount(sum(claimedUsdc), USD_DECIMALS), amount(sum(claimedLp))],
    ],
  );
  report.line(
    `buyers' claims: ${amount(sum(claimedUsdc), USD_DECIMALS)} USDC + ${amount(sum(claimedLp))} LP; left in the splitter: ${amount(await balanceOf(usdc, splitter), USD_DECIMALS)} USDC, ${amount(await balanceOf(pair, splitter))} LP`,
  );
  return {quarterReported, claimedLp};
}
