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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${foundryBinary(process.argv[2])}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
