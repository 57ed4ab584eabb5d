// Journey: the sale succeeds; after the first quarter the creator withdraws the proceeds, reports the quarter's income
// and pays what it owes from the dashboard; a buyer claims their share from the token page.
import {getPeriodRecord} from "@personal-token/sdk";
import {type Address, erc20Abi, parseEther, parseUnits} from "viem";
import {formatTime} from "../src/lib/format.js";
import {buy, DAY} from "./chain.js";
import {expect, test} from "./fixtures.js";

test("the creator reports and pays a quarter, the buyer claims", async ({app, chain, alexToken}) => {
  const {page} = app;
  const usdc = process.env.USDC as Address;
  await buy(chain, alexToken, usdc, "buyer01", parseEther("300000")); // past the soft cap: 6,000 USDC

  // Too early: the proceeds stay until the sale window closes. The SDK's simulation refuses it with its sentence, shown
  // under the form with the custom error's name; nothing is sent.
  await app.open("dashboard");
  await app.actAs("alex");
  const creator = page.getByTestId("sale-creator");
  const nonce = await chain.nonce("alex");
  await creator.getByRole("button", {name: "Withdraw proceeds"}).click();
  await expect(creator.getByRole("form", {name: "Withdraw the proceeds"}).getByRole("alert")).toContainText(
    /Failed: .*IncomeShareSplitter_ProceedsLocked/,
  );
  await app.shot("proceeds-locked");
  expect(await chain.nonce("alex")).toBe(nonce);

  await chain.warp(14n * DAY + 91n * DAY + 60n); // the sale closed, quarter 0 ended
  await page.reload();
  await expect(creator).toContainText("Status succeeded");
  // The next step in the contract's terms: the report is due at the period's end plus the 30-day grace, not later.
  const {due} = await getPeriodRecord(chain.publicClient, {splitter: alexToken.splitter, period: 0n});
  const dueText = formatTime(due);
  const next = creator.getByTestId("sale-next");
  await expect(next).toHaveText(`Next: report period 0 by ${dueText}; after that it reads late, on-chain.`);
  await expect(next).not.toHaveClass("late");
  await app.shot("dashboard");
  await app.axe();
  // A second past the due date the record reads late (as the token page's table does), until the report is sent.
  await chain.warp(due - (await chain.now()) + 1n);
  await page.reload();
  await expect(next).toHaveText(
    `Next: report period 0. Its report was due ${dueText}: it reads late until you send it.`,
  );
  await expect(next).toHaveClass("late");
  await expect(creator).toContainText("1 late period(s)");
  await creator.getByRole("button", {name: "Withdraw proceeds"}).click();
  await expect(creator.getByText(/Confirmed:/)).toBeVisible();

  await creator.getByLabel(/Gross income earned in the period/).fill("40000");
  await expect(creator.getByText("Owed to buyers: 6,000 USDC (15%)")).toBeVisible();
  await creator.getByLabel("Evidence link").fill("ipfs://alex/q0-statement");
  await creator.getByRole("button", {name: "Report income"}).click();
  await expect(creator.getByRole("form", {name: "Report a period's income"}).getByText(/Confirmed:/)).toBeVisible();
  await expect(creator.getByText(/Period 0: owed 6,000 USDC, paid 0/)).toBeVisible();
  await expect(next).toHaveText("Next: period 0 has 6,000 USDC of 6,000 owed still to pay.");
  await expect(creator).toContainText("0 late period(s)");
  await creator.getByLabel(/Amount to pay/).fill("6000");
  await creator.getByRole("button", {name: "Pay income"}).click();
  await expect(creator.getByRole("form", {name: "Pay a period"}).getByText(/Confirmed:/)).toBeVisible();
  await expect(creator.getByText(/Period 0: owed 6,000 USDC, paid 6,000/)).toBeVisible();
  await expect(next).toContainText("Next: report period 1 by ");
  await app.shot("reported-and-paid");

  await app.open(`token/${alexToken.token}`);
  await app.actAs("buyer01");
  await expect(page.getByTestId("periods")).toContainText("40,000");
  // The date in the table is the report's deadline (end + grace), not a payment date.
  await expect(page.getByTestId("periods").getByRole("columnheader", {name: "Report due"})).toBeVisible();
  await expect(page.getByTestId("claimable")).toContainText("6,000 USDC claimable");
  const before = await chain.publicClient.readContract({
    address: usdc,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [chain.address("buyer01")],
  });
  await page.getByRole("button", {name: "Claim income"}).click();
  await expect(page.getByRole("form", {name: "Your income"}).getByText(/Confirmed:/)).toBeVisible();
  await expect(page.getByRole("form", {name: "Your income"})).toContainText("Nothing to claim yet.");
  const after = await chain.publicClient.readContract({
    address: usdc,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [chain.address("buyer01")],
  });
  expect(after - before).toBe(parseUnits("6000", 6));
  await app.shot("claimed");
  await app.axe();

  // The portfolio names the buyer's part of the agreement: the only buyer, so all of every payment.
  await app.open("portfolio");
  await expect(page.getByTestId("holding-ALEX").getByTestId("portfolio-income-share")).toHaveText(
    "Income share: 300,000 of 300,000 claim shares, so 100% of every payment.",
  );
});
