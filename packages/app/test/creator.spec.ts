// Journey: the creator's long run. Alex tops up his staking campaign from the dashboard; tries to release vesting before
// the cliff (refused on screen, nothing sent), then half a year later releases it. Beside $ALEX he has also launched a
// module of an implementation that is not the protocol's: its page warns about it and offers nothing to do with it.
import {readFileSync} from "node:fs";
import {launchModule, pollsModule} from "@personal-token/sdk";
import {type Address, type Hex, parseEther} from "viem";
import {DAY} from "./chain.js";
import {expect, test} from "./fixtures.js";

const HOLDER_POLLS = new URL("../../../out/HolderPolls.sol/HolderPolls.json", import.meta.url);

test("a creator tops up the campaign and releases vesting; a module of unknown code is flagged", async ({
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

  await app.open(`token/${alexToken.token}`);
  const unknown = page.getByTestId("unknown-module");
  await expect(unknown).toContainText("not one of the protocol's implementations");
  await expect(unknown).toContainText(launched.module);
  await expect(unknown.getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId("polls")).toHaveCount(1); // only the protocol's own polls get a section
  await app.shot("unknown-module");
  await app.axe();

  await app.open("dashboard");
  await app.actAs("alex");
  const desk = page.getByTestId("dashboard-ALEX");
  const topUp = desk.getByRole("form", {name: "Start or top up the campaign"});
  await topUp.getByLabel(/Rewards to stream/).fill("100000");
  await expect(topUp.getByText("= 100,000 ALEX")).toBeVisible();
  await topUp.getByRole("button", {name: "Fund campaign"}).click();
  await expect(topUp.getByText(/Confirmed:/)).toBeVisible();
  expect(await chain.balanceOf(alexToken.token, alexToken.campaign)).toBe(parseEther("400000"));

  const vesting = desk.getByRole("form", {name: "Vesting"});
  const nonce = await chain.nonce("alex");
  await vesting.getByRole("button", {name: "Release vested tokens"}).click();
  await expect(vesting.getByText(/Not sent: Nothing releasable before 20/)).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce);
  await app.shot("vesting-before-cliff");

  await chain.warp(365n * DAY); // past the 180-day cliff: a third of the 3-year schedule has vested
  await page.reload();
  await expect(vesting).not.toContainText("releasable now 0 ALEX");
  const before = await chain.balanceOf(alexToken.token, "alex");
  await vesting.getByRole("button", {name: "Release vested tokens"}).click();
  await expect(vesting.getByText(/Confirmed:/)).toBeVisible();
  const released = (await chain.balanceOf(alexToken.token, "alex")) - before;
  expect(released).toBeGreaterThanOrEqual(parseEther("5000000") / 3n);
  expect(released).toBeLessThan(parseEther("5000000") / 2n);
  await app.shot("vesting-released");
  await app.axe();
});
