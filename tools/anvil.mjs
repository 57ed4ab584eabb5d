// The one anvil harness of the repo: the SDK's and CLI's test setup, the gated-chat example's tests and the demo
// start their anvil here, and the app and indexer tests to come should too. It runs the native anvil
// (tools/foundry.mjs), on a port the OS picks, from a fixed genesis time, on a block clock; `deployProtocol` deploys
// the protocol with script/Deploy.s.sol exactly as a real deployment does, so addresses match deployments/<id>.json.
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {foundryBinary, ROOT} from "./foundry.mjs";
import {stopProcess} from "./process.mjs";

/** The mnemonic anvil funds its default accounts from (public: only ever used against a local anvil). */
export const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
/** The key of the mnemonic's first account, which deploys the protocol (public: local anvils only). */
export const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/** Genesis time of every harness anvil (2026-01-01 00:00 UTC): a run's timestamps never depend on the day it runs. */
export const ANVIL_GENESIS_TIMESTAMP = 1_767_225_600;

/**
 * Starts anvil and resolves once it is listening and on the block clock.
 * @param {{bin?: string, chainId?: number, accounts?: number, timestamp?: number, timeoutMs?: number,
 *   onSpawn?: (child: import("node:child_process").ChildProcess) => void}} [options]
 * `bin` overrides the native anvil; `onSpawn` sees the process first (to stop it on a signal).
 * @returns {Promise<{url: string, child: import("node:child_process").ChildProcess, output: () => string,
 *   stop: () => Promise<void>}>} Rejects with one readable message: could not start, exited, or did not listen.
 */
export async function startAnvil({
  bin,
  chainId = 31_337,
  accounts = 10,
  timestamp = ANVIL_GENESIS_TIMESTAMP,
  timeoutMs = 15_000,
  onSpawn,
} = {}) {
  const binary = bin ?? foundryBinary("anvil");
  const args = ["--host", "127.0.0.1", "--port", "0", "--chain-id", String(chainId), "--accounts", String(accounts)];
  const child = spawn(binary, [...args, "--timestamp", String(timestamp)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  onSpawn?.(child);
  let output = "";
  const stop = () => stopProcess(child);
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`anvil did not listen within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      reject(error);
    };
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
    child.once("error", (error) => fail(new Error(`could not start ${binary}: ${error.message}`)));
    child.once("exit", (code, signal) =>
      fail(new Error(`anvil exited (${signal ?? `code ${code}`}) before listening`)),
    );
  }).catch(async (error) => {
    await stop();
    error.output = output;
    throw error;
  });
  try {
    await useBlockClock(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return {url, child, output: () => output, stop};
}

/**
 * Deploys the protocol on `url` with script/Deploy.s.sol (the deterministic CREATE2 deployment of a real chain), through
 * its `deploy()`: the addresses are deployments/<id>.json's, and a test run never rewrites that committed file (the
 * forge suite reads it; `pnpm demo` is what writes it).
 * @param {string} url
 * @param {{timeoutMs?: number}} [options]
 * @returns {Promise<string>} forge's output; rejects with its tail when it fails.
 */
export async function deployProtocol(url, {timeoutMs = 300_000} = {}) {
  if (!existsSync(join(ROOT, "out/PersonalTokenFactory.sol/PersonalTokenFactory.json"))) {
    throw new Error("No forge artifacts in out/: run `pnpm build` (forge build) at the repo root first.");
  }
  const args = ["script", "script/Deploy.s.sol", "--sig", "deploy()"];
  args.push("--rpc-url", url, "--broadcast", "--private-key", DEPLOYER_KEY);
  const child = spawn(foundryBinary("forge"), args, {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk.toString()));
  child.stderr.on("data", (chunk) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
  const [code, signal] = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (c, s) => resolve([c, s]));
  }).finally(() => clearTimeout(timer));
  if (code !== 0) {
    const tail = output.trimEnd().split("\n").slice(-20).join("\n");
    throw new Error(`forge script script/Deploy.s.sol failed (${signal ?? `code ${code}`}):\n${tail}`);
  }
  return output;
}

/**
 * Takes the wall clock out of an anvil's block timestamps: from now on every block is its parent + 1 s
 * (`anvil_setBlockTimestampInterval`), whatever the machine's load, and time moves further only by an explicit
 * `evm_setNextBlockTimestamp` (warp with that: `evm_increaseTime` is ignored in this mode). `evm_revert` restores the
 * clock with the state. Without it, a block's timestamp is the wall clock plus an offset that `evm_increaseTime`,
 * `evm_setTime` and `evm_revert` each move, blocks mined in the same second share a timestamp, and how long a slow
 * step takes decides when the next block is.
 * @param {string} url
 */
export async function useBlockClock(url) {
  const response = await fetch(url, {
    method: "POST",
    headers: {"content-type": "application/json"},
    body: JSON.stringify({jsonrpc: "2.0", id: 1, method: "anvil_setBlockTimestampInterval", params: [1]}),
  });
  const body = await response.json();
  if (body.error) throw new Error(`anvil_setBlockTimestampInterval failed on ${url}: ${body.error.message}`);
}
