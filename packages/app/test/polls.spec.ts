// Journey: the creator asks a question; alice votes directly, Alex signs his vote (a first signature is rejected in
// the wallet: nothing is sent), the relayer submits the signed vote; after the end anyone finalizes.
import {DAY} from "./chain.js";
import {expect, test} from "./fixtures.js";

test("a poll is created, voted on directly and by signature, and finalized", async ({app, chain, alexToken}) => {
  const {page} = app;
  await chain.warp(DAY); // a poll weighs balances one block before it starts: not in the launch block

  await app.open("dashboard");
  await app.actAs("alex");
  const create = page.getByRole("form", {name: "Create a poll"});
  await create.getByLabel("Question").fill("What should I do every day in June?");
  await create
    .getByLabel("Options, one per line")
    .fill("run 5 km a day\nread a book a week\nno sugar\nwake up at 5 am");
  await create.getByRole("button", {name: "Create poll"}).click();
  await expect(create.getByText(/Confirmed:/)).toBeVisible();
  await chain.warp(60n);

  await app.open(`token/${alexToken.token}`);
  await app.actAs("alice");
  const poll = page.getByTestId("poll-0");
  await expect(poll).toContainText("What should I do every day in June?");
  await poll.getByLabel("run 5 km a day").check();
  await poll.getByRole("button", {name: "Vote", exact: true}).click();
  await expect(poll.getByRole("form", {name: "Vote"}).getByText(/Confirmed:/)).toBeVisible();
  await expect(poll).toContainText("1,000,000");

  await app.actAs("alex");
  const nonce = await chain.nonce("alex");
  await poll.getByLabel("read a book a week").check();
  await page.getByRole("button", {name: "Reject next request"}).click();
  await poll.getByRole("button", {name: "Sign vote (no gas)"}).click();
  await expect(poll.getByText(/You rejected the request in your wallet: nothing was sent/)).toBeVisible();
  await app.shot("signature-rejected");
  expect(await chain.nonce("alex")).toBe(nonce);
  await poll.getByRole("button", {name: "Sign vote (no gas)"}).click();
  await expect(poll.getByText("Signed: nothing was sent on chain.")).toBeVisible();
  await expect(page.getByText("1 signed vote(s) waiting")).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce);

  await app.actAs("relayer");
  // Held in the mempool (automine off), the relay keeps its form, its status and the votes until it is mined.
  await chain.testClient.setAutomine(false);
  try {
    await page.getByRole("button", {name: "Relay signed votes"}).click();
    const relay = page.getByRole("form", {name: "1 signed vote(s) waiting"});
    await expect(relay.locator("output.status")).toContainText("Pending: ");
    await chain.testClient.mine({blocks: 1});
  } finally {
    await chain.testClient.setAutomine(true); // the other specs share this anvil
  }
  await expect(page.getByText("1 signed vote(s) waiting")).toBeHidden();
  await expect(poll).toContainText("2,700,000");
  await app.shot("voted");
  await app.axe();

  await chain.warp(8n * DAY);
  await page.reload();
  await poll.getByRole("button", {name: "Finalize"}).click();
  await expect(poll).toContainText("finalized");
  await expect(poll).toContainText("read a book a week — winner");
  await app.shot("finalized");
});
