// Journey: the creator's long run. Alex tops up his staking campaign from the dashboard; tries to release vesting before
// the cliff (refused on screen, nothing sent), then half a year later releases it. Beside $ALEX he has also launched a
// module of an implementation that is not the protocol's: its page warns about it and offers nothing to do with it.
// And a loan that failed to fund: buyer 01 lent 100 USDC, the deadline passed below the principal, he takes it back.
import {readFileSync} from "node:fs";
import {launchModule, loanModule, pollsModule} from "@personal-token/sdk";
import {type Address, type Hex, parseEther, parseUnits} from "viem";
import {DAY} from "./chain.js";
import {expect, test} from "./fixtures.js";

const HOLDER_POLLS = new URL("../../../out/HolderPolls.sol/HolderPolls.json", import.meta.url);

test("a creator tops up the campaign and releases vesting; unknown code is flagged; a failed loan is refunded", async ({
  app,
  chain,
  alexToken,
}) => {
  const {page} = app;
  // A second copy of the polls contract, deployed by someone else: same interface, not the protocol's implementation.
  const {abi, bytecode} = JSON.parse(readFileSync(HOLDER_POLLS, "utf8"));
  const deployed = await chain.wallet("deployer").deployContract({abi, bytecode: bytecode.object as Hex});
  const implementation = (await chain.mined(deployed)).contractAddress as Address;
  const launched = await launchModule(chain.wallet("alex"), {
    token: alexToken.token,
    module: pollsModule({implementation}),
  });
  await chain.mined(launched.hash);
  const USDC = process.env.USDC as Address;
  const deadline = (await chain.now()) + 7n * DAY;
  const loanLaunch = await launchModule(chain.wallet("alex"), {
    token: alexToken.token,
    module: loanModule({
      terms: {
        name: "Alex Masmej Loan 2026",
        symbol: "AML26",
        asset: USDC,
        principal: parseUnits("1500", 6),
        fundingDeadline: deadline,
        installments: [{dueDate: deadline + 30n * DAY, amount: parseUnits("1575", 6)}],
      },
    }),
  });
  await chain.mined(loanLaunch.hash);

  await app.open(`token/${alexToken.token}`);
  const unknown = page.getByTestId("unknown-module");
  await expect(unknown).toContainText("not one of the protocol's implementations");
  await expect(unknown).toContainText(launched.module);
  await expect(unknown.getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId("polls")).toHaveCount(1); // only the protocol's own polls get a section
  await app.shot("unknown-module");
  await app.axe();

  // buyer 01 lends 100 USDC; nobody else does.
  await app.actAs("buyer01");
  const loan = page.getByTestId("loan");
  await loan.getByLabel(/Amount to lend/).fill("100");
  await loan.getByRole("button", {name: "Fund the loan"}).click();
  await expect(loan.getByTestId("loan-claim")).toContainText("You hold 100 AML26");
  await chain.warp(8n * DAY);
  await page.reload();
  await expect(loan.getByTestId("loan-status")).toHaveText("failed");
  await expect(loan.getByTestId("loan-funding")).toContainText("funding failed");
  const lent = await chain.balanceOf(USDC, "buyer01");
  await loan.getByRole("button", {name: "Refund my loan"}).click();
  await expect(loan.getByTestId("loan-position")).toBeHidden();
  expect((await chain.balanceOf(USDC, "buyer01")) - lent).toBe(parseUnits("100", 6));
  await app.shot("loan-refunded");

  await app.open("dashboard");
  await app.actAs("alex");
  const desk = page.getByTestId("dashboard-ALEX");
  // Every module's part of the desk has its own heading, one level under the token's.
  for (const name of ["Vesting", "Income-share sale", "Inbox: time requests", "Polls", "Staking campaign"]) {
    await expect(desk.getByRole("heading", {level: 3, name, exact: true})).toBeVisible();
  }
  const topUp = desk.getByRole("form", {name: "Start or top up the campaign"});
  await topUp.getByLabel(/Rewards to stream/).fill("100000");
  await expect(topUp.getByText("= 100,000 ALEX")).toBeVisible();
  await topUp.getByRole("button", {name: "Fund campaign"}).click();
  await expect(topUp.getByText(/Confirmed:/)).toBeVisible();
  expect(await chain.balanceOf(alexToken.token, alexToken.campaign)).toBe(parseEther("400000"));

  const vesting = desk.getByRole("form", {name: "Release vested tokens"});
  const nonce = await chain.nonce("alex");
  await vesting.getByRole("button", {name: "Release vested tokens"}).click();
  await expect(vesting.getByText(/Not sent: Nothing releasable before 20/)).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce);
  await app.shot("vesting-before-cliff");

  await chain.warp(357n * DAY); // 365 days in all: past the 180-day cliff, a third of the 3-year schedule has vested
  await page.reload();
  await expect(vesting).not.toContainText("releasable now 0 ALEX");
  const released = await chain.gained(alexToken.token, "alex", async () => {
    await vesting.getByRole("button", {name: "Release vested tokens"}).click();
    await expect(vesting.getByText(/Confirmed:/)).toBeVisible();
  });
  expect(released).toBeGreaterThanOrEqual(parseEther("5000000") / 3n);
  expect(released).toBeLessThan(parseEther("5000000") / 2n);
  await app.shot("vesting-released");
  await app.axe();
});
