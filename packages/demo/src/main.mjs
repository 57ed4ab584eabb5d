#!/usr/bin/env node
// `pnpm demo`: start a throwaway anvil, deploy the protocol with script/Deploy.s.sol (so the addresses are those of
// deployments/31337.json), then play the $ALEX seed story through @personal-token/sdk (src/story.mjs) and print a
// report: who holds what, who was paid what, gas per step. Anvil is stopped whatever happens (success, failure,
// Ctrl-C); a failure exits 1 with one `demo: error:` line.
//
// forge and anvil come from the repo root's @foundry-rs/* devDependencies. The SDK is imported from its built dist/;
// it is (re)built first when dist/ is missing or older than its sources (tools/ensure-sdk.mjs, like every pretest).
// Environment (all optional):
//   DEMO_RPC_TIMEOUT_MS   how long to wait for anvil to answer (default 15000)
//   DEMO_STEP_TIMEOUT_MS  how long forge script or the SDK build may take, cold compile included (default 180000)
//   DEMO_ANVIL            an anvil binary to use instead of the @foundry-rs/anvil one
//   DEMO_SUPPORTER        the early supporter who receives 1,000,000 ALEX at launch (anvil's account 2 by default)
//   DEMO_SERVE            0 to stop after the report (tests and CI, where CI=true, never serve); otherwise the web
//                         app (packages/app) is served on the story's chain until Ctrl-C, its URL printed, with the
//                         indexer (packages/indexer, embedded PGlite in a temp folder) beside it
//   DEMO_APP_PORT         the port to serve the app on (default 5173; 0 lets the OS pick)
//   DEMO_INDEXER_PORT     the port the indexer serves its API on (default: one the OS picks)

import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {dirname, join, sep} from "node:path";
import {performance} from "node:perf_hooks";
import {fileURLToPath, pathToFileURL} from "node:url";
import {ANVIL_GENESIS_TIMESTAMP, DEPLOYER_KEY, startAnvil as startHarnessAnvil} from "../../../tools/anvil.mjs";
import {ensureSdkBuilt, isStale, pnpm} from "../../../tools/ensure-sdk.mjs";
import {foundryBinary} from "../../../tools/foundry.mjs";
import {stopProcess} from "../../../tools/process.mjs";
import {ACCOUNTS} from "./figures.mjs";

/** Anvil's first pre-funded account (the public "test test ... junk" mnemonic). Only ever sent to the anvil below. */
const ANVIL_KEY_0 = DEPLOYER_KEY;
const CHAIN_ID = 31_337;
const RPC_TIMEOUT_MS = positiveInt("DEMO_RPC_TIMEOUT_MS", 15_000);
const STEP_TIMEOUT_MS = positiveInt("DEMO_STEP_TIMEOUT_MS", 180_000);
const KILL_GRACE_MS = 3_000;
/** Anvil's genesis timestamp, fixed (2026-01-01 00:00 UTC) so that every run prints the same figures. */
const GENESIS_TIMESTAMP = ANVIL_GENESIS_TIMESTAMP;
const TAIL_LINES = 20;

class DemoError extends Error {
  /** @param {string} message one line, shown as `demo: error: <message>` @param {string} [details] shown above it */
  constructor(message, details = "") {
    super(message);
    this.details = details;
  }
}

/** Child processes still running; all of them are stopped before this process exits. */
const children = new Set();
let stopping = false;
/** Set once the app is served: Ctrl-C is then how the demo ends, not an interruption (exit 0, nothing for pnpm to report). */
let serving = false;

const ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\ndemo: ${signal} received, stopping anvil (and the indexer)\n`);
    stopChildren().finally(() => exit(serving && signal === "SIGINT" ? 0 : code));
  });
}
// Last resort if something exits the process without going through stopChildren (an uncaught exception, say).
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

main().then(
  () => exit(0),
  (error) => {
    if (stopping) return; // a signal handler is already shutting down
    stopping = true;
    if (error instanceof DemoError) {
      if (error.details) process.stderr.write(`${error.details}\n`);
      process.stderr.write(`demo: error: ${error.message}\n`);
    } else {
      process.stderr.write(`demo: error: ${error?.stack ?? error}\n`);
    }
    stopChildren().finally(() => exit(1));
  },
);

async function main() {
  const started = performance.now();
  const anvilBin = process.env.DEMO_ANVIL || resolveFoundryBinary("anvil");
  const forgeBin = resolveFoundryBinary("forge");
  const supporter = process.env.DEMO_SUPPORTER || undefined;

  console.log("Personal Token Protocol demo: the $ALEX seed story, through @personal-token/sdk");
  console.log(`  repo   ${ROOT}`);

  let t = performance.now();
  const anvil = await startAnvil(anvilBin);
  console.log(
    `  anvil  ${anvil.url} (chain ${CHAIN_ID}, ${ACCOUNTS} accounts with 10,000 ETH, pid ${anvil.child.pid})  ${since(t)}`,
  );

  // `forge script` compiles only what the script imports; the story also deploys the local stablecoin mock, so build
  // both first (a no-op when out/ is up to date, e.g. after `forge test`).
  t = performance.now();
  await run(
    forgeBin,
    ["build", "script/Deploy.s.sol", "test/utils/mocks/MockERC20.sol", "--color", "never"],
    "forge build",
  );
  console.log(`  build  forge build script/Deploy.s.sol test/utils/mocks/MockERC20.sol  ${since(t)}`);

  t = performance.now();
  const label = "forge script script/Deploy.s.sol";
  const {stdout} = await run(
    forgeBin,
    [
      "script",
      "script/Deploy.s.sol",
      "--rpc-url",
      anvil.url,
      "--broadcast",
      "--private-key",
      ANVIL_KEY_0,
      "--color",
      "never",
    ],
    label,
  );
  console.log(`  deploy ${label}  ${since(t)}`);
  for (const line of consoleLogs(stdout, label)) console.log(line); // forge already indents them by two

  t = performance.now();
  const rebuilt = await ensureSdkBuilt(run);
  const {playStory, StepError} = await import(pathToFileURL(join(ROOT, "packages/demo/src/story.mjs")).href);
  const {Report} = await import(pathToFileURL(join(ROOT, "packages/demo/src/report.mjs")).href);
  console.log(`  sdk    @personal-token/sdk ${rebuilt ? "built" : "dist up to date"}  ${since(t)}`);

  const report = new Report();
  let story;
  try {
    story = await playStory({url: anvil.url, root: ROOT, supporter, report});
  } catch (error) {
    if (error instanceof StepError) throw new DemoError(error.message, error.details);
    throw error;
  }

  console.log("\n== Summary: gas per act (sum of the receipts' gasUsed) ==");
  report.summary();
  if (shouldServe()) return serveTheApp(anvil, story, started);
  await stopChildren();
  console.log(`\nDone in ${seconds(started)}; anvil stopped.`);
}

/** Serve unless told not to (DEMO_SERVE=0) or in CI: tests and CI play the story and stop. */
function shouldServe() {
  return process.env.DEMO_SERVE !== "0" && process.env.CI !== "true" && process.env.CI !== "1";
}

/**
 * Keeps the story's anvil running and serves the web app on it until Ctrl-C, so a newcomer opens $ALEX's page and acts
 * as Alex, alice or a buyer with the app's dev wallet. Beside it runs the indexer (packages/indexer/scripts/start.mjs:
 * `ponder start` on embedded PGlite, its data in a temp folder removed when it stops), and the app's server
 * (packages/app/scripts/serve.mjs) serves dist/ with /rpc proxied to anvil and /indexer/* to the indexer: the app's
 * lists (tokens, holders, activity, a portfolio) come from the indexer once it has caught up, from the chain's logs
 * until then. The app is built first when its dist/ is missing or older than its sources. Ctrl-C stops all three.
 */
async function serveTheApp(anvil, story, started) {
  const app = join(ROOT, "packages/app");
  const t = performance.now();
  const {spawnIndexer} = await import(pathToFileURL(join(ROOT, "packages/indexer/scripts/start.mjs")).href);
  const indexer = spawnIndexer({
    rpcUrl: anvil.url,
    port: Number(process.env.DEMO_INDEXER_PORT ?? 0),
    pollingIntervalMs: 500,
    logLevel: "warn",
    onSpawn: track,
  });
  const rebuilt = await ensureAppBuilt(app);
  const {serveApp} = await import(pathToFileURL(join(app, "scripts/serve.mjs")).href);
  const port = Number(process.env.DEMO_APP_PORT ?? 5173);
  const indexerUrl = await indexer.url;
  const server = await serveApp({rpcUrl: anvil.url, indexerUrl, port}).catch(() =>
    serveApp({rpcUrl: anvil.url, indexerUrl, port: 0}),
  );
  console.log(
    `\nDone in ${seconds(started)}. The app (${rebuilt ? "built" : "dist up to date"}, ${since(t)}) serves the story's chain:`,
  );
  console.log(`  app      ${server.url}#/token/${story.token}`);
  console.log(`  indexer  ${indexerUrl} (the app reads it at ${server.url}indexer/), catching up with the chain…`);
  console.log(`           PGlite in ${indexer.pgliteDir}, removed when it stops`);
  console.log("           connect the dev wallet and act as Alex, alice or a buyer; Ctrl-C stops all of it.");
  indexer.ready().then(
    () => console.log(`  indexer  caught up with the chain in ${seconds(t)}: the app's lists now come from it`),
    (error) => {
      if (stopping) return;
      const reason = String(error?.message ?? error).split("\n")[0];
      console.log(`  indexer  not available (${reason}): the app's lists come from the chain's logs`);
    },
  );
  serving = true;
  await new Promise(() => {}); // until a signal: the handlers stop the indexer and anvil and exit
}

