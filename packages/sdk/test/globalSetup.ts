// Starts one anvil (the @foundry-rs/anvil npm binary) on a free port, deploys the protocol with script/Deploy.s.sol
// exactly as a real deployment does (so addresses match deployments/31337.json), deploys a 6-decimal MockERC20 as the
// local USD stablecoin, and hands the RPC URL to the tests. Stops anvil whatever happens.
import {type ChildProcess, spawn} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {TestProject} from "vitest/node";
import {createPublicClient, createWalletClient, getAddress, type Hex, http} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {ANVIL_GENESIS_TIMESTAMP, foundryBinary, useBlockClock} from "../../../tools/foundry.mjs";
import {deployments} from "../src/generated.js";
import {DEPLOYER_KEY, ROOT} from "./constants.js";

declare module "vitest" {
  export interface ProvidedContext {
    rpcUrl: string;
    usdc: Hex;
  }
}

let anvil: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, "out/PersonalTokenFactory.sol/PersonalTokenFactory.json"))) {
    throw new Error("No forge artifacts in out/: run `pnpm build` (forge build) at the repo root first.");
  }
  anvil = spawn(foundryBinary("anvil"), ["--host", "127.0.0.1", "--port", "0", "--chain-id", "31337", "--timestamp", String(ANVIL_GENESIS_TIMESTAMP)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    return await deploy(project, await listeningUrl(anvil));
  } catch (error) {
    await teardown(); // vitest does not call the teardown of a setup that threw
    throw error;
  }
}

async function deploy(project: TestProject, rpcUrl: string) {
  // Block time follows blocks, not the wall clock, so no test's outcome depends on how loaded the machine is.
  await useBlockClock(rpcUrl);

  await run(foundryBinary("forge"), [
    "script",
    "script/Deploy.s.sol",
    "--rpc-url",
    rpcUrl,
    "--broadcast",
    "--private-key",
    DEPLOYER_KEY,
  ]);

  const publicClient = createPublicClient({chain: foundry, transport: http(rpcUrl)});
  const factoryCode = await publicClient.getCode({address: deployments[31337].factory});
  if (!factoryCode || factoryCode === "0x") {
    throw new Error(`Deploy.s.sol ran but deployments/31337.json's factory has no code on ${rpcUrl}`);
  }

  const artifact = JSON.parse(readFileSync(join(ROOT, "out/MockERC20.sol/MockERC20.json"), "utf8"));
  const deployer = createWalletClient({
    chain: foundry,
    transport: http(rpcUrl),
    account: privateKeyToAccount(DEPLOYER_KEY),
  });
  const hash = await deployer.deployContract({
    abi: artifact.abi,
    bytecode: artifact.bytecode.object,
    args: ["USD Coin", "USDC", 6],
  });
  const {contractAddress} = await publicClient.waitForTransactionReceipt({hash});
  if (!contractAddress) throw new Error("MockERC20 deployment has no address");

  project.provide("rpcUrl", rpcUrl);
  project.provide("usdc", getAddress(contractAddress));
  return teardown;
}

async function teardown() {
  if (!anvil || anvil.exitCode !== null) return;
  const exited = new Promise((resolve) => anvil?.once("exit", resolve));
  anvil.kill("SIGTERM");
  const timer = setTimeout(() => anvil?.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Anvil prints `Listening on 127.0.0.1:PORT` once it is bound. Its output is drained so it never blocks on a pipe. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`anvil did not start within 15 s:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on ([\d.]+):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://${match[1]}:${match[2]}`);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`anvil exited (${code}) before listening:\n${output}`)));
  });
}

function run(bin: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} ${args.slice(0, 2).join(" ")} failed (${code}):\n${output}`)),
    );
  });
}
