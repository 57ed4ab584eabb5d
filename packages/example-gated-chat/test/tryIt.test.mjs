// Issue 15, item 7: a bad configuration is refused at startup, a wrong method is 405, and one command signs in.
import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {after, before, test} from "node:test";
import {bytesToHex, createPublicClient, http, parseEther} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {createChatServer} from "../src/server.mjs";
import {ANVIL_MNEMONIC, launchAlex, listen, startAnvil, wallet} from "./anvil.mjs";

const here = new URL("..", import.meta.url).pathname;
let anvil;
let server;
let base;
let token;
const holder = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 2});

/** Runs `node <script>` in this package with `env`; resolves with its exit code and output. */
function node(script, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {cwd: here, env: {PATH: process.env.PATH, ...env}});
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.once("close", (code) => resolve({code, out}));
  });
}

before(async () => {
  anvil = await startAnvil();
  const publicClient = createPublicClient({chain: foundry, transport: http(anvil.rpcUrl)});
  const creator = wallet(anvil.rpcUrl, 1);
  token = await launchAlex(publicClient, creator, {
    supply: parseEther("1000000"),
    holder: holder.address,
    held: parseEther("10"),
  });
  server = createChatServer({client: publicClient, token, domain: "localhost"});
  base = await listen(server);
});

after(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await anvil?.stop();
});

test("a bad TOKEN is refused at startup, before listening: not an address, or not a personal token", async () => {
  assert.throws(
    () => createChatServer({client: {}, token: "0x123", domain: "localhost"}),
    /token: "0x123" is not an address/,
  );
  const short = await node("src/main.mjs", [], {RPC_URL: anvil.rpcUrl, TOKEN: "0x123", PORT: "0"});
  assert.equal(short.code, 1);
  assert.match(short.out, /^TOKEN=0x123 is not an address/);
  const wallet = await node("src/main.mjs", [], {RPC_URL: anvil.rpcUrl, TOKEN: holder.address, PORT: "0"});
  assert.equal(wallet.code, 1);
  assert.match(
    wallet.out,
    /is not a contract \(no code there: a wallet, or nothing deployed\), not a personal token\./,
  );
});

test("GET /login is 405 with Allow: POST", async () => {
  const response = await fetch(`${base}/login`);
  assert.equal(response.status, 405);
  assert.equal(response.headers.get("allow"), "POST");
  assert.equal((await fetch(`${base}/nowhere`)).status, 404);
});

test("one command signs in as a holder, posts and reads the chat", async () => {
  const result = await node("src/signIn.mjs", [base, "gm from the command line"], {
    PRIVATE_KEY: bytesToHex(holder.getHdKey().privateKey),
    CHAIN_ID: String(foundry.id),
    DOMAIN: "localhost",
  });
  assert.equal(result.code, 0, result.out);
  assert.match(result.out, new RegExp(`^signed in as ${holder.address} \\(balance 10000000000000000000 base units\\)`));
  assert.match(result.out, /: gm from the command line\n$/);
});
