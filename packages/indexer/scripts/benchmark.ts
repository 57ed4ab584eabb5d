// `pnpm --filter @personal-token/indexer bench`: how fast the indexer backfills and how soon a new block is queryable,
// on PGlite and on Postgres. Not a test: it prints figures (README "Benchmark").
//
// The synthetic chain: one token whose income-share sale sells 1,000 tokens to each of 1,000 holders (ETH payments),
// 10,000 transfers among them (10 rounds, each holder sends 1 token to another), then a full income quarter: the
// creator reports and pays period 0 and all 1,000 claim holders claim. Transactions are mined 250 per block with
// anvil's impersonation (no keys), then 64 empty blocks so that all of it is final. Then, per backend: `ponder start`
// from an empty database until /ready (backfill events per second, from Ponder's log and the activity row count), and
// 20 transfers each timed from the receipt to the row in the API.

import {writeFileSync} from "node:fs";
import {
  getDeployment,
  incomeShareModule,
  incomeShareSplitterAbi,
  personalTokenAbi,
  personalTokenFactoryAbi,
} from "@personal-token/sdk";
import {
  createPublicClient,
  createTestClient,
  decodeEventLog,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  keccak256,
  parseEther,
  toHex,
  zeroAddress,
} from "viem";
import {foundry} from "viem/chains";
import {deployProtocol, startAnvil} from "../../../tools/anvil.mjs";
import {createIndexerClient} from "../client/index";
import {type Indexer, startIndexer, startPostgres} from "../test/harness";

const HOLDERS = 1_000;
const ROUNDS = 10;
const PER_BLOCK = 250;
const SAMPLES = 20;
const DAY = 86_400;
const PERIOD = 91 * DAY;
const TOKENS_EACH = parseEther("1000");
const PRICE = 1_000_000_000n; // wei per whole token

