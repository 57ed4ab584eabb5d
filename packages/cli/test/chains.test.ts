// Issue 15, item 9: the protocol's CREATE2 addresses are the same on every chain with the canonical deployer, so the
// SDK and the CLI work on Base (8453) with no address override: before the deployment they say it is missing, after
// it they launch and buy. A second anvil with --chain-id 8453, deployed with script/Deploy.s.sol's deploy() (which
// writes no deployments file).
import {spawn} from "node:child_process";
import {
  assertProtocolDeployed,
  buyTokens,
  deployments,
  getDeployment,
  getLaunchFromReceipt,
  getSale,
  getTokenModules,
  incomeShareModule,
  launchToken,
} from "@personal-token/sdk";
import {createPublicClient, createWalletClient, defineChain, http, parseEther, publicActions, zeroAddress} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {type Anvil, DEPLOYER_KEY, startAnvil} from "../../../tools/anvil.mjs";
import {foundryBinary} from "../../../tools/foundry.mjs";
import {alex, alice, bob, cli, ROOT} from "./utils.js";

const BASE = 8453;
let anvil: Anvil;

beforeAll(async () => {
  anvil = await startAnvil({chainId: BASE});
}, 60_000);
afterAll(async () => {
  await anvil?.stop();
});

/** Deploys the protocol on the Base anvil exactly as on a real chain, through the CREATE2 deployer. */
async function deploy(url: string): Promise<void> {
  const args = ["script", "script/Deploy.s.sol", "--sig", "deploy()", "--rpc-url", url, "--broadcast"];
  const child = spawn(foundryBinary("forge"), [...args, "--private-key", DEPLOYER_KEY], {cwd: ROOT});
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (code !== 0) throw new Error(`forge script failed:\n${output.slice(-2000)}`);
}

const chain = () =>
  defineChain({
    id: BASE,
    name: "Base (local anvil)",
    nativeCurrency: {name: "Ether", symbol: "ETH", decimals: 18},
    rpcUrls: {default: {http: [anvil.url]}},
  });
const wallet = (key: string) =>
  createWalletClient({
    chain: chain(),
    transport: http(anvil.url),
    account: privateKeyToAccount(key as `0x${string}`),
  }).extend(publicActions);
const onBase = {env: {PERSONAL_TOKEN_RPC_URL: ""}};

describe("Base (chain 8453), no address override", () => {
  test("the SDK knows the addresses, says the protocol is not deployed yet, then launches and buys; so does the CLI", async () => {
    onBase.env.PERSONAL_TOKEN_RPC_URL = anvil.url;
    // The registry answers for Base with the CREATE2 addresses, which are the local chain's.
    expect(getDeployment(BASE)).toEqual(deployments[31337]);
    const publicClient = createPublicClient({chain: chain(), transport: http(anvil.url)});
    const creator = wallet(alex.key);
    const factory = getDeployment(BASE).factory;

    const notYet = `The protocol is not deployed on chain ${BASE} yet: no factory at ${factory}.`;
    await expect(assertProtocolDeployed(publicClient)).rejects.toMatchObject({
      name: "ProtocolNotDeployedError",
      shortMessage: notYet,
    });
    const supply = parseEther("1000000");
    const plain = {name: "Alex", symbol: "ALEX", totalSupply: supply};
    await expect(
      launchToken(creator, {...plain, allocations: [{recipient: alex.address, amount: supply}]}),
    ).rejects.toMatchObject({
      name: "ProtocolNotDeployedError",
      shortMessage: notYet,
    });
    const before = await cli(["info", alex.address], {...onBase, as: null});
    expect(before.code).toBe(1);
    expect(before.stderr).toBe(`error: ${notYet}\n`);

    await deploy(anvil.url);
    await expect(assertProtocolDeployed(publicClient)).resolves.toBeUndefined();

    // SDK: $ALEX with an income-share sale paid in ETH (0.0001 ETH a token), then alice buys 1,000.
    const start = (await publicClient.getBlock()).timestamp;
    const offered = parseEther("100000");
    const hash = await launchToken(creator, {
      ...plain,
      allocations: [{recipient: alex.address, amount: supply - offered}],
      modules: [
        incomeShareModule({
          tokenAmount: offered,
          terms: {
            paymentAsset: zeroAddress,
            price: parseEther("0.0001"),
            softCap: parseEther("1000"),
            saleStart: start,
            saleEnd: start + 14n * 86_400n,
            shareBps: 1500,
            termStart: start + 14n * 86_400n,
            termEnd: start + 14n * 86_400n + 4n * 91n * 86_400n,
            periodLength: 91n * 86_400n,
            gracePeriod: 30n * 86_400n,
          },
        }),
      ],
    });
    const launch = getLaunchFromReceipt(await publicClient.waitForTransactionReceipt({hash}), {chainId: BASE});
    expect(launch.modules[0]?.kind).toBe("incomeShare");
    const [sale] = await getTokenModules(publicClient, {token: launch.token});
    expect(sale).toMatchObject({kind: "incomeShare", isProtocolImplementation: true});
    const buyer = wallet(alice.key);
    await publicClient.waitForTransactionReceipt({
      hash: await buyTokens(buyer, {splitter: sale!.address, tokens: parseEther("1000")}),
    });
    expect((await getSale(publicClient, {splitter: sale!.address})).tokensSold).toBe(parseEther("1000"));

    // CLI, by the token's address: bob buys 500 more; then bob launches his own token.
    const buy = await cli(["isa", "buy", launch.token, "500"], {...onBase, as: bob});
    expect(buy.code, buy.stderr).toBe(0);
    expect(buy.stdout).toBe(`bought 500 tokens for 0.05 ETH from ${sale!.address}\n`);
    const own = await cli(["launch", "--name", "Bob", "--symbol", "BOB", "--supply", "1,000,000", "--json"], {
      ...onBase,
      as: bob,
    });
    expect(own.code, own.stderr).toBe(0);
    expect(own.json()).toMatchObject({symbol: "BOB"});
  });
});
