// Journey: the time requests that do not end in a confirmed session. alice has four requests open (an hour each,
// 25,000 ALEX locked per request, placed through the SDK as in time.spec.ts's first step): Alex declines one from his
// inbox; alice cancels one from her portfolio; Alex accepts two, delivers one, never the other; alice disputes the
// delivery (the escrow names an arbiter), and once the arbiter's time and the undelivered one's deadline have passed
// she reclaims both. Every token comes back to her.
import {requestTime} from "@personal-token/sdk";
import type {Locator} from "@playwright/test";
import {type Address, parseEther} from "viem";
import {DAY, launchAlex} from "./chain.js";
import {expect, test} from "./fixtures.js";

test("a request is declined, one cancelled, one disputed and one never delivered; the holder gets every token back", async ({
  app,
  chain,
}) => {
  const {page} = app;
  const alex = await launchAlex(chain, process.env.USDC as Address, {arbiter: chain.address("relayer")});
  const aliceWallet = chain.wallet("alice");
  for (const note of ["decline me", "I will cancel", "deliver, then dispute", "never delivered"]) {
    await chain.mined(await requestTime(aliceWallet, {escrow: alex.escrow, offerId: 0n, units: 1, note, permit: true}));
  }
  const start = await chain.balanceOf(alex.token, "alice");
  expect(await chain.balanceOf(alex.token, alex.escrow)).toBe(parseEther("100000"));
  /** What alice has got back so far. */
  const refunded = async () => (await chain.balanceOf(alex.token, "alice")) - start;
  /** Ends the request of `row` with its button `action`: the row leaves the list. */
  const end = async (row: Locator, action: string) => {
    await row.getByRole("button", {name: action}).click();
    await expect(row).toBeHidden();
  };

  // Alex: decline request 0, accept 2 and 3 for an hour from now.
  await app.open("dashboard");
  await app.actAs("alex");
  const inbox = page.getByTestId("inbox");
  await end(inbox.getByTestId("request-0"), "Decline");
  expect(await refunded()).toBe(parseEther("25000"));
  for (const id of [2, 3]) {
    const row = inbox.getByTestId(`request-${id}`);
    await row.getByLabel(`Schedule request ${id} in (hours from now)`).fill("1");
    await row.getByRole("button", {name: "Accept"}).click();
    await expect(row).toContainText("accepted");
  }
  await app.shot("inbox");
  await chain.warp(3_700n); // the session of request 2 took place
  await page.reload();
  await inbox.getByTestId("request-2").getByRole("button", {name: "Mark delivered"}).click();
  await expect(inbox.getByTestId("request-2")).toContainText("delivered");

  // alice: cancel request 1, dispute the delivery of request 2.
  await app.open("portfolio");
  await app.actAs("alice");
  const mine = page.getByTestId("my-requests");
  await end(mine.getByTestId("request-1"), "Cancel request");
  expect(await refunded()).toBe(parseEther("50000"));
  const disputed = mine.getByTestId("request-2");
  await expect(disputed).toContainText(/the arbiter 0x.* then decides/);
  await disputed.getByRole("button", {name: "Dispute"}).click();
  await expect(disputed).toContainText("disputed");
  await expect(disputed).toContainText("if the arbiter has not decided by then");
  const undelivered = mine.getByTestId("request-3");
  await expect(undelivered).toContainText("if not delivered");
  await expect(undelivered.getByRole("button", {name: "Reclaim tokens"})).toBeHidden(); // not before its deadline
  await app.shot("portfolio-disputed");
  await app.axe();

  // The arbiter never decides (7 days), and request 3 was never delivered: alice reclaims both.
  await chain.warp(8n * DAY);
  await page.reload();
  for (const row of [disputed, undelivered]) await end(row, "Reclaim tokens");
  await expect(mine).toContainText("No open requests.");
  expect(await refunded()).toBe(parseEther("100000"));
  expect(await chain.balanceOf(alex.token, alex.escrow)).toBe(0n);
  await app.shot("reclaimed");
});
