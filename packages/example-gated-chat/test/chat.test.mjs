// End to end: anvil + the protocol, $ALEX launched with the SDK, the chat server on a free port; a holder signs in and
// chats, a non-holder is refused (403), a replayed sign-in is refused (401), a session is needed for /chat. A second
// server admits on an "Early believer" credential only: its holder gets in without tokens, loses access by burning it.
import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import {burnCredential, credentialsModule, issueCredentials, launchModule} from "@personal-token/sdk";
import {createPublicClient, http, parseEther} from "viem";
import {foundry} from "viem/chains";
import {createSiweMessage} from "viem/siwe";
import {createChatServer} from "../src/server.mjs";
import {launchAlex, listen, startAnvil, wallet} from "./anvil.mjs";

let anvil;
let server;
let base;
let credentialServer;
let credentialBase;
let believer;
let credentials;
let publicClient;
const domain = "chat.alex.example";
let holder;
let outsider;

before(async () => {
  anvil = await startAnvil();
  publicClient = createPublicClient({chain: foundry, transport: http(anvil.rpcUrl)});
  const creator = wallet(anvil.rpcUrl, 1);
  holder = wallet(anvil.rpcUrl, 2);
  outsider = wallet(anvil.rpcUrl, 5);
  const token = await launchAlex(publicClient, creator, {
    supply: parseEther("10000000"),
    holder: holder.account.address,
    held: parseEther("1000"),
  });
  // The domain sign-in messages must name: in production the site's public host, here a fixed one.
  server = createChatServer({client: publicClient, token, domain});
  base = await listen(server);

  // Credentials launched later; the outsider (no tokens) is given an "Early believer" credential.
  believer = outsider;
  const launched = await launchModule(creator, {
    token,
    module: credentialsModule({classes: [{uri: "ipfs://early-believer"}]}),
  });
  await publicClient.waitForTransactionReceipt({hash: launched.hash});
  credentials = launched.module;
  await publicClient.waitForTransactionReceipt({
    hash: await issueCredentials(creator, {credentials, classId: 0n, recipients: [believer.account.address]}),
  });
  credentialServer = createChatServer({client: publicClient, domain, credential: {credentials, classId: 0n}});
  credentialBase = await listen(credentialServer);
});

after(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await new Promise((resolve) => (credentialServer ? credentialServer.close(resolve) : resolve()));
  await anvil?.stop();
});

async function call(method, path, {body, session, at = base} = {}) {
  const response = await fetch(at + path, {
    method,
    headers: {"content-type": "application/json", ...(session ? {cookie: `session=${session}`} : {})},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: response.status, body: await response.json(), cookie: response.headers.get("set-cookie")};
}

/** What a wallet front end does: fetch a nonce, build the SIWE message with viem, sign it. */
async function signIn(client, overrides = {}, at = base) {
  const {body} = await call("GET", "/nonce", {at});
  const message = createSiweMessage({
    address: client.account.address,
    chainId: foundry.id,
    domain,
    nonce: body.nonce,
    uri: `https://${domain}/login`,
    version: "1",
    statement: "Sign in to the holders' chat.",
    issuedAt: new Date(),
    expirationTime: new Date(Date.now() + 5 * 60_000),
    ...overrides,
  });
  return {message, signature: await client.signMessage({message})};
}

test("/chat needs a session", async () => {
  assert.equal((await call("GET", "/chat")).status, 401);
  assert.equal((await call("GET", "/chat", {session: "ab".repeat(32)})).status, 401);
});

test("a holder signs in, reads and posts", async () => {
  const login = await call("POST", "/login", {body: await signIn(holder)});
  assert.equal(login.status, 200, JSON.stringify(login.body));
  assert.equal(login.body.address, holder.account.address);
  assert.equal(login.body.balance, parseEther("1000").toString());
  assert.match(login.cookie, /^session=[0-9a-f]{64}; HttpOnly; SameSite=Strict/);
  const session = login.body.session;
  assert.equal((await call("POST", "/chat", {session, body: {text: "gm holders"}})).status, 201);
  const chat = await call("GET", "/chat", {session});
  assert.equal(chat.status, 200);
  assert.deepEqual(
    chat.body.messages.map((m) => [m.from, m.text]),
    [[holder.account.address, "gm holders"]],
  );
});

test("a non-holder is refused with 403", async () => {
  const login = await call("POST", "/login", {body: await signIn(outsider)});
  assert.equal(login.status, 403);
  assert.equal(login.body.reason, "insufficient-balance");
});

test("a replayed sign-in (same nonce) is refused", async () => {
  const signed = await signIn(holder);
  assert.equal((await call("POST", "/login", {body: signed})).status, 200);
  const replay = await call("POST", "/login", {body: signed});
  assert.equal(replay.status, 401);
  assert.equal(replay.body.reason, "nonce-mismatch");
});

test("a message for another site, or expired, is refused", async () => {
  const phishing = await call("POST", "/login", {body: await signIn(holder, {domain: "evil.example"})});
  assert.deepEqual([phishing.status, phishing.body.reason], [401, "domain-mismatch"]);
  const expired = await call("POST", "/login", {
    body: await signIn(holder, {expirationTime: new Date(Date.now() - 1_000)}),
  });
  assert.deepEqual([expired.status, expired.body.reason], [401, "expired"]);
});

test("a credential-gated chat admits the credential's holder without tokens, refuses others, and a burn ends access", async () => {
  const at = credentialBase;
  const refused = await call("POST", "/login", {body: await signIn(holder, {}, at), at});
  assert.deepEqual([refused.status, refused.body.reason], [403, "missing-credential"]);

  const login = await call("POST", "/login", {body: await signIn(believer, {}, at), at});
  assert.equal(login.status, 200, JSON.stringify(login.body));
  assert.equal(login.body.address, believer.account.address);
  const session = login.body.session;
  assert.equal((await call("POST", "/chat", {session, body: {text: "gm believers"}, at})).status, 201);

  await publicClient.waitForTransactionReceipt({hash: await burnCredential(believer, {credentials, classId: 0n})});
  assert.equal((await call("GET", "/chat", {session, at})).status, 403);
});
