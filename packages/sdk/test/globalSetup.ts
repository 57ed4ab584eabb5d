// One anvil for the whole run (the repo's harness, tools/anvil.mjs: native anvil, fixed genesis, block clock), the
// protocol deployed by script/Deploy.s.sol exactly as a real deployment is (so addresses match deployments/31337.json),
// a 6-decimal MockERC20 as the local USD stablecoin, and the RPC URL handed to the tests. Stops anvil whatever happens.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {createPublicClient, createWalletClient, getAddress, type Hex, http} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import type {TestProject} from "vitest/node";
import {type Anvil, DEPLOYER_KEY, deployProtocol, startAnvil} from "../../../tools/anvil.mjs";
import {deployments} from "../src/generatedRegistry.js";
import {ROOT} from "./constants.js";

declare module "vitest" {
  export interface ProvidedContext {
    rpcUrl: string;
    usdc: Hex;
  }
}

let anvil: Anvil | undefined;

export default async function setup(project: TestProject) {
  anvil = await startAnvil();
  try {
    await deploy(project, anvil.url);
    return teardown;
  } catch (error) {
    await teardown(); // vitest does not call the teardown of a setup that threw
    throw error;
  }
}

async function deploy(project: TestProject, rpcUrl: string) {
  await deployProtocol(rpcUrl);

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
}

async function teardown() {
  await anvil?.stop();
}
