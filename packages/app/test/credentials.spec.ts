// Journey: from his dashboard Alex adds credentials beside $ALEX ("Early believer", not revocable; its hash shows as
// pending until it is mined) and a second class
// ("Great developer", revocable). He issues an early-believer credential to alice (a malformed list, then a recipient who already holds one,
// are refused at the recipients field and nothing is sent); alice sees it on the token page. Alex signs a claim for
// buyer 01, who pastes it on the token page (a tampered copy fails at the signature field, nothing sent) and claims;
// his portfolio then shows $ALEX with the credential, though he holds no ALEX.
// Alex revokes alice's revocable credential; the early-believer class offers no revoke.
import {expect, test} from "./fixtures.js";

test("a creator issues, signs a claim for and revokes credentials; holders see and claim them", async ({
  app,
  chain,
  alexToken,
}) => {
  const {page} = app;
  const alice = chain.address("alice");
  const buyer = chain.address("buyer01");

  // Alex adds credentials beside $ALEX from his dashboard, then a second class that he may revoke.
  await app.open("dashboard");
  await app.actAs("alex");
  const add = page.getByRole("form", {name: "Add a module beside the token"});
  await add.getByLabel("Credentials", {exact: true}).check();
  await add.getByRole("button", {name: "Add the module"}).click();
  await expect(add.getByLabel("First class's metadata URI")).toHaveAccessibleDescription(
    /Give the class's metadata URI/,
  );
  await add.getByLabel("First class's metadata URI").fill("ipfs://early-believer");
  await expect(add.getByTestId("add-module-review")).toContainText("Its address, known before it exists: 0x");
  await expect(add.getByTestId("add-module-review")).toContainText("Class 0 is not revocable");
  await app.shot("add-credentials");
  // Held in the mempool (automine off), the launch shows its hash as pending, and the module's desk waits for it.
  await chain.testClient.setAutomine(false);
  try {
    await add.getByRole("button", {name: "Add the module"}).click();
    await expect(add.locator("output.status")).toContainText("Pending: ");
    await expect(page.getByTestId("credentials-creator")).toBeHidden();
    await chain.testClient.mine({blocks: 1});
  } finally {
    await chain.testClient.setAutomine(true); // the other specs share this anvil
  }
  await expect(add.getByText(/Confirmed:/)).toBeVisible();
  const desk = page.getByTestId("credentials-creator");
  const create = desk.getByRole("form", {name: "Create a class"});
  await create.getByLabel("Metadata URI").fill("ipfs://great-developer");
  await create.getByLabel("Each credential valid for (days, 0 for no expiry)").fill("365");
  await create.getByLabel(/You\s+may revoke its credentials/).check();
  await create.getByRole("button", {name: "Create class"}).click();
  await expect(create.getByText(/Confirmed:/)).toBeVisible();

  const issue = desk.getByRole("form", {name: "Issue credentials"});
  const recipients = issue.getByLabel("Recipients (one address a line)");
  const nonce = await chain.nonce("alex");
  await recipients.fill(`${alice}\n0x1234`);
  await expect(issue.getByText('Line 2 ("0x1234") is not an address.').first()).toBeVisible();
  await issue.getByRole("button", {name: "Issue"}).click();
  await expect(issue.getByText("Not sent: see the field above.")).toBeVisible();
  await recipients.fill(alice);
  await expect(issue.getByText("1 recipient(s), one transaction")).toBeVisible();
  await issue.getByRole("button", {name: "Issue"}).click();
  await expect(issue.getByText(/Confirmed:/)).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce + 1);

  // Issuing to alice again: the simulation reverts with Credentials_AlreadyHeld, shown at the recipients field.
  await recipients.fill(`${buyer}\n${alice}`);
  await issue.getByRole("button", {name: "Issue"}).click();
  await expect(recipients).toHaveAccessibleDescription(/already holds a credential of class 0/);
  await expect(issue.getByRole("alert")).toContainText(`${alice} already holds a credential of class 0`);
  await expect(issue.getByText("Not sent: see the field above.")).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce + 1);
  await app.shot("already-held-at-the-field");
  await app.axe();

  await issue.getByLabel("Class to issue").selectOption({label: "1: ipfs://great-developer"});
  await recipients.fill(alice);
  await issue.getByRole("button", {name: "Issue"}).click();
  await expect(issue.getByText(/Confirmed:/)).toBeVisible();

  // A claim for buyer 01, signed without gas.
  const sign = desk.getByRole("form", {name: "Sign a claim (no gas)"});
  await sign.getByLabel("Recipient").fill(buyer);
  await sign.getByRole("button", {name: "Sign claim"}).click();
  await expect(sign.getByText("Signed: nothing was sent on chain.")).toBeVisible();
  expect(await chain.nonce("alex")).toBe(nonce + 2);
  const code = await desk.getByLabel(/Signed claim to hand over/).inputValue();
  expect(JSON.parse(code)).toMatchObject({classId: "0", recipient: buyer, nonce: "0"});
  await app.shot("claim-signed");

  // alice sees her credentials on the token page, with each class's terms.
  await app.open(`token/${alexToken.token}`);
  await app.actAs("alice");
  const section = page.getByTestId("credentials");
  await expect(section.getByTestId("credential-classes")).toContainText("no — cannot be revoked");
  await expect(section.getByTestId("credential-classes")).toContainText("yes — the creator can revoke");
  await expect(section.getByTestId("credential-classes")).toContainText("valid 365 days from each issue");
  await expect(section.getByTestId("my-credentials")).toContainText("class 0 (ipfs://early-believer, no expiry)");
  await expect(section.getByTestId("my-credentials")).toContainText("class 1 (ipfs://great-developer, valid until");
  await app.shot("alice-credentials");
  await app.axe();

  // buyer 01 pastes the claim: a tampered copy (a later deadline) is not the creator's signature; the real one works.
  await app.actAs("buyer01");
  await expect(section.getByTestId("my-credentials")).toHaveText("You hold none.");
  const claim = section.getByRole("form", {name: "Claim a credential with the creator's signature"});
  const pasted = claim.getByLabel(/Signed claim \(paste what the creator gave you\)/);
  const buyerNonce = await chain.nonce("buyer01");
  const tampered = JSON.parse(code);
  tampered.deadline = (BigInt(tampered.deadline) + 1n).toString();
  await pasted.fill(JSON.stringify(tampered));
  await claim.getByRole("button", {name: "Claim credential"}).click();
  await expect(pasted).toHaveAccessibleDescription("The signature is not the creator's signature of this claim.");
  expect(await chain.nonce("buyer01")).toBe(buyerNonce);
  await pasted.fill(code);
  await claim.getByRole("button", {name: "Claim credential"}).click();
  await expect(claim.getByText(/Confirmed:/)).toBeVisible();
  await expect(section.getByTestId("my-credentials")).toContainText("class 0 (ipfs://early-believer, no expiry)");
  await expect(section.getByTestId("credential-holders")).toContainText(
    "holds class 0 (no expiry, claimed with a signature)",
  );

  // buyer 01 holds no ALEX, only the credential: the portfolio still shows $ALEX, with it.
  await app.open("portfolio");
  await app.actAs("buyer01");
  const holding = page.locator(`section[aria-labelledby="hold-${alexToken.token}"]`);
  await expect(holding.getByRole("heading", {level: 2})).toContainText(": 0 ALEX");
  await expect(holding.getByTestId("portfolio-credentials")).toHaveText("Credentials: class 0 (ipfs://early-believer)");
  await app.shot("portfolio-credential-only");
  await app.axe();

  // Alex revokes alice's great-developer credential; the early-believer class is not offered for revoking.
  await app.open("dashboard");
  await app.actAs("alex");
  const revoke = desk.getByRole("form", {name: "Revoke a credential"});
  await expect(revoke.getByLabel("Class (revocable classes only)").locator("option")).toHaveText([
    "1: ipfs://great-developer",
  ]);
  await revoke.getByLabel("Holder").fill(buyer);
  await revoke.getByRole("button", {name: "Revoke"}).click();
  await expect(revoke.getByLabel("Holder")).toHaveAccessibleDescription(/holds no credential of class 1/);
  await revoke.getByLabel("Holder").fill(alice);
  await revoke.getByRole("button", {name: "Revoke"}).click();
  await expect(revoke.getByText(/Confirmed:/)).toBeVisible();
  await app.open(`token/${alexToken.token}`);
  await app.actAs("alice");
  await expect(section.getByTestId("my-credentials")).toHaveText(/^class 0 \(ipfs:\/\/early-believer, no expiry\)$/);
  await app.shot("revoked");
});
