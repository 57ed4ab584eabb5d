#!/usr/bin/env node
import {privateKeyToAccount} from "viem/accounts";
// Try the chat in one command, as a wallet front end would: fetch a nonce, build the Sign-In with Ethereum message
// with viem, sign it with PRIVATE_KEY, log in, post TEXT (optional) and print the chat.
//
//   PRIVATE_KEY=0x… node src/signIn.mjs http://localhost:8787 "gm holders"
//
// DOMAIN (default: the URL's host) must be the server's DOMAIN; CHAIN_ID is read from the server's RPC otherwise.
import {createSiweMessage} from "viem/siwe";

const [base, text] = process.argv.slice(2);
const fail = (message) => {
  console.error(`error: ${message}`);
  process.exit(1);
};
if (!base || !/^https?:\/\//.test(base))
  fail('usage: PRIVATE_KEY=0x… node src/signIn.mjs http://localhost:8787 ["text"]');
if (!process.env.PRIVATE_KEY) fail("set PRIVATE_KEY: the key of the holder who signs in");
if (!process.env.CHAIN_ID) fail("set CHAIN_ID: the chain the token is on (e.g. 31337 for anvil, 8453 for Base)");
const account = privateKeyToAccount(/** @type {`0x${string}`} */ (process.env.PRIVATE_KEY));

async function call(method, path, {body, session} = {}) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {"content-type": "application/json", ...(session ? {cookie: `session=${session}`} : {})},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: response.status, body: await response.json()};
}

const {body: nonce} = await call("GET", "/nonce");
const domain = process.env.DOMAIN ?? new URL(base).host;
const message = createSiweMessage({
  address: account.address,
  chainId: Number(process.env.CHAIN_ID),
  domain,
  nonce: nonce.nonce,
  uri: new URL("/login", base).href,
  version: "1",
  statement: "Sign in to the holders' chat.",
  issuedAt: new Date(),
  expirationTime: new Date(Date.now() + 5 * 60_000),
});
const login = await call("POST", "/login", {body: {message, signature: await account.signMessage({message})}});
if (login.status !== 200)
  fail(`login refused (${login.status}): ${login.body.reason ?? ""} ${login.body.detail ?? login.body.error ?? ""}`);
console.log(`signed in as ${login.body.address} (balance ${login.body.balance} base units)`);
const session = login.body.session;
if (text) {
  const posted = await call("POST", "/chat", {session, body: {text}});
  if (posted.status !== 201) fail(`posting refused (${posted.status}): ${posted.body.error}`);
}
const chat = await call("GET", "/chat", {session});
for (const m of chat.body.messages) console.log(`${m.at} ${m.from}: ${m.text}`);
