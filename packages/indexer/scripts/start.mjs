// Runs the indexer as a child process beside something else: `pnpm demo` (beside the app it serves), the app's browser
// test and this package's own tests and benchmark (test/harness.ts). `ponder start` (or `serve`) on a port, PGlite in
// a temp dir (removed when the process exits) unless a Postgres URL is given; `ready()` resolves once `/ready` answers
// 200 and, with `head`, once `/status` shows every block up to it indexed.
//
//   const indexer = spawnIndexer({rpcUrl: anvil.url});   // returns at once
//   await indexer.ready();                                 // backfill done
//   await indexer.stop();                                  // SIGTERM, then SIGKILL after a grace period

import {spawn} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {stopProcess} from "../../../tools/process.mjs";

/** This package's directory (Ponder runs there: ponder.config.ts, ponder.schema.ts, src/). */
export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..");
const PONDER = join(PACKAGE, "node_modules/ponder/dist/esm/bin/ponder.js");
const KILL_GRACE_MS = 5_000;
/** What is kept of a process's output (its tail): enough to explain a failure, bounded for a long-running demo. */
const OUTPUT_LIMIT = 256_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port the OS says is free now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Polls `check` until it returns true (or the deadline passes, then throws with `what`). */
export async function waitFor(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Starts `ponder start` (or `serve`) and returns at once; see the .d.mts for the options.
 * @param {import("./start.d.mts").IndexerOptions} options
 */
export function spawnIndexer(options) {
  const {
    rpcUrl,
    databaseUrl,
    schema = "indexer",
    command = "start",
    pollingIntervalMs = 100,
    port,
    logLevel,
    onSpawn,
  } = options;
  const pglite = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), "indexer-pglite-"));
  const env = {
    ...process.env,
    PONDER_RPC_URL_31337: rpcUrl,
    PONDER_POLLING_INTERVAL_MS: String(pollingIntervalMs),
    PONDER_TELEMETRY_DISABLED: "true",
    NODE_ENV: "production",
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.PONDER_PGLITE_DIR = pglite;
  }
  const portReady = port === undefined || port === 0 ? freePort() : Promise.resolve(port);
  let output = "";
  let child;
  const started = portReady.then((p) => {
    const args = [PONDER, command, "--schema", schema, "--port", String(p), "--log-format", "json"];
    if (logLevel) args.push("--log-level", logLevel);
    child = spawn(process.execPath, args, {cwd: PACKAGE, env, stdio: ["ignore", "pipe", "pipe"]});
    const keep = (chunk) => {
      output += chunk;
      if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT / 2);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    // The PGlite directory goes with the process, however it ends (stop(), a signal to the parent's children…).
    child.once("exit", () => {
      if (pglite) rmSync(pglite, {recursive: true, force: true});
    });
    onSpawn?.(child);
    return {port: p, child};
  });

  const ready = async (readyTimeoutMs = options.readyTimeoutMs ?? 180_000) => {
    const {port: p, child: c} = await started;
    const url = `http://127.0.0.1:${p}`;
    const deadline = Date.now() + readyTimeoutMs;
    const path = command === "start" ? "/ready" : "/health";
    for (;;) {
      if (c.exitCode !== null || c.signalCode !== null) {
        throw new Error(`ponder ${command} exited (${c.exitCode ?? c.signalCode}):\n${output.slice(-4_000)}`);
      }
      try {
        if ((await fetch(`${url}${path}`)).status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(`ponder ${command} was not ready within ${readyTimeoutMs} ms:\n${output.slice(-4_000)}`);
      }
      await sleep(100);
    }
    if (options.head !== undefined) {
      const head = Number(options.head);
      const indexed = async () => {
        const status = await (await fetch(`${url}/status`)).json();
        return Object.values(status).length > 0 && Object.values(status).every((s) => (s.block?.number ?? -1) >= head);
      };
      try {
        await waitFor(`block ${head} indexed`, indexed, Math.max(deadline - Date.now(), 1_000));
      } catch (error) {
        throw new Error(`${error.message}:\n${output.slice(-4_000)}`);
      }
    }
    return url;
  };

  const stop = async () => {
    const {child: c} = await started;
    await stopProcess(c, KILL_GRACE_MS);
    if (pglite) rmSync(pglite, {recursive: true, force: true});
  };

  return {
    url: started.then(({port: p}) => `http://127.0.0.1:${p}`),
    child: started.then(({child: c}) => c),
    pgliteDir: pglite,
    output: () => output,
    ready,
    stop,
  };
}

/** Starts the indexer and resolves once it is ready (stopping it if it never gets there). */
export async function startIndexer(options) {
  const indexer = spawnIndexer(options);
  try {
    const url = await indexer.ready();
    return {url, child: await indexer.child, output: indexer.output, stop: indexer.stop};
  } catch (error) {
    await indexer.stop();
    throw error;
  }
}
