// Test helper: a throwaway anvil with the protocol deployed by script/Deploy.s.sol (so the SDK's deployments registry
// for chain 31337 is right), like the SDK's own test setup. forge and anvil come from the repo root's @foundry-rs/*.
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {ANVIL_GENESIS_TIMESTAMP, foundryBinary, useBlockClock} from "../../../tools/foundry.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
/** Anvil's first pre-funded account (the public "test test ... junk" mnemonic); only sent to this anvil. */
export const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
export const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";

/** Starts anvil on a free port and deploys the protocol; returns {rpcUrl, stop}. */
export async function startAnvil() {
  if (!existsSync(join(ROOT, "out/PersonalTokenFactory.sol/PersonalTokenFactory.json"))) {
    throw new Error("No forge artifacts in out/: run `pnpm build` (forge build) at the repo root first.");
  }
  const anvil = spawn(foundryBinary("anvil"), ["--host", "127.0.0.1", "--port", "0", "--chain-id", "31337", "--timestamp", String(ANVIL_GENESIS_TIMESTAMP)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    if (anvil.exitCode !== null) return;
    const exited = new Promise((resolve) => anvil.once("exit", resolve));
    anvil.kill("SIGTERM");
    const timer = setTimeout(() => anvil.kill("SIGKILL"), 3_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const rpcUrl = await listening(anvil);
    await useBlockClock(rpcUrl); // block time follows blocks, not the wall clock
    await run(foundryBinary("forge"), ["script", "script/Deploy.s.sol", "--rpc-url", rpcUrl, "--broadcast", "--private-key", DEPLOYER_KEY]);
    return {rpcUrl, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}

function listening(child) {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`anvil did not start within 15 s:\n${output}`)), 15_000);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /Listening on ([\d.]+):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://${match[1]}:${match[2]}`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`anvil exited (${code}) before listening:\n${output}`)));
  });
}

function run(bin, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.slice(0, 2).join(" ")} failed (${code}):\n${output}`))));
  });
}
