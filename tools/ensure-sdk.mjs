// Builds @personal-token/sdk when its dist/ is missing or older than any of its sources (src/, generated.ts included,
// and the build's configuration), and otherwise does nothing. Two users, one rule:
// - the `pretest` of every package that imports the SDK from its built dist/ (cli, app, indexer, the gated chat):
//   `node ../../tools/ensure-sdk.mjs`. Under `pnpm test` the SDK's own tests run first and build it, so the packages
//   after it do not pay for the same build again; run alone, a package still tests against an SDK built from the
//   current sources.
// - the demo, which calls `ensureSdkBuilt(run)` with its own runner (a child it stops on Ctrl-C, a timeout, its errors),
//   and builds the app by the same rule (`isStale`, `pnpm`).
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const sdk = fileURLToPath(new URL("../packages/sdk/", import.meta.url));
const BUILD = ["--filter", "@personal-token/sdk", "build"];

/** The newest modification time under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether `built` is missing or older than anything under `sources` (those that exist). */
export function isStale(built, sources) {
  return !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.filter(existsSync).map(newest));
}

/** Whether the SDK's dist/ is missing or older than any of its sources. */
export function sdkIsStale() {
  const sources = ["src", "package.json", "tsup.config.ts", "wagmi.config.ts"].map((p) => join(sdk, p));
  return isStale(join(sdk, "dist/index.d.ts"), sources); // the build's last output
}

/**
 * The pnpm that runs this process when there is one (`npm_execpath`, a script under `pnpm run`), else `pnpm` on the
 * PATH, as `[bin, args]` ready for `spawn`.
 */
export function pnpm(args) {
  const execPath = process.env.npm_execpath;
  const bin = execPath && /pnpm/.test(execPath) ? execPath : "pnpm";
  return bin.endsWith(".js") || bin.endsWith(".cjs") ? [process.execPath, [bin, ...args]] : [bin, args];
}

/** Runs a command with this process's stdio; throws when it fails. */
function runInherited(bin, args, label) {
  const {status, error} = spawnSync(bin, args, {stdio: "inherit"});
  if (status !== 0) throw new Error(`\`${label}\` failed (${error?.message ?? `exit ${status}`})`);
}

/**
 * Builds the SDK (`pnpm --filter @personal-token/sdk build`) when it is stale, through `run(bin, args, label)`, which
 * throws when the build fails; resolves to whether it built.
 *
 * @example
 * const rebuilt = await ensureSdkBuilt();
 */
export async function ensureSdkBuilt(run = runInherited) {
  if (!sdkIsStale()) return false;
  const [bin, args] = pnpm(BUILD);
  await run(bin, args, `pnpm ${BUILD.join(" ")}`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (sdkIsStale()) console.log("building @personal-token/sdk (dist/ missing or older than its sources)");
  ensureSdkBuilt().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
