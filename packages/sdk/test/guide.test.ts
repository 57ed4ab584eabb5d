// The end-to-end guide in packages/sdk/README.md: every snippet there is a `#region` of this file, verbatim, and this
// file runs them in order on anvil ($ALEX launched with its modules; a supporter buys, the creator reports and pays,
// the supporter claims, books an hour, votes). Between regions only the clock moves.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {erc20Abi, parseEther, parseUnits} from "viem";
import {describe, expect, test} from "vitest";
import {
  acceptRequest,
  approveToken,
  buyTokens,
  claimIncome,
  confirmRequest,
  createPoll,
  getClaimable,
  getLaunchFromReceipt,
  getPollResults,
  getSale,
  getTimeRequestFromReceipt,
  getTokenModules,
  incomeShareModule,
  launchToken,
  markDelivered,
  parseAmount,
  payIncome,
  pollsModule,
  purchaseCost,
  relayVotes,
  reportIncome,
  requestTime,
  signVote,
  timeEscrowModule,
} from "../src/index.js";
import {ROOT} from "./constants.js";
import {alice, creator, mintUsdc, now, publicClient, usdc, warp} from "./utils.js";

const guide = readFileSync(new URL(import.meta.url), "utf8");
const regions = [...guide.matchAll(/\n {4}\/\/ #region (\w+)\n([\s\S]*?)\n {4}\/\/ #endregion/g)].map(
  ([, name, code]) => ({
    name,
    code: (code ?? "").replace(/^ {4}/gm, ""),
  }),
);

describe("the SDK README's guide", () => {
  test("shows every region of this file, verbatim and in order", () => {
    const readme = readFileSync(join(ROOT, "packages/sdk/README.md"), "utf8");
    expect(regions.map((r) => r.name)).toEqual([
      "launch",
      "modules",
      "buy",
      "income",
      "claim",
      "time",
      "polls",
      "vote",
    ]);
    let at = 0;
    for (const {name, code} of regions) {
      const found = readme.indexOf(`\`\`\`ts\n${code}\n\`\`\``, at);
      expect(found, `README snippet "${name}"`).toBeGreaterThan(at);
      at = found;
    }
  });

  test("runs: launch, find the modules, buy, report and pay, claim, book an hour, vote", async () => {
    const start = await now();
    // #region launch
    // $ALEX: 10,000,000 tokens; 1,000,000 on sale at 0.02 USDC (price: USDC units per whole token), 15% of income
    // (shareBps) for four quarters (seconds); an hour of Alex's time for 25,000 ALEX; holder polls.
    const DAY = 86_400n;
    const hash = await launchToken(creator, {
      name: "Alex",
      symbol: "ALEX",
      totalSupply: parseEther("10000000"),
      allocations: [{recipient: creator.account.address, amount: parseEther("9000000")}],
      modules: [
        incomeShareModule({
          tokenAmount: parseEther("1000000"),
          terms: {
            paymentAsset: usdc,
            price: 20_000n, // 0.02 USDC (6 decimals) per whole token
            softCap: parseEther("250000"),
            saleStart: start,
            saleEnd: start + 14n * DAY,
            shareBps: 1500, // 15%
            termStart: start + 14n * DAY,
            termEnd: start + 14n * DAY + 4n * 91n * DAY,
            periodLength: 91n * DAY,
            gracePeriod: 30n * DAY,
          },
        }),
        timeEscrowModule({
          config: {confirmationWindow: 3n * DAY, deliveryGrace: DAY, capacityPeriod: 30n * DAY},
          offers: [
            {
              pricePerUnit: parseEther("25000"),
              unitLength: 3_600n,
              capacity: 10,
              open: true,
              burn: false,
              uri: "ipfs://an-hour",
            },
          ],
        }),
        pollsModule(),
      ],
    });
    const {token} = getLaunchFromReceipt(await publicClient.waitForTransactionReceipt({hash}));
    // #endregion

    // #region modules
    const modules = await getTokenModules(publicClient, {token});
    const find = (kind: string) => modules.find((m) => m.kind === kind && m.isProtocolImplementation)?.address;
    const [splitter, escrow, polls] = [find("incomeShare"), find("timeEscrow"), find("polls")];
    if (!splitter || !escrow || !polls) throw new Error(`${token} is missing a module`);
    // #endregion

    await mintUsdc(alice.account.address, parseUnits("6000", 6));
    // #region buy
    // A supporter buys 300,000 ALEX (what they typed, parsed strictly) for 6,000 USDC: approve, then buy.
    const tokens = parseAmount("300,000", 18);
    const {terms} = await getSale(publicClient, {splitter});
    const cost = purchaseCost(tokens, terms.price); // 6,000 USDC in base units: 6_000_000_000n
    await publicClient.waitForTransactionReceipt({
      hash: await approveToken(alice, {token: terms.paymentAsset, spender: splitter, amount: cost}),
    });
    await publicClient.waitForTransactionReceipt({hash: await buyTokens(alice, {splitter, tokens})});
    // #endregion
    expect(cost).toBe(6_000_000_000n);

    await warp(14n * 86_400n + 91n * 86_400n + 1n); // the sale closes, quarter 0 ends
    await mintUsdc(creator.account.address, parseUnits("3000", 6));
    // #region income
    // Quarter 0 earned 20,000 USDC: the creator reports it (15% = 3,000 USDC owed), approves and pays.
    const grossIncome = parseUnits("20000", 6);
    await publicClient.waitForTransactionReceipt({
      hash: await reportIncome(creator, {splitter, period: 0n, grossIncome, evidenceURI: "ipfs://q0-statement"}),
    });
    const owed = (grossIncome * 1500n) / 10_000n;
    await publicClient.waitForTransactionReceipt({
      hash: await approveToken(creator, {token: usdc, spender: splitter, amount: owed}),
    });
    await publicClient.waitForTransactionReceipt({
      hash: await payIncome(creator, {splitter, period: 0n, asset: usdc, amount: owed}),
    });
    // #endregion

    // #region claim
    const [claimable] = await getClaimable(publicClient, {splitters: [splitter], account: alice.account.address});
    // alice bought every claim share sold: {splitter, asset: usdc, amount: 3_000_000_000n}
    await publicClient.waitForTransactionReceipt({hash: await claimIncome(alice, {splitter})});
    // #endregion
    expect(claimable?.amount).toBe(3_000_000_000n);
    expect(
      await publicClient.readContract({
        address: usdc,
        abi: erc20Abi,
        functionName: "balanceOf",
        args: [alice.account.address],
      }),
    ).toBe(3_000_000_000n);

    // #region time
    // alice books an hour (25,000 ALEX, locked with a permit: one transaction); Alex accepts for tomorrow, meets her,
    // marks it delivered; she confirms and the tokens are released to him.
    const booked = await publicClient.waitForTransactionReceipt({
      hash: await requestTime(alice, {escrow, offerId: 0n, units: 1, note: "coffee chat"}),
    });
    const {requestId} = getTimeRequestFromReceipt(booked);
    const tomorrow = (await publicClient.getBlock()).timestamp + DAY;
    await publicClient.waitForTransactionReceipt({
      hash: await acceptRequest(creator, {escrow, requestId, scheduledAt: tomorrow}),
    });
    // ... tomorrow ...
    // #endregion
    await warp(86_400n);
    await publicClient.waitForTransactionReceipt({hash: await markDelivered(creator, {escrow, requestId})});
    await publicClient.waitForTransactionReceipt({hash: await confirmRequest(alice, {escrow, requestId})});

    // #region polls
    // Alex asks; alice signs her vote (no gas); anyone relays the signed votes in one transaction.
    const {hash: asked, pollId} = await createPoll(creator, {
      polls,
      questionURI: "ipfs://what-in-june",
      options: ["Run 5 km a day", "Learn the piano"],
      end: (await publicClient.getBlock()).timestamp + 7n * DAY,
    });
    await publicClient.waitForTransactionReceipt({hash: asked});
    // #endregion
    await warp(1n); // the next block: the poll's snapshot is final, voting is open
    // #region vote
    const signed = await signVote(alice, {polls, pollId, option: 0});
    const relayed = await relayVotes(creator, {polls, votes: [signed]});
    await publicClient.waitForTransactionReceipt({hash: relayed.hash!});
    const {tally} = await getPollResults(publicClient, {polls, pollId});
    // #endregion
    expect(tally[0]).toBeGreaterThan(0n);
  });
});
