// What the indexer's tests and benchmark share: a chain (the repo's anvil harness with the protocol deployed), a
// throwaway Postgres cluster (initdb + pg_ctl on a free port in a temp dir), and the indexer itself (`ponder start`,
// or `ponder serve` beside it) as a child process on a free port, stopped whatever happens.

import {execFileSync} from "node:child_process";
import {chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {
  freePort,
  type Indexer,
  type IndexerOptions,
  PACKAGE,
  startIndexer as startIndexerProcess,
} from "../scripts/start.mjs";

export {freePort, PACKAGE, waitFor} from "../scripts/start.mjs";
export const ROOT = join(PACKAGE, "../..");

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

// The indexer (scripts/start.mjs, shared with `pnpm demo` and the app's browser test)

export type {Indexer, IndexerOptions} from "../scripts/start.mjs";

/**
 * Starts `ponder start` (or `serve`) on a free port; resolves when it is ready. `INDEXER_LOG_DIR=<dir>` keeps each
 * Ponder process's log (JSON lines) there once it stops, e.g. to see where its time went.
 */
export async function startIndexer(options: IndexerOptions): Promise<Indexer> {
  const indexer = await startIndexerProcess(options);
  const stop = async () => {
    await indexer.stop();
    if (process.env.INDEXER_LOG_DIR) {
      const name = `ponder-${options.command ?? "start"}-${options.databaseUrl ? "postgres" : "pglite"}.log`;
      writeFileSync(join(process.env.INDEXER_LOG_DIR, name), indexer.output());
    }
  };
  return {...indexer, stop};
}
