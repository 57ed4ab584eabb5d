// Journey: Alex launches $ALEX through the form — supporter, vesting, the income-share sale in USDC, time offers,
// polls, a staking campaign and credentials — reads the predicted addresses, the plain-words summary and the simulated
// gas, and sends one transaction. Bad input (a lowercase symbol) is refused before signing.
import {expect, test} from "./fixtures.js";

test("a creator launches $ALEX with every module through the form", async ({app, chain}) => {
  const {page} = app;
  await app.open("launch");
  await app.actAs("alex");
  await page.getByLabel("Name").fill("Alex Masmej");
  await page.getByLabel("Symbol").fill("alex");
  await expect(page.getByText(/Symbol: 1 to 11 capital letters/).first()).toBeVisible();
  const nonce = await chain.nonce("alex");
  await page.getByRole("button", {name: "Launch (one transaction)"}).click();
  await expect(page.getByText(/Not sent: Symbol/)).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce);

  await page.getByLabel("Symbol").fill("ALEX");
  await expect(page.getByText(/Not sent: Symbol/)).toBeHidden(); // the refusal goes with the input it refused
  await page.getByLabel("Bio").fill("I sell my time, a share of my income and a say in my life.");
  await page.getByLabel("Early supporter's address (optional)").fill(chain.address("alice"));
  await page.getByLabel("Early supporter's tokens").fill("1000000");
  await page.getByLabel("Paid in (ETH or an ERC-20 address)").fill(process.env.USDC as string);
  await expect(page.getByText("= USDC")).toBeVisible();
  await page.getByLabel(/Price per token/).fill("0.02");
  await page.getByLabel("Staking campaign: reward holders who stake").check();
  await page.getByLabel("Credentials: soulbound badges you give to holders").check();
  await page.getByLabel("First class's metadata URI").fill("ipfs://early-believer");
  const review = page.getByTestId("launch-review");
  await expect(review.getByTestId("predicted")).toContainText("staking campaign");
  await expect(review.getByTestId("summary")).toContainText("share 15% of your income for 12 periods");
  await expect(review.getByTestId("summary")).toContainText("You keep 2,700,000 ALEX liquid");
  await expect(review.getByTestId("predicted")).toContainText("credentials");
  await expect(review.getByTestId("summary")).toContainText(
    "Class 0 is not revocable: once issued, you can never take",
  );
  await expect(review.getByTestId("gas")).toContainText(/Simulated gas: [\d,]+/);
  // At the foot of the long form, the whole review is above, and its Launch button still on screen beside the form.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole("button", {name: "Launch (one transaction)"})).toBeInViewport();
  const predicted = (await review.getByTestId("predicted").locator("dd").first().textContent()) as string;
  await app.shot("launch-form");
  await app.axe();

  // What the write's status says at the moment the token's link enters the page: "Confirmed", in the same render, so
  // the status above the link does not change height under a click on it (a click that missed it failed under load).
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, {statusWhenLaunched: seen});
    new MutationObserver(() => {
      if (seen.length === 0 && document.querySelector('[data-testid="launched"]')) {
        seen.push(document.querySelector("output.status")?.textContent ?? "");
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: true});
  });
  await page.getByRole("button", {name: "Launch (one transaction)"}).click();
  await expect(page.getByTestId("launched")).toBeVisible();
  const statusWhenLaunched = await page.evaluate(
    () => (window as unknown as {statusWhenLaunched: string[]}).statusWhenLaunched,
  );
  expect(statusWhenLaunched[0]).toMatch(/^Confirmed: /);
  await page.getByRole("link", {name: "open your token's page"}).click();
  await expect(page.getByTestId("token-ready")).toContainText("Alex Masmej");
  await expect(page.getByText(`Token ${predicted}`)).toBeVisible();
  await expect(page.getByTestId("sale")).toContainText("at 0.02 USDC each");
  await expect(page.getByTestId("time-offers")).toContainText("25,000 ALEX per 1 hour");
  await expect(page.getByTestId("polls")).toBeVisible();
  await expect(page.getByTestId("staking")).toContainText("Stake ALEX, earn ALEX");
  await expect(page.getByTestId("credentials")).toContainText("no — cannot be revoked");
  await app.shot("launched-token");
});
