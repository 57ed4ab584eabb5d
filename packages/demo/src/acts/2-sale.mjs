// Act 2: the income-share sale. 30 buyers pay USDC for 1,000,000 ALEX and 15% of Alex's income; the first eight wait
// under the soft cap and are delivered afterwards; Alex withdraws the proceeds.

import {approveToken, buyTokens, deliverTokens, getSale, purchaseCost, withdrawProceeds} from "@personal-token/sdk";
import {abiOf} from "../artifacts.mjs";
import {range, sum} from "../context.mjs";
import {BEFORE_SOFT_CAP, BUYERS, buyTokensOf, PRICE, USD_DECIMALS} from "../figures.mjs";
import {amount} from "../report.mjs";

/** Sells the splitter's ALEX (`token`) for `usdc` to the 30 buyers; Alex withdraws once the window closes (`saleEnd`). */
export async function sellIncomeShare(
  {publicClient, report, alex, buyers, step, oneByOne, balanceOf, warpTo},
  {usdc, token, splitter, saleEnd},
) {
  report.act("Act 2. The income-share sale: 1,000,000 ALEX for 20,000 USDC to 30 buyers");
  const costs = buyers.map((_, i) => purchaseCost(buyTokensOf(i), PRICE));
  // Independent accounts: each batch is sent at once (anvil automines one transaction per block).
  await step("30 buyers take USDC from the local faucet (MockERC20.mint)", () =>
    buyers.map((b, i) =>
      b.writeContract({address: usdc, abi: abiOf("usdc"), functionName: "mint", args: [b.account.address, costs[i]]}),
    ),
  );
  await step("30 buyers approve the splitter for their cost", () =>
    buyers.map((b, i) => approveToken(b, {token: usdc, spender: splitter, amount: costs[i]})),
  );
  const buy = (i) => buyTokens(buyers[i], {splitter, tokens: buyTokensOf(i)});
  await step(`buyers 1-${BEFORE_SOFT_CAP} buy 30,000 each (below the 250,000 soft cap: held)`, () =>
    range(0, BEFORE_SOFT_CAP).map(buy),
  );
  await step(`buyer ${BEFORE_SOFT_CAP + 1} crosses the soft cap (270,000): delivered at once`, () =>
    buy(BEFORE_SOFT_CAP),
  );
  // These deliver ALEX: one block each (sequential), see `oneByOne`.
  await step(`buyers ${BEFORE_SOFT_CAP + 2}-${BUYERS} buy (20: 30,000, 10: 40,000), delivered as they buy`, () =>
    oneByOne(range(BEFORE_SOFT_CAP + 1, BUYERS).map((i) => () => buy(i))),
  );
  await step(`deliverTokens to buyers 1-${BEFORE_SOFT_CAP} (anyone may; here the creator)`, () =>
    oneByOne(
      range(0, BEFORE_SOFT_CAP).map((i) => () => deliverTokens(alex, {splitter, buyer: buyers[i].account.address})),
    ),
  );
  const sale = await getSale(publicClient, {splitter});
  // Sold out, but the buyers' payments stay until the sale window closes (a sell-out bought with a flash loan could
  // otherwise be repaid from them in the same transaction).
  await warpTo(saleEnd, "the sale window closes");
  await step("Alex withdraws the proceeds", () => withdrawProceeds(alex, {splitter}));
  const buyerAlex = await Promise.all(buyers.map((b) => balanceOf(token, b.account.address)));
  report.line(`sale ${sale.status}: ${amount(sale.tokensSold)} of ${amount(sale.tokensOffered)} ALEX sold`);
  report.table(
    ["who", "ALEX", "USDC"],
    [
      ["buyer 01 (one of 20 small buyers)", amount(buyerAlex[0]), `-${amount(costs[0], USD_DECIMALS)}`],
      [
        "buyer 30 (one of 10 large buyers)",
        amount(buyerAlex[BUYERS - 1]),
        `-${amount(costs[BUYERS - 1], USD_DECIMALS)}`,
      ],
      ["30 buyers together", amount(sum(buyerAlex)), `-${amount(sum(costs), USD_DECIMALS)}`],
      [
        "Alex (creator)",
        amount(await balanceOf(token, alex.account.address)),
        amount(await balanceOf(usdc, alex.account.address), USD_DECIMALS),
      ],
      ["ISA splitter", amount(await balanceOf(token, splitter)), amount(await balanceOf(usdc, splitter), USD_DECIMALS)],
    ],
  );
}