/** Builds packages/app (vite build) when dist/ is missing or older than its sources; resolves true when it built. */
async function ensureAppBuilt(app) {
  const inputs = ["src", "index.html", "vite.config.ts", "package.json", "../sdk/dist", "../indexer/client"].map((p) =>
    join(app, p),
  );
  if (!isStale(join(app, "dist/index.html"), inputs)) return false;
  const [bin, args] = pnpm(["--filter", "@personal-token/app", "build"]);
  await run(bin, args, "pnpm --filter @personal-token/app build");
  return true;
}

/**
 * Starts anvil with the repo's harness (tools/anvil.mjs: a port the OS picks, so parallel runs never collide; the fixed
 * genesis; a block clock, so the story never depends on the machine's speed), tracked so a signal stops it.
 */
async function startAnvil(bin) {
  try {
    return await startHarnessAnvil({
      bin,
      chainId: CHAIN_ID,
      accounts: ACCOUNTS,
      timestamp: GENESIS_TIMESTAMP,
      timeoutMs: RPC_TIMEOUT_MS,
      onSpawn: track,
    });
  } catch (error) {
    const details =
      error.output && !error.message.startsWith("could not start") ? tailBlock("anvil output", error.output) : "";
    throw new DemoError(`${error.message}${error.message.includes("within") ? " (DEMO_RPC_TIMEOUT_MS)" : ""}`, details);
  }
}

/** Runs one command in the repo root; resolves with its output, or rejects with its stderr tail. */
async function run(bin, args, label) {
  const child = spawnTracked(bin, args);
  const output = collect(child);
  const timer = setTimeout(() => child.kill("SIGTERM"), STEP_TIMEOUT_MS);
  const [code, signal] = await new Promise((resolve) => child.once("close", (c, s) => resolve([c, s])));
  clearTimeout(timer);
  if (code === 0) return {stdout: output.stdout(), stderr: output.stderr()};

  // forge reports errors on stderr; fall back to stdout when stderr has nothing to say.
  const details = output.stderr().trim()
    ? tailBlock("stderr", output.stderr())
    : output.stdout().trim()
      ? tailBlock("stdout", output.stdout())
      : "  (it printed nothing)";
  const reason = signal === "SIGTERM" && !stopping ? `timed out after ${STEP_TIMEOUT_MS} ms` : exitReason(child);
  throw new DemoError(`\`${label}\` failed (${reason})`, details);
}

/** The script's console.log lines: the block under forge's `== Logs ==` heading. */
function consoleLogs(stdout, label) {
  const lines = stdout.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === "== Logs ==");
  if (start === -1) throw new DemoError(`\`${label}\` succeeded but printed no "== Logs ==" section`);
  const logs = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") break;
    logs.push(line.replaceAll(ROOT + sep, ""));
  }
  return logs;
}

/** Adds a child to those stopped before this process exits, until it exits (or never starts). */
function track(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  child.once("error", () => children.delete(child));
}

function spawnTracked(bin, args) {
  const child = spawn(bin, args, {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: process.env});
  track(child);
  child.once("error", (error) => {
    if (!stopping) {
      stopping = true;
      process.stderr.write(`demo: error: could not start ${bin}: ${error.message}\n`);
      stopChildren().finally(() => exit(1));
    }
  });
  return child;
}

/** Buffers a child's output (which also keeps its pipes drained, so it never blocks on a full pipe). */
function collect(child) {
  let stdout = "";
  let stderr = "";
  let all = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    stdout += chunk;
    all += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    stderr += chunk;
    all += chunk;
  });
  return {stdout: () => stdout, stderr: () => stderr, all: () => all};
}

/** SIGTERM every child, SIGKILL whatever is still there after a grace period, and wait for them to go. */
async function stopChildren() {
  await Promise.all([...children].map((child) => stopProcess(child, KILL_GRACE_MS)));
}

/**
 * The native binary of a Foundry tool (tools/foundry.mjs): the process we stop is the tool itself, and its exit status
 * is its own (the npm wrapper in node_modules/.bin drops it, so it is never used).
 */
function resolveFoundryBinary(tool) {
  try {
    return foundryBinary(tool);
  } catch (error) {
    throw new DemoError(error.message);
  }
}

/** The workspace root: the nearest ancestor holding pnpm-workspace.yaml. */
function findRepoRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

function tailBlock(title, text) {
  const lines = text.trimEnd().split(/\r?\n/);
  if (lines.length === 1 && lines[0] === "") return `  (${title}: empty)`;
  const tail = lines.slice(-TAIL_LINES);
  const heading = lines.length > TAIL_LINES ? `${title}, last ${TAIL_LINES} lines` : title;
  return [`  ${heading}:`, ...tail.map((line) => `  | ${line}`)].join("\n");
}

function exitReason(child) {
  return child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
}

function seconds(t) {
  return `${((performance.now() - t) / 1_000).toFixed(1)} s`;
}

function since(t) {
  return `(${seconds(t)})`;
}

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`demo: error: ${name} must be a positive integer of milliseconds, got "${raw}"\n`);
    process.exit(1);
  }
  return value;
}

/** Exits once everything written so far has been flushed (stdout may be a pipe). */
function exit(code) {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
