// What the indexer's tests and benchmark share: a chain (the repo's anvil harness with the protocol deployed), a
// throwaway Postgres cluster (initdb + pg_ctl on a free port in a temp dir), and the indexer itself (`ponder start`,
// or `ponder serve` beside it) as a child process on a free port, stopped whatever happens.

import {type ChildProcess, execFileSync, spawn} from "node:child_process";
import {chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(PACKAGE, "../..");
const PONDER = join(PACKAGE, "node_modules/ponder/dist/esm/bin/ponder.js");
const KILL_GRACE_MS = 5_000;

/** A port the OS says is free now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Postgres

/** Where Debian's postgresql puts initdb and pg_ctl (they are not on PATH), or PATH's. */
function postgresBin(tool: string): string {
  const versions = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const path = join("/usr/lib/postgresql", version, "bin", tool);
    if (existsSync(path)) return path;
  }
  return tool;
}

export type Postgres = {url: string; stop: () => Promise<void>};

/**
 * A throwaway Postgres cluster in a temp dir on a free port. Postgres refuses to run as root: as root (CI), the
 * cluster belongs to the `postgres` user the Debian package creates, and its tools run as that user.
 */
export async function startPostgres(): Promise<Postgres> {
  const dir = mkdtempSync(join(tmpdir(), "indexer-pg-"));
  chmodSync(dir, 0o755);
  const data = join(dir, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const [bin, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", postgresBin(tool), ...args]]
      : [postgresBin(tool), args];
    return execFileSync(bin, argv, {stdio: ["ignore", "pipe", "pipe"], cwd: dir, timeout: 60_000});
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      join(dir, "log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      "start",
    ]);
  } catch (error) {
    rmSync(dir, {recursive: true, force: true});
    const stderr = (error as {stderr?: Buffer}).stderr?.toString() ?? "";
    throw new Error(`could not start Postgres (${postgresBin("initdb")}): ${stderr || (error as Error).message}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    },
  };
}

// The indexer

export type Indexer = {url: string; child: ChildProcess; output: () => string; stop: () => Promise<void>};

export type IndexerOptions = {
  /** Anvil's RPC (chain 31337). */
  rpcUrl: string;
  /** Postgres URL; PGlite in a temp dir without one. */
  databaseUrl?: string | undefined;
  /** Database schema (ponder start --schema). */
  schema?: string;
  /** `start` indexes and serves; `serve` only serves what a `start` beside it writes. */
  command?: "start" | "serve";
  pollingIntervalMs?: number;
  /**
   * `/ready` answers 200 once the backfill is done, which stops Ponder's finality depth (30 blocks here) short of the
   * head; with `head`, also wait until `/status` shows every block up to it indexed.
   */
  head?: bigint;
  /** How long to wait for all of it, in ms. */
  readyTimeoutMs?: number;
};

/** Starts `ponder start` (or `serve`) on a free port; resolves when it is ready. */
export async function startIndexer(options: IndexerOptions): Promise<Indexer> {
  const {rpcUrl, databaseUrl, schema = "indexer", command = "start", pollingIntervalMs = 100} = options;
  const port = await freePort();
  const pglite = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), "indexer-pglite-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PONDER_RPC_URL_31337: rpcUrl,
    PONDER_POLLING_INTERVAL_MS: String(pollingIntervalMs),
    PONDER_TELEMETRY_DISABLED: "true",
    DATABASE_URL: databaseUrl ?? "",
    PONDER_PGLITE_DIR: pglite ?? "",
    NODE_ENV: "production",
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  const args = [PONDER, command, "--schema", schema, "--port", String(port), "--log-format", "json"];
  const child = spawn(process.execPath, args, {cwd: PACKAGE, env, stdio: ["ignore", "pipe", "pipe"]});
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(child);
    // INDEXER_LOG_DIR=<dir>: keep each Ponder process's log (JSON lines) there, e.g. to see where its time went.
    if (process.env.INDEXER_LOG_DIR) {
      writeFileSync(
        join(process.env.INDEXER_LOG_DIR, `ponder-${command}-${databaseUrl ? "postgres" : "pglite"}.log`),
        output,
      );
    }
    if (pglite) rmSync(pglite, {recursive: true, force: true});
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  const path = command === "start" ? "/ready" : "/health";
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`ponder ${command} exited (${child.exitCode}):\n${output.slice(-4_000)}`);
    }
    try {
      if ((await fetch(`${url}${path}`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `ponder ${command} was not ready within ${options.readyTimeoutMs ?? 180_000} ms:\n${output.slice(-4_000)}`,
      );
    }
    await sleep(100);
  }
  if (options.head !== undefined) {
    const head = Number(options.head);
    const indexed = async () => {
      const status = (await (await fetch(`${url}/status`)).json()) as Record<string, {block?: {number: number}}>;
      return Object.values(status).length > 0 && Object.values(status).every((c) => (c.block?.number ?? -1) >= head);
    };
    try {
      await waitFor(`block ${head} indexed`, indexed, Math.max(deadline - Date.now(), 1_000));
    } catch (error) {
      await stop();
      throw new Error(`${(error as Error).message}:\n${output.slice(-4_000)}`);
    }
  }
  return {url, child, output: () => output, stop};
}

/** Polls `check` until it returns true (or the deadline passes, then throws with `what`). */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