const anvil = await startAnvil({accounts: 2});
const stopAll: (() => Promise<void>)[] = [() => anvil.stop()];
try {
  await deployProtocol(anvil.url);
  const transport = http(anvil.url, {batch: {batchSize: 100}, timeout: 120_000});
  const client = createPublicClient({chain: foundry, transport, pollingInterval: 20});
  const test = createTestClient({chain: foundry, mode: "anvil", transport});
  const request = (method: string, params: unknown[]) => client.request({method, params} as never) as Promise<unknown>;
  await request("anvil_autoImpersonateAccount", [true]);
  await test.setBlockGasLimit({gasLimit: 1_000_000_000n});

  const creator = getAddress("0x00000000000000000000000000000000000c0ffe");
  const holders = Array.from({length: HOLDERS}, (_, i) => getAddress(toHex(0x100000 + i, {size: 20})));
  await test.setBalance({address: creator, value: parseEther("1000")});
  await Promise.all(holders.map((address) => test.setBalance({address, value: parseEther("10")})));

  /** Sends every call from its sender, PER_BLOCK to a block; resolves when all are mined and succeeded. */
  async function mineAll(calls: {from: Hex; to: Hex; data: Hex; value?: bigint}[]) {
    await test.setAutomine(false);
    for (let i = 0; i < calls.length; i += PER_BLOCK) {
      const hashes = (await Promise.all(
        calls
          .slice(i, i + PER_BLOCK)
          .map(({from, to, data, value = 0n}) =>
            request("eth_sendTransaction", [{from, to, data, value: toHex(value), gas: toHex(500_000)}]),
          ),
      )) as Hex[];
      await test.mine({blocks: 1});
      // A block holds what its gas limit allows: mine until every transaction is in one.
      while (!(await client.getTransactionReceipt({hash: hashes.at(-1) as Hex}).catch(() => null))) {
        await test.mine({blocks: 1});
      }
      const receipts = await Promise.all(hashes.map((hash) => client.getTransactionReceipt({hash})));
      const failed = receipts.find((r) => r.status !== "success");
      if (failed) throw new Error(`transaction ${failed.transactionHash} reverted`);
    }
    await test.setAutomine(true);
  }

  // The launch: 1,000,000 tokens on sale, 1,000 each for 1,000 holders.
  const {factory, incomeShareSplitterImplementation} = getDeployment(31_337);
  const now = Number((await client.getBlock()).timestamp);
  const saleEnd = now + DAY;
  const module = incomeShareModule({
    tokenAmount: TOKENS_EACH * BigInt(HOLDERS),
    terms: {
      paymentAsset: zeroAddress,
      price: PRICE,
      softCap: TOKENS_EACH,
      saleStart: BigInt(now),
      saleEnd: BigInt(saleEnd),
      shareBps: 1_500,
      termStart: BigInt(saleEnd),
      termEnd: BigInt(saleEnd + 4 * PERIOD),
      periodLength: BigInt(PERIOD),
      gracePeriod: BigInt(30 * DAY),
    },
  });
  const supply = TOKENS_EACH * BigInt(HOLDERS) + parseEther("1000000");
  const launchHash = (await request("eth_sendTransaction", [
    {
      from: creator,
      to: factory,
      gas: toHex(5_000_000),
      data: encodeFunctionData({
        abi: personalTokenFactoryAbi,
        functionName: "launchWithModules",
        args: [
          {
            name: "Bench",
            symbol: "BENCH",
            contractURI: "",
            totalSupply: supply,
            allocations: [{recipient: creator, amount: parseEther("1000000")}],
            vesting: {amount: 0n, cliff: 0n, duration: 0n},
            salt: keccak256(toHex("bench")),
          },
          [{implementation: incomeShareSplitterImplementation, tokenAmount: module.tokenAmount, data: module.data}],
        ],
      }),
    },
  ])) as Hex;
  const launch = await client.waitForTransactionReceipt({hash: launchHash});
  let token: Hex = zeroAddress;
  let splitter: Hex = zeroAddress;
  for (const log of launch.logs) {
    try {
      const event = decodeEventLog({abi: personalTokenFactoryAbi, ...log});
      if (event.eventName === "ModuleLaunched") [token, splitter] = [event.args.token, event.args.module];
    } catch {
      // a token Transfer
    }
  }

  let t = performance.now();
  const cost = (TOKENS_EACH * PRICE + parseEther("1") - 1n) / parseEther("1");
  const noAllowance = {maxTokens: 0n, deadline: 0n, signature: "0x"} as const;
  await mineAll(
    holders.map((from) => ({
      from,
      to: splitter,
      value: cost,
      data: encodeFunctionData({abi: incomeShareSplitterAbi, functionName: "buy", args: [TOKENS_EACH, noAllowance]}),
    })),
  );
  for (let round = 0; round < ROUNDS; round++) {
    await mineAll(
      holders.map((from, i) => ({
        from,
        to: token,
        data: encodeFunctionData({
          abi: personalTokenAbi,
          functionName: "transfer",
          args: [holders[(i + round + 1) % HOLDERS] ?? from, parseEther("1")],
        }),
      })),
    );
  }
  // The quarter: period 0 ends, the creator reports 100 ETH of income and pays the 15% owed; every holder claims.
  await test.setNextBlockTimestamp({timestamp: BigInt(saleEnd + PERIOD + 1)});
  await test.mine({blocks: 1});
  const owed = parseEther("15");
  await mineAll([
    {
      from: creator,
      to: splitter,
      data: encodeFunctionData({
        abi: incomeShareSplitterAbi,
        functionName: "report",
        args: [0n, parseEther("100"), "ipfs://bench/q0", keccak256(toHex("q0"))],
      }),
    },
  ]);
  await mineAll([
    {
      from: creator,
      to: splitter,
      value: owed,
      data: encodeFunctionData({
        abi: incomeShareSplitterAbi,
        functionName: "payIncome",
        args: [0n, zeroAddress, owed, owed],
      }),
    },
  ]);
  await mineAll(
    holders.map((from) => ({
      from,
      to: splitter,
      data: encodeFunctionData({abi: incomeShareSplitterAbi, functionName: "claim", args: [[zeroAddress], from]}),
    })),
  );
  // Past Ponder's finality depth for this chain (30 blocks), so that the whole story is backfilled, not live-indexed.
  await test.mine({blocks: 64});
  const head = await client.getBlockNumber();
  console.log(`chain: ${head} blocks, built in ${((performance.now() - t) / 1_000).toFixed(1)} s`);

  const postgres = await startPostgres();
  stopAll.push(() => postgres.stop());
  const results: string[] = [];
  for (const [backend, databaseUrl] of [
    ["PGlite", undefined],
    ["Postgres", postgres.url],
  ] as const) {
    t = performance.now();
    const indexer: Indexer = await startIndexer({rpcUrl: anvil.url, databaseUrl, head, readyTimeoutMs: 900_000});
    stopAll.push(() => indexer.stop());
    const ready = (performance.now() - t) / 1_000;
    // Events: one activity row per event handled (GraphQL's totalCount); backfill: Ponder's own log, from the start
    // of the backfill to its end.
    const logs = indexer
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as {msg: string; time: number});
    if (process.env.BENCH_LOG) writeFileSync(`${process.env.BENCH_LOG}.${backend}`, indexer.output());
    const at = (msg: string) => logs.find((l) => l.msg.startsWith(msg))?.time ?? Number.NaN;
    const backfill = (at("Completed backfill indexing") - at("Started backfill indexing")) / 1_000;
    const response = await fetch(`${indexer.url}/graphql`, {
      method: "POST",
      headers: {"content-type": "application/json"},
      body: JSON.stringify({query: "{ activitys { totalCount } }"}),
    });
    const events = ((await response.json()) as {data: {activitys: {totalCount: number}}}).data.activitys.totalCount;

    // Latency: a transfer to a fresh account, from its receipt to its row in the API.
    const api = createIndexerClient({url: indexer.url});
    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const to = getAddress(toHex(0x200000 + i + (databaseUrl ? SAMPLES : 0), {size: 20}));
      const hash = (await request("eth_sendTransaction", [
        {
          from: holders[i],
          to: token,
          gas: toHex(200_000),
          data: encodeFunctionData({abi: personalTokenAbi, functionName: "transfer", args: [to, 1n]}),
        },
      ])) as Hex;
      await client.waitForTransactionReceipt({hash, pollingInterval: 5});
      const mined = performance.now();
      for (;;) {
        const seen = await api
          .portfolio({account: to})
          .then(({holdings}) => holdings.length > 0)
          .catch(() => false); // a dropped keep-alive connection: ask again
        if (seen) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      latencies.push(performance.now() - mined);
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(SAMPLES / 2)] ?? Number.NaN;
    const p90 = latencies[Math.floor(SAMPLES * 0.9)] ?? Number.NaN;
    results.push(
      `| ${backend} | ${events.toLocaleString("en-US")} | ${backfill.toFixed(1)} s | ${Math.round(events / backfill).toLocaleString("en-US")} | ${ready.toFixed(1)} s | ${Math.round(median)} ms | ${Math.round(p90)} ms |`,
    );
    await indexer.stop();
  }
  console.log("| backend | events | backfill | events/s | start to head indexed | block to API, median | p90 |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const line of results) console.log(line);
} finally {
  for (const stop of stopAll.reverse()) await stop().catch(() => {});
}
