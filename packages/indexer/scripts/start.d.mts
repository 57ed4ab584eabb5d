import type {ChildProcess} from "node:child_process";

export type IndexerOptions = {
  /** Anvil's RPC (chain 31337). */
  rpcUrl: string;
  /** Postgres URL; PGlite in a temp dir without one (removed when the process exits). */
  databaseUrl?: string | undefined;
  /** Database schema (ponder start --schema); default "indexer". */
  schema?: string;
  /** `start` indexes and serves; `serve` only serves what a `start` beside it writes. */
  command?: "start" | "serve";
  /** Realtime polling, ms (default 100). */
  pollingIntervalMs?: number;
  /** The port to serve on; a free one by default. */
  port?: number;
  /** Ponder's --log-level (error, warn, info, debug, trace); its default without one. */
  logLevel?: string;
  /**
   * `/ready` answers 200 once the backfill is done, which stops Ponder's finality depth (30 blocks here) short of the
   * head; with `head`, `ready()` also waits until `/status` shows every block up to it indexed.
   */
  head?: bigint | number;
  /** How long `ready()` waits for all of it, in ms (default 180,000). */
  readyTimeoutMs?: number;
  /** Called with the child process as soon as it is spawned (e.g. to stop it on a signal). */
  onSpawn?: (child: ChildProcess) => void;
};

export type SpawnedIndexer = {
  /** `http://127.0.0.1:<port>`, once the port is chosen. */
  url: Promise<string>;
  child: Promise<ChildProcess>;
  /** The PGlite data directory, or undefined on Postgres. */
  pgliteDir: string | undefined;
  /** The process's output so far (its tail). */
  output: () => string;
  /** Resolves with the URL once ready; rejects if the process exits or the timeout passes. */
  ready: (readyTimeoutMs?: number) => Promise<string>;
  stop: () => Promise<void>;
};

export type Indexer = {url: string; child: ChildProcess; output: () => string; stop: () => Promise<void>};

export declare const PACKAGE: string;
export declare function freePort(): Promise<number>;
export declare function waitFor(what: string, check: () => Promise<boolean>, timeoutMs?: number): Promise<void>;
export declare function spawnIndexer(options: IndexerOptions): SpawnedIndexer;
export declare function startIndexer(options: IndexerOptions): Promise<Indexer>;
