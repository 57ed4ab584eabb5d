// What every act shares: the clients, the story's accounts and their names, the report, and the helpers that send
// transactions (`mined`, `oneByOne`, `step`), read ERC-20 balances and move anvil's clock. `createContext` builds it
// once; each act takes it as its first argument and destructures what it uses.

import {pbkdf2Sync} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  erc20Abi,
  getAddress,
  http,
  publicActions,
} from "viem";
import {HDKey, hdKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {ANVIL_MNEMONIC} from "../../../tools/anvil.mjs";
import {BUYERS} from "./figures.mjs";

/** Thrown for a failed step: main.mjs prints `demo: error: <message>` and the details above it. */
export class StepError extends Error {
  constructor(message, details = "") {
    super(message);
    this.details = details;
  }
}

/** `from`, `from + 1`, … `to - 1`. */
export const range = (from, to) => Array.from({length: to - from}, (_, k) => from + k);

/** The sum of a list of bigints. */
export const sum = (list) => list.reduce((a, b) => a + b, 0n);

/**
 * The context for the anvil at `url`, with the repo at `root` (for build artifacts). `supporter` overrides the early
 * supporter's address (DEMO_SUPPORTER). Sets anvil's block clock to one second per block.
 */
export async function createContext({url, root, supporter, report}) {
  const transport = http(url);
  const chain = foundry;
  const pollingInterval = 25;
  const publicClient = createPublicClient({chain, transport, pollingInterval});
  const testClient = createTestClient({chain, mode: "anvil", transport, pollingInterval});

  // Accounts: derived once from the seed (deriving each from the mnemonic costs a PBKDF2 per account).
  const hd = HDKey.fromMasterSeed(pbkdf2Sync(ANVIL_MNEMONIC.normalize("NFKD"), "mnemonic", 2048, 64, "sha512"));
  const wallet = (addressIndex) =>
    createWalletClient({chain, transport, pollingInterval, account: hdKeyToAccount(hd, {addressIndex})}).extend(
      publicActions,
    );
  const deployer = wallet(0);
  const alex = wallet(1);
  const alice = wallet(2); // the early supporter
  const buyers = Array.from({length: BUYERS}, (_, i) => wallet(3 + i));
  const relayer = wallet(3 + BUYERS);
  const peter = wallet(4 + BUYERS); // Peter Pan, Alex's friend who lends him $1,500

  /** Labels for addresses in the report's tables; the acts add the contracts they deploy. */
  const names = new Map([
    [alex.account.address, "Alex (creator)"],
    [alice.account.address, "alice (supporter)"],
    ...buyers.map((b, i) => [b.account.address, `buyer ${String(i + 1).padStart(2, "0")}`]),
    [relayer.account.address, "relayer"],
    [peter.account.address, "Peter Pan (lender)"],
  ]);

  /** Waits for each hash; a reverted transaction fails the step. */
  async function mined(hashes) {
    const list = await Promise.all((Array.isArray(hashes) ? hashes : [hashes]).map((h) => Promise.resolve(h)));
    const receipts = await Promise.all(list.map((hash) => publicClient.waitForTransactionReceipt({hash})));
    const failed = receipts.find((r) => r.status !== "success");
    if (failed) throw new StepError(`transaction ${failed.transactionHash} reverted`);
    return receipts;
  }
  /**
   * Sends transactions one block each, waiting for each: for batches that move ALEX. A second vote-checkpoint write in
   * the same block costs ~22,000 less, and anvil may mine transactions that arrive together in one block, so sending
   * such a batch at once would make the gas figures vary from run to run. Batches that move no ALEX go out at once.
   */
  async function oneByOne(sends) {
    const hashes = [];
    for (const send of sends) {
      const hash = await send();
      await mined(hash);
      hashes.push(hash);
    }
    return hashes;
  }
  /** Runs one step's transactions and reports their gas. */
  async function step(title, send) {
    let receipts;
    try {
      receipts = await mined(await send());
    } catch (error) {
      throw stepError(title, error);
    }
    report.step(title, receipts);
    return receipts;
  }
  const balanceOf = (token, account) =>
    publicClient.readContract({address: token, abi: erc20Abi, functionName: "balanceOf", args: [account]});
  const now = async () => (await publicClient.getBlock()).timestamp;
  async function warpTo(timestamp, why) {
    await testClient.setNextBlockTimestamp({timestamp});
    await testClient.mine({blocks: 1});
    report.line(
      `(anvil clock set to ${new Date(Number(timestamp) * 1_000).toISOString().slice(0, 16).replace("T", " ")} UTC: ${why})`,
    );
  }
  /** Deploys a build artifact (forge's out/ or an npm build) from the deployer. */
  async function deploy(path, args = []) {
    const {abi, bytecode} = JSON.parse(readFileSync(join(root, path), "utf8"));
    const code = typeof bytecode === "string" ? bytecode : bytecode.object;
    const hash = await deployer.deployContract({abi, bytecode: code.startsWith("0x") ? code : `0x${code}`, args});
    const [receipt] = await mined(hash);
    return {address: getAddress(receipt.contractAddress), receipt};
  }

  // One second per block whatever the wall clock does: two transactions never share a timestamp by chance (a second
  // vote checkpoint written in the same second costs ~22,000 less), so the gas figures repeat from run to run.
  await testClient.setBlockTimestampInterval({interval: 1});

  return {
    chain,
    publicClient,
    report,
    names,
    deployer,
    alex,
    alice,
    buyers,
    relayer,
    peter,
    supporterAddress: supporter ?? alice.account.address,
    mined,
    oneByOne,
    step,
    balanceOf,
    now,
    warpTo,
    deploy,
  };
}

/** Why a step failed, in one line: the SDK's short message (it names the custom error), else the first line. */
function stepError(title, error) {
  if (error instanceof StepError) return new StepError(`${title}: ${error.message}`, error.details);
  const first = error?.shortMessage ?? String(error?.message ?? error).split("\n")[0];
  const short = error?.errorName && !first.includes(error.errorName) ? `${first} (${error.errorName})` : first;
  const details = String(error?.message ?? "")
    .split("\n")
    .slice(0, 12)
    .map((line) => `  | ${line}`)
    .join("\n");
  return new StepError(`step "${title}" failed: ${short}`, details);
}
