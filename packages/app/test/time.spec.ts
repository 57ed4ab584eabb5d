// Journey: a holder requests an hour of the creator's time (tokens locked by permit), the creator accepts and
// delivers from the dashboard's inbox, the holder confirms and the creator is paid.
import {parseEther} from "viem";
import {expect, test} from "./fixtures.js";

test("a holder books an hour, the creator accepts and delivers, the holder confirms", async ({
  app,
  chain,
  alexToken,
}) => {
  const {page} = app;
  await app.open(`token/${alexToken.token}`);
  await app.actAs("alice");
  const offers = page.getByTestId("time-offers");
  await expect(offers).toContainText("25,000 ALEX per 1 hour");
  await offers.getByLabel("Note for the creator").fill("A call about my startup");
  await offers.getByRole("button", {name: "Request time"}).click();
  await expect(offers.getByText(/Confirmed:/)).toBeVisible();
  await expect(page.getByTestId("my-requests")).toContainText("Request 0");
  await expect(page.getByTestId("my-requests")).toContainText("requested");
  expect(await chain.balanceOf(alexToken.token, alexToken.escrow)).toBe(parseEther("25000"));
  await app.shot("requested");

  await app.open("dashboard");
  await app.actAs("alex");
  const inbox = page.getByTestId("inbox");
  await expect(inbox).toContainText("Request 0");
  await inbox.getByLabel(/Schedule request 0 in/).fill("1");
  await inbox.getByRole("button", {name: "Accept"}).click();
  await expect(inbox).toContainText("accepted");
  await app.shot("inbox-accepted");
  await chain.warp(3_700n); // the session took place
  await page.reload();
  await inbox.getByRole("button", {name: "Mark delivered"}).click();
  await expect(inbox).toContainText("delivered");

  await app.open("portfolio");
  await app.actAs("alice");
  const mine = page.getByTestId("my-requests");
  await expect(mine).toContainText("delivered");
  await app.shot("portfolio-delivered");
  await app.axe();
  const paid = await chain.gained(alexToken.token, "alex", async () => {
    await mine.getByRole("button", {name: "Confirm delivery"}).click();
    await expect(mine).toContainText("No open requests.");
  });
  expect(paid).toBe(parseEther("25000"));
});
