// Journey: a buyer opens $ALEX's page, reads it, and buys into the income-share sale (approve USDC, then buy).
// Bad input: a malformed amount and a buy above what is left are refused on screen; nothing is sent (nonce unchanged).
import {parseEther} from "viem";
import {expect, test} from "./fixtures.js";

test("a buyer buys into the sale from the token page", async ({app, chain, alexToken}) => {
  const {page} = app;
  const started = Date.now();
  await app.open(`token/${alexToken.token}`);
  await expect(page.getByTestId("token-ready")).toContainText("Alex Masmej");
  await expect(page.getByTestId("sale-sold")).toContainText("0 of 1,000,000 ALEX sold");
  const navigationToData = Date.now() - started;
  test.info().annotations.push({type: "navigation-to-data", description: `${navigationToData} ms`});
  console.log(`navigation to token data: ${navigationToData} ms`);
  await app.shot("token-page");
  await app.axe();

  await app.actAs("buyer01");
  await expect(page.getByTestId("my-balance")).toBeVisible();
  await expect(page.getByTestId("sale-position")).toHaveCount(0); // nothing bought yet: no position shown
  const nonce = await chain.nonce("buyer01");
  const amount = page.getByLabel(/Tokens to buy/);
  await amount.fill("1,5");
  await expect(page.getByText(/is not an amount/)).toBeVisible();
  await page.getByRole("button", {name: "Buy"}).click();
  await expect(page.getByText(/Not sent:/)).toBeVisible();
  await amount.fill("2000000");
  await expect(page.getByText(/more than what is left on sale/).first()).toBeVisible();
  await page.getByRole("button", {name: "Buy"}).click();
  await expect(page.getByText(/Not sent: .*more than what is left on sale/)).toBeVisible();
  await app.shot("bad-input");
  expect(await chain.nonce("buyer01")).toBe(nonce);

  await amount.fill("30000");
  await expect(page.getByText("= 30,000 ALEX")).toBeVisible();
  await expect(page.getByTestId("buy-cost")).toContainText("600 USDC");
  await page.getByRole("button", {name: "Buy"}).dblclick(); // a double click buys once
  await expect(page.getByText(/Confirmed:/)).toBeVisible();
  await expect(page.getByTestId("sale-sold")).toContainText("30,000 of 1,000,000 ALEX sold");
  // The buyer's place in the agreement: held until the soft cap, and the only shares so far, so all of each payment.
  await expect(page.getByTestId("sale-position")).toHaveText(
    "You bought 30,000 ALEX for 600 USDC (30,000 held for you until the sale succeeds). Your claim: 30,000 of " +
      "30,000 shares, so 100% of every payment of the creator's 15% income share.",
  );
  await app.shot("bought");
  expect(await chain.nonce("buyer01")).toBe(nonce + 2); // approve + buy, once
  expect(await chain.balanceOf(alexToken.token, alexToken.splitter)).toBe(parseEther("1000000")); // delivered at soft cap
});
