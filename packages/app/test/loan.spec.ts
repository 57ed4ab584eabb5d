// Journey: Alex launches a token with a personal loan through the form (1,500 USDC, 3 × 525 USDC back); alice lends
// it all; Alex withdraws the principal and repays installment 1 from his dashboard; alice claims it, then sells 500
// of her 1,500 claims to buyer 01 — so installment 2 is split 2:1 between them, and buyer 01 claims his third.
import {type Address, parseUnits} from "viem";
import {DAY, mintUsdc} from "./chain.js";
import {expect, test} from "./fixtures.js";

const usdc = (v: string) => parseUnits(v, 6);

test("a loan is funded, withdrawn, repaid and claimed, and its claims follow who holds them", async ({app, chain}) => {
  const {page} = app;
  const USDC = process.env.USDC as Address;
  await mintUsdc(chain, USDC, "alice", usdc("1500"));

  await app.open("launch");
  await app.actAs("alex");
  await page.getByLabel("Name", {exact: true}).fill("Alex Masmej");
  await page.getByLabel("Symbol", {exact: true}).fill("ALEX");
  await page.getByLabel("Early supporter's address (optional)").fill(chain.address("alice"));
  await page.getByLabel("Early supporter's tokens").fill("1000000");
  await page.getByLabel("Income-share sale: sell a share of your future income").uncheck();
  await page.getByLabel("Time offers: sell hours of your time").uncheck();
  await page.getByLabel("Polls: let holders vote on your choices").uncheck();
  await page.getByLabel(/Personal loan: borrow/).check();
  await page.getByLabel("Loan name (its claim token)").fill("Alex Masmej Loan 2026");
  await page.getByLabel("Claim symbol").fill("aml26");
  await expect(page.getByText(/Claim symbol: 1 to 11 capital letters/).first()).toBeVisible();
  await page.getByLabel("Claim symbol").fill("AML26");
  await page.getByLabel("Borrowed in (ETH or an ERC-20 address)").fill(USDC);
  await expect(page.getByText("= USDC")).toBeVisible();
  // The amounts start empty (never a default in whatever asset is chosen), and the review says what is missing.
  const review = page.getByTestId("launch-review");
  await expect(page.getByLabel("Principal (USDC)")).toHaveValue("");
  await expect(review).toContainText("Fix: Enter an amount of USDC.");
  await page.getByLabel("Principal (USDC)").fill("1500");
  await page.getByLabel("Each installment (USDC)").fill("525");
  await expect(review.getByTestId("predicted")).toContainText("personal loan");
  await expect(review.getByTestId("summary")).toContainText("Lenders can lend you 1,500 USDC until");
  await expect(review.getByTestId("summary")).toContainText("owe back 1,575 USDC (3 installments of 525 USDC");
  await expect(review.getByTestId("summary")).toContainText("No contract can force you to repay");
  await expect(review.getByTestId("gas")).toContainText(/Simulated gas: [\d,]+/);
  await app.shot("launch-with-loan");
  await app.axe();
  await page.getByRole("button", {name: "Launch (one transaction)"}).click();
  await page.getByRole("link", {name: "open your token's page"}).click();
  await expect(page.getByTestId("token-ready")).toContainText("Alex Masmej");
  const tokenRoute = new URL(page.url()).hash.slice(2); // "token/0x…"

  // alice lends the whole principal from the token page (approve, then fund).
  await app.actAs("alice");
  const loan = page.getByTestId("loan");
  /** Claims what the loan owes the account acting now; the page then shows nothing left to claim. */
  const claimRepayments = async () => {
    await loan.getByRole("button", {name: "Claim repayments"}).click();
    await expect(loan.getByTestId("loan-claim")).toContainText("claimable now: 0 USDC");
  };
  await expect(loan.getByTestId("loan-terms")).toContainText("borrows 1,500 USDC and promises to pay back 1,575 USDC");
  await expect(loan.getByTestId("loan-status")).toHaveText("funding");
  await expect(loan.getByTestId("loan-installments")).toContainText("upcoming");
  const nonce = await chain.nonce("alice");
  await loan.getByLabel(/Amount to lend/).fill("2000");
  await expect(loan.getByText(/more than what the principal still lacks \(1,500 USDC\)/).first()).toBeVisible();
  await loan.getByRole("button", {name: "Fund the loan"}).click();
  await expect(loan.getByText("Not sent: see the field above.")).toBeVisible();
  expect(await chain.nonce("alice")).toBe(nonce);
  await loan.getByLabel(/Amount to lend/).fill("1,500");
  await expect(loan.getByText("= 1,500 USDC")).toBeVisible();
  await loan.getByRole("button", {name: "Fund the loan"}).click(); // the funding form goes once the principal is reached
  await expect(loan.getByTestId("loan-status")).toHaveText("active");
  await expect(loan.getByTestId("loan-funding")).toContainText("1,500 of 1,500 USDC funded (100%)");
  await expect(loan.getByTestId("loan-claim")).toContainText("You hold 1,500 AML26 (100% of the claims)");
  expect(await chain.nonce("alice")).toBe(nonce + 2); // approve + fund
  await app.shot("funded");
  await app.axe();

  // Alex takes the principal, then repays installment 1 when it is due.
  await app.open("dashboard");
  await app.actAs("alex");
  const desk = page.getByTestId("loan-creator");
  const withdrawn = await chain.gained(USDC, "alex", async () => {
    await desk.getByRole("button", {name: "Withdraw principal"}).click();
    await expect(desk).toContainText("principal withdrawn");
  });
  expect(withdrawn).toBe(usdc("1500"));
  await chain.warp(44n * DAY); // the 14-day funding window, then 30 days: installment 1 is due
  await page.reload();
  await expect(desk.getByTestId("loan-next")).toContainText("installment 1, 525 USDC due");
  await desk.getByRole("button", {name: "Fill in installment 1"}).click();
  await expect(desk.getByText("= 525 USDC")).toBeVisible();
  await desk.getByRole("button", {name: "Repay", exact: true}).click();
  await expect(desk.getByRole("form", {name: "Repay"}).getByText(/Confirmed:/)).toBeVisible();
  await expect(desk.getByTestId("loan-next")).toContainText("installment 2, 525 USDC due");
  await app.shot("dashboard-repaid");
  await app.axe();

  // alice claims installment 1, then sells a third of her claims to buyer 01.
  await app.open("portfolio");
  await app.actAs("alice");
  await expect(page.getByTestId("portfolio-loan")).toContainText("you hold 1,500 AML26; claimable 525 USDC");
  await page
    .getByRole("link", {name: /Alex Masmej/})
    .first()
    .click();
  await expect(loan.getByTestId("loan-installments")).toContainText("paid");
  await expect(loan.getByTestId("loan-claim")).toContainText("claimable now: 525 USDC");
  expect(await chain.gained(USDC, "alice", claimRepayments)).toBe(usdc("525"));
  await loan.getByLabel("To (address)").fill(chain.address("buyer01"));
  await loan.getByLabel(/Claims to transfer/).fill("500");
  await loan.getByRole("button", {name: "Transfer claims"}).click();
  await expect(loan.getByTestId("loan-claim")).toContainText("You hold 1,000 AML26");

  // Installment 2 goes to whoever holds the claims when it arrives: 350 to alice, 175 to buyer 01.
  await chain.warp(30n * DAY);
  await app.open("dashboard");
  await app.actAs("alex");
  await desk.getByRole("button", {name: "Fill in installment 2"}).click();
  await desk.getByRole("button", {name: "Repay", exact: true}).click();
  await expect(desk.getByTestId("loan-next")).toContainText("installment 3, 525 USDC due");
  await app.open(tokenRoute); // buyer 01 holds no ALEX, only claims: he opens the token's page
  await app.actAs("buyer01");
  await expect(loan.getByTestId("loan-claim")).toContainText("You hold 500 AML26 (33.33% of the claims)");
  await expect(loan.getByTestId("loan-claim")).toContainText("claimable now: 175 USDC");
  expect(await chain.gained(USDC, "buyer01", claimRepayments)).toBe(usdc("175"));
  await app.shot("claims-follow-holders");

  // His portfolio shows the token for the claims he holds, though he holds no ALEX.
  await app.open("portfolio");
  await app.actAs("buyer01");
  await expect(page.getByTestId("portfolio-loan")).toContainText("you hold 500 AML26; claimable 0 USDC");
});
