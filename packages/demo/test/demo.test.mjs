// Runs `src/main.mjs` as a child process, the way `pnpm demo` does, and checks its report (the story's key figures),
// its failures (one error line, exit 1) and that it never leaves anvil behind. Each run's anvil listens on a port the OS picks, so these runs don't collide with each other or with a
// `pnpm demo` running alongside.

import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {fileURLToPath} from "node:url";

const MAIN = fileURLToPath(new URL("../src/main.mjs", import.meta.url));
const ADDRESS = "0x[0-9a-fA-F]{40}";
const RUN_TIMEOUT_MS = 300_000; // a cold `forge build` and SDK build included

test("plays the whole $ALEX story, prints the report and stops anvil", {timeout: RUN_TIMEOUT_MS}, async () => {
  const {code, stdout, stderr} = await runDemo();
  assert.equal(code, 0, `demo exited with ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);

  // Deployed with script/Deploy.s.sol: the addresses of deployments/31337.json.
  const deployment = JSON.parse(readFileSync(new URL("../../../deployments/31337.json", import.meta.url), "utf8"));
  assert.match(stdout, new RegExp(`PersonalTokenFactory: ${deployment.factory}`));

  // Act 1: the launch.
  assert.match(
    stdout,
    new RegExp(`Alex Masmej \\(ALEX\\) at ${ADDRESS} \\(predicted before the launch: same address\\)`),
  );
  assert.match(stdout, /vesting wallet\s+5,000,000\s+Alex's share/);
  assert.match(stdout, /total supply\s+10,000,000/);

  // Act 2: 30 buyers, 1,000,000 ALEX for 20,000 USDC; the creator is paid.
  assert.match(stdout, /sale succeeded: 1,000,000 of 1,000,000 ALEX sold/);
  assert.match(stdout, /30 buyers together\s+1,000,000\s+-20,000/);

  // Act 3: the real Uniswap V2 pair.
  assert.match(stdout, /reserves 500,000 ALEX \/ 2 WETH/);

  // Act 4: 15% of 40,000 = 6,000 owed, half USDC half LP; only USDC counts as paid, the LP value is a declaration.
  assert.match(stdout, /owed 6,000 \(15%\), paid 3,000 USDC \+ 3,000 declared for LP shares, late: false/);
  assert.match(stdout, /30 buyers together\s+1,000,000\s+3,000\s+150\n/);
  assert.match(stdout, /buyers' claims: 3,000 USDC \+ 150 LP; left in the splitter: 0 USDC, 0 LP/);

  // Act 5: an hour redeemed; the escrow is empty once confirmed.
  assert.match(stdout, /request 0: 25,000 ALEX locked; escrow holds 25,000 ALEX/);
  assert.match(stdout, /Alex received 25,000 ALEX; alice holds 975,000 ALEX; escrow holds 0 ALEX/);

  // Act 6: the stakers are paid what was funded, less at most one wei per staker settlement (4 stakers, 1 exit each,
  // plus the notification: the contract's rounding bound).
  const staking = /rewards paid: ([\d,.]+) of 300,000 ALEX funded \((\d+) wei short/.exec(stdout);
  assert.ok(staking, "no staking rewards line");
  assert.ok(Number(staking[2]) <= 5, `rewards paid ${staking[1]}: ${staking[2]} wei short of the funding, bound 5`);
  assert.match(
    stdout,
    /each staker paid at least what earned\(\) showed before the exits: true \(\d wei more in all\); LP still staked: 0/,
  );
  assert.match(stdout, /alice got back 100,000 ALEX \+ 0\.4 ETH for 200 LP/);

  // Act 7: the poll.
  assert.match(stdout, /the relayer submits the 20 signed votes in one transaction/);
  assert.match(stdout, /winner: "run 5 km a day" with [\d,.]+ ALEX; state finalized/);
  assert.doesNotMatch(stdout, /tied: no winner/);

  // Act 8: Peter Pan's loan; part of the debt sold on Uniswap V2; installments 2 and 3 split by who holds the claim.
  assert.match(stdout, /loan 0x[0-9a-fA-F]{40}: active, 1,500 USDC funded, 1,575 USDC owed back/);
  assert.match(stdout, /Peter Pan \(lender\)\s+900\s+630\n/);
  const debt = /buyer's share of installments 2-3: ([\d.]+) USDC for ([\d.]+) AML26 bought with 130 USDC/.exec(stdout);
  assert.ok(debt, "no debt buyer line");
  // 525 × 2 per 1,500 claims: 0.70 USDC per claim, rounded down.
  assert.ok(Math.abs(Number(debt[1]) - Number(debt[2]) * 0.7) < 0.000002, `buyer got ${debt[1]} for ${debt[2]} claims`);
  assert.match(
    stdout,
    /loan repaid: 1,575 USDC repaid, 1,574\.99999\d claimed, \d base units? of USDC left in the loan/,
  );
  assert.match(stdout, /everyone got exactly what claimable showed/);

  // The end: every ALEX accounted for, gas per act, the run time.
  assert.match(stdout, /the ALEX column adds up to exactly the supply, 10,000,000 ALEX/);
  assert.match(stdout, /^ {2}total\s+\d+\s+[\d,]+$/m);
  const elapsed = /^Done in ([\d.]+) s; anvil stopped\.$/m.exec(stdout);
  assert.ok(elapsed, "no final line");
  assert.ok(Number(elapsed[1]) < 60, `took ${elapsed[1]} s, budget 60 s`);
  assert.equal(stderr.match(/demo: error/g), null, `no error expected:\n${stderr}`);

  await assertStopped(anvilUrl(stdout));
});

test("a failing step: exits 1 with one readable error line, and stops anvil", {timeout: RUN_TIMEOUT_MS}, async () => {
  // The factory refuses the zero address as a recipient: the launch fails in the SDK's simulation, after the
  // deployment, while anvil is up.
  const {code, stdout, stderr} = await runDemo({env: {DEMO_SUPPORTER: `0x${"0".repeat(40)}`}});
  assert.equal(code, 1, `demo should have failed with 1\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);

  const lines = stderr.trimEnd().split("\n");
  assert.match(lines.at(-1), /^demo: error: step "launch ALEX .*" failed: .*no recipient.*$/);
  assert.match(stderr, /PersonalTokenFactory_ZeroRecipient\(1\)/, "the decoded custom error in the details");
  assert.equal(stderr.match(/^demo: error:/gm).length, 1, "exactly one error line");
  assert.doesNotMatch(stdout, /Act 2/);

  await assertStopped(anvilUrl(stdout));
});

test("anvil cannot start: exits 1 with one error line", {timeout: RUN_TIMEOUT_MS}, async () => {
  const {code, stdout, stderr} = await runDemo({env: {DEMO_ANVIL: "/nonexistent/anvil"}});
  assert.equal(code, 1, `--- stdout\n${stdout}\n--- stderr\n${stderr}`);
  assert.equal(stderr.match(/^demo: error:/gm)?.length, 1, `exactly one error line:\n${stderr}`);
  assert.match(stderr.trimEnd().split("\n").at(-1), /^demo: error: could not start \/nonexistent\/anvil: .*ENOENT/);
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
