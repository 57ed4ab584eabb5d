// Runs `src/main.mjs` as a child process, the way `pnpm demo` does, and checks its report and that it never leaves
// anvil behind. Each run's anvil listens on a port the OS picks, so these runs don't collide with each other or with a
// `pnpm demo` running alongside.

import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {test} from "node:test";
import {fileURLToPath} from "node:url";

const MAIN = fileURLToPath(new URL("../src/main.mjs", import.meta.url));
const ADDRESS = "0x[0-9a-fA-F]{40}";
const RUN_TIMEOUT_MS = 120_000; // a cold `forge build` included

test("deploys the protocol and launches $ALEX with its allocations", {timeout: RUN_TIMEOUT_MS}, async () => {
  const {code, stdout, stderr} = await runDemo();
  assert.equal(code, 0, `demo exited with ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);

  assert.match(stdout, new RegExp(`PersonalTokenFactory: ${ADDRESS}`));
  assert.match(stdout, new RegExp(`PersonalToken implementation: ${ADDRESS}`));
  assert.match(stdout, new RegExp(`CreatorVesting implementation: ${ADDRESS}`));
  assert.match(stdout, new RegExp(`Launched Alex Masmej \\(ALEX\\) at ${ADDRESS}\\b`));
  assert.match(stdout, /total supply\s+10000000 ALEX/);
  assert.match(stdout, /creator\s+4000000 ALEX liquid/);
  assert.match(stdout, new RegExp(`supporter\\s+1000000 ALEX \\(${ADDRESS}\\)`));
  assert.match(stdout, new RegExp(`vesting wallet\\s+5000000 ALEX locked at ${ADDRESS}`));
  assert.match(stdout, new RegExp(`Time escrow at ${ADDRESS}: offer 0 = 25000 ALEX for one hour`));
  assert.match(stdout, /supporter locked 25000 ALEX for 1 hour \(request 0\)/);
  assert.match(stdout, /anvil clock moved 3600 s forward/);
  assert.match(stdout, /25000 ALEX released from the escrow to the creator/);
  assert.match(stdout, /creator now holds 4025000 ALEX liquid/);
  assert.match(stdout, /supporter now holds 975000 ALEX/);
  assert.match(stdout, /escrow holds 0 ALEX/);
  assert.match(stdout, /anvil stopped/);

  await assertStopped(anvilUrl(stdout));
});

test("fails with one error line and the forge stderr tail, and stops anvil", {timeout: RUN_TIMEOUT_MS}, async () => {
  // DemoLaunch.s.sol gives DEMO_SUPPORTER 1,000,000 ALEX; the factory refuses the zero address, so the second forge
  // script reverts after the deployment succeeded, while anvil is up.
  const {code, stdout, stderr} = await runDemo({env: {DEMO_SUPPORTER: `0x${"0".repeat(40)}`}});
  assert.notEqual(code, 0, `demo should have failed\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);

  const lines = stderr.trimEnd().split("\n");
  assert.match(lines.at(-1), /^demo: error: `forge script script\/DemoLaunch\.s\.sol` failed \(exit code \d+\)$/);
  assert.match(stderr, /forge stderr/);
  assert.match(stderr, /\| Error: script failed/);
  assert.equal(stderr.match(/^demo: error:/gm).length, 1, "exactly one error line");

  await assertStopped(anvilUrl(stdout));
});

test("stops anvil on SIGINT", {timeout: RUN_TIMEOUT_MS}, async () => {
  let url;
  const {code, signal, stderr} = await runDemo({
    onStdout(stdout, child) {
      if (url) return;
      url = tryAnvilUrl(stdout);
      if (url) child.kill("SIGINT");
    },
  });
  assert.ok(url, "the demo never reported anvil's URL");
  assert.ok(code === 130 || signal === "SIGINT", `expected exit 130 after SIGINT, got code ${code} signal ${signal}`);
  assert.match(stderr, /SIGINT received, stopping anvil/);

  await assertStopped(url);
});

/** Runs the demo; resolves with its exit status and output. */
function runDemo({env = {}, onStdout} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {env: {...process.env, ...env}, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
      onStdout?.(stdout, child);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({code, signal, stdout, stderr}));
  });
}

function tryAnvilUrl(stdout) {
  return /^\s*anvil\s+(http:\/\/127\.0\.0\.1:\d+)/m.exec(stdout)?.[1];
}

function anvilUrl(stdout) {
  const url = tryAnvilUrl(stdout);
  assert.ok(url, `no anvil URL in the demo's output:\n${stdout}`);
  return url;
}

/** The anvil the demo started no longer answers. */
async function assertStopped(url) {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {"content-type": "application/json"},
      body: JSON.stringify({jsonrpc: "2.0", id: 1, method: "eth_chainId", params: []}),
      signal: AbortSignal.timeout(2_000),
    });
    assert.fail(`anvil at ${url} is still running (answered HTTP ${response.status})`);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    // ECONNREFUSED and friends: nothing is listening any more.
  }
}
