// Journey: a holder stakes ALEX in the creator's campaign, rewards stream, the holder claims them.
import {parseEther} from "viem";
import {DAY} from "./chain.js";
import {expect, test} from "./fixtures.js";

test("a holder stakes and claims rewards", async ({app, chain, alexToken}) => {
  const {page} = app;
  await app.open(`token/${alexToken.token}`);
  await app.actAs("alice");
  const staking = page.getByTestId("staking");
  await expect(staking).toContainText("Stake ALEX, earn ALEX");
  // Nothing staked, nothing earned: claiming or leaving would be a transaction that moves nothing, so none is sent.
  await expect(page.getByTestId("stake-position")).toContainText("You stake 0 ALEX and have earned 0 ALEX");
  const nonce = await chain.nonce("alice");
  await staking.getByRole("button", {name: "Claim rewards"}).click();
  await expect(staking.getByRole("form", {name: "Claim rewards"})).toContainText("Not sent: Nothing to claim yet.");
  await staking.getByRole("button", {name: "Withdraw all and claim"}).click();
  await expect(staking.getByRole("form", {name: "Withdraw all and claim"})).toContainText(
    "Not sent: Nothing staked and nothing earned.",
  );
  expect(await chain.nonce("alice")).toBe(nonce);
  await staking.getByLabel(/Amount to stake/).fill("100000");
  await expect(staking.getByText("= 100,000 ALEX")).toBeVisible();
  await staking.getByRole("button", {name: "Stake", exact: true}).click();
  await expect(staking.getByRole("form", {name: "Stake"}).getByText(/Confirmed:/)).toBeVisible();
  await expect(page.getByTestId("stake-position")).toContainText("You stake 100,000 ALEX");
  expect(await chain.balanceOf(alexToken.token, alexToken.campaign)).toBe(parseEther("400000"));

  await chain.warp(DAY);
  await page.reload();
  await expect(page.getByTestId("stake-position")).not.toContainText("have earned 0 ALEX");
  await app.shot("earning");
  const rewards = await chain.gained(alexToken.token, "alice", async () => {
    await staking.getByRole("button", {name: "Claim rewards"}).click();
    await expect(staking.getByRole("form", {name: "Claim rewards"}).getByText(/Confirmed:/)).toBeVisible();
  });
  expect(rewards).toBeGreaterThan(0n);
  await app.shot("claimed");
  await app.axe();
});
