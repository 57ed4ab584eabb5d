// The native forge, anvil and cast binaries from the @foundry-rs/<tool>-<platform>-<arch> npm packages.
//
// The npm wrappers (@foundry-rs/<tool>@1.7.1, node_modules/.bin/<tool>) spawn the native binary and never pass its
// exit status on: a failing `forge test` or a `forge build` with a compile error exits 0 through them. Everything in
// this repo that runs a Foundry tool (package.json scripts through tools/<tool>, the SDK/CLI/example test setups, the
// demo) resolves the native binary here instead, and there is deliberately no fallback to the wrapper.
//
//   import {foundryBinary} from "../../tools/foundry.mjs"; spawn(foundryBinary("anvil"), [...])
//   node tools/foundry.mjs forge   # prints the path (tools/forge, tools/anvil and tools/cast exec it)
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

/** The repository root (this file lives in <root>/tools). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const TOOLS = ["forge", "anvil", "cast"];
const ARCH = {x64: "amd64", arm64: "arm64"};

/**
 * The absolute path of the native `tool` binary for this platform.
 * @param {"forge" | "anvil" | "cast"} tool
 * @returns {string}
 */
export function foundryBinary(tool) {
  if (!TOOLS.includes(tool)) throw new Error(`foundryBinary: unknown tool "${tool}" (expected ${TOOLS.join(", ")})`);
  const arch = ARCH[process.arch];
  const exe = process.platform === "win32" ? `${tool}.exe` : tool;
  const platformPackage = `@foundry-rs/${tool}-${process.platform}-${arch ?? process.arch}`;
  try {
    // The platform package is an optional dependency of the wrapper, so resolve it from the wrapper's folder.
    const wrapper = createRequire(join(ROOT, "package.json")).resolve(`@foundry-rs/${tool}/package.json`);
    return createRequire(wrapper).resolve(`${platformPackage}/bin/${exe}`);
  } catch {
    throw new Error(
      `${tool}: ${platformPackage} is not installed; run \`pnpm install\` in ${ROOT} (the wrapper in node_modules/.bin is not used: it drops the exit status)`,
    );
  }
}

/** Genesis time of every test anvil (2026-01-01 00:00 UTC): a run's timestamps never depend on the day it runs. */
export const ANVIL_GENESIS_TIMESTAMP = 1_767_225_600;

/**
 * Takes the wall clock out of an anvil's block timestamps: from now on every block is its parent + 1 s
 * (`anvil_setBlockTimestampInterval`), whatever the machine's load, and time moves further only by an explicit
 * `evm_setNextBlockTimestamp` (warp with that: `evm_increaseTime` is ignored in this mode). `evm_revert` restores the
 * clock with the state. Without it, a block's timestamp is the wall clock plus an offset that `evm_increaseTime`,
 * `evm_setTime` and `evm_revert` each move, blocks mined in the same second share a timestamp, and a slow step can
 * decide whether a transfer lands before or after a poll's snapshot.
 * @param {string} rpcUrl
 */
export async function useBlockClock(rpcUrl) {
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: {"content-type": "application/json"},
    body: JSON.stringify({jsonrpc: "2.0", id: 1, method: "anvil_setBlockTimestampInterval", params: [1]}),
  });
  const body = await response.json();
  if (body.error) throw new Error(`anvil_setBlockTimestampInterval failed on ${rpcUrl}: ${body.error.message}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${foundryBinary(process.argv[2])}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
