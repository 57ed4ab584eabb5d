// The indexer against the real thing: anvil with the protocol deployed by script/Deploy.s.sol, the demo's whole $ALEX
// story played through the SDK, then the indexer on both backends — embedded PGlite, and a real Postgres cluster read
// through Ponder's separate serving process — and every indexed figure compared with a chain read (test/checks.ts).
// The story ends with a loan whose claim trades on Uniswap and a credentials module; the test then exercises the rest
// of credentials (a revocable class, a claim by the creator's signature, a revocation, a burn). Then bad input to the
// API, and a chain reorganization that both indexers must follow.

import {
  burnCredential,
  buyTokens,
  claimCredential,
  createCredentialClass,
  getLaunchFromReceipt,
  incomeShareModule,
  issueCredentials,
  launchToken,
  payIncome,
  reportIncome,
  revokeCredential,
  signCredentialClaim,
} from "@personal-token/sdk";
import {createClient, eq} from "@ponder/client";
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  erc20Abi,
  http,
  type PublicClient,
  parseEther,
  zeroAddress,
} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {ANVIL_MNEMONIC, deployProtocol, startAnvil} from "../../../tools/anvil.mjs";
import {createIndexerClient, IndexerRequestError} from "../client/index";
import * as schema from "../ponder.schema";
import {expectIndexMatchesChain} from "./checks";
import {type Indexer, type Postgres, ROOT, startIndexer, startPostgres, waitFor} from "./harness";

type Anvil = Awaited<ReturnType<typeof startAnvil>>;
type Address = `0x${string}`;
type Story = {token: Address; splitter: Address; polls: Address; credentials: Address};

let anvil: Anvil;
let postgres: Postgres | undefined;
let story: Story;
let client: PublicClient;
const indexers: Indexer[] = [];
let pglite: Indexer;
let served: Indexer;

const CHAIN = 31_337;
const alex = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 1});
const alice = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 2});
const buyer01 = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 3});
const buyer02 = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 4});
/** A second creator, outside the story's cast, whose token alice also holds. */
const bea = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 38});
/** A third creator, and her only buyer, for an agreement whose payout cap is met early. */
const cara = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 37});
const dan = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 36});
const SPEAKER_URI = "ipfs://alex/speaker";

/** Clients on the chain at `url` for the scenes below; `mined` waits for a transaction and fails if it reverted. */
function onChain(url: string) {
  const chain = createPublicClient({chain: foundry, transport: http(url), pollingInterval: 50});
  const wallet = (account: typeof alex) =>
    createWalletClient({account, chain: foundry, transport: http(url), pollingInterval: 50});
  const mined = async (hash: `0x${string}`) => {
    const receipt = await chain.waitForTransactionReceipt({hash});
    if (receipt.status !== "success") throw new Error(`${hash} reverted`);
    return receipt;
  };
  return {chain, wallet, mined};
}

/**
 * What the story's act 9 leaves out of credentials: Alex adds a revocable class valid for a year, issues it to alice,
 * signs a claim that buyer 01 submits, then revokes alice's; buyer 02 burns their "Early believer".
 */
async function exerciseCredentials(url: string, credentials: Address) {
  const {chain, wallet, mined} = onChain(url);
  const creator = wallet(alex);
  const {hash, classId} = await createCredentialClass(creator, {
    credentials,
    uri: SPEAKER_URI,
    validFor: 365n * 86_400n,
    revocable: true,
  });
  await mined(hash);
  await mined(await issueCredentials(creator, {credentials, classId, recipients: [alice.address]}));
  const deadline = (await chain.getBlock()).timestamp + 86_400n;
  const signed = await signCredentialClaim(creator, {credentials, classId, recipient: buyer01.address, deadline});
  await mined(await claimCredential(wallet(buyer01), {credentials, ...signed}));
  await mined(await revokeCredential(creator, {credentials, classId, holder: alice.address}));
  await mined(await burnCredential(wallet(buyer02), {credentials, classId: 0n}));
}

/** Bea launches $BEA (no modules) with 100 of its 1,000 to alice: a second token in alice's portfolio only. */
async function launchBea(url: string) {
  const {wallet, mined} = onChain(url);
  await mined(
    await launchToken(wallet(bea), {
      name: "Bea Builder",
      symbol: "BEA",
      totalSupply: parseEther("1000"),
      allocations: [
        {recipient: bea.address, amount: parseEther("900")},
        {recipient: alice.address, amount: parseEther("100")},
      ],
    }),
  );
}

/**
 * Cara's $CAP sells a share of her income in ETH over a term that ends mid-period (100 s periods over 250 s: the last
 * is 50 s) with a 0.05 ETH payout cap, which period 0's payment meets; then the chain passes the last report deadline.
 * On-chain, the periods after the cap are not late, and the short last one exists: the index must say the same. A few
 * minutes of chain time, so the story's day-long windows are untouched.
 */
async function launchShortTermSale(url: string) {
  const {chain, wallet, mined} = onChain(url);
  const testClient = createTestClient({chain: foundry, mode: "anvil", transport: http(url)});
  const warpTo = async (timestamp: bigint) => {
    await testClient.setNextBlockTimestamp({timestamp});
    await testClient.mine({blocks: 1});
  };
  const now = (await chain.getBlock()).timestamp;
  const saleEnd = now + 60n;
  const terms = {
    paymentAsset: zeroAddress,
    price: parseEther("0.001"),
    softCap: parseEther("10"),
    saleStart: now,
    saleEnd,
    shareBps: 1_000,
    termStart: saleEnd,
    termEnd: saleEnd + 250n,
    periodLength: 100n,
    gracePeriod: 10n,
    payoutCap: parseEther("0.05"),
  };
  const launched = await mined(
    await launchToken(wallet(cara), {
      name: "Cara Capped",
      symbol: "CAP",
      totalSupply: parseEther("1000"),
      allocations: [{recipient: cara.address, amount: parseEther("900")}],
      modules: [incomeShareModule({tokenAmount: parseEther("100"), terms})],
    }),
  );
  const splitter = getLaunchFromReceipt(launched).modules[0]!.module;
  await mined(await buyTokens(wallet(dan), {splitter, tokens: parseEther("100")}));
  await warpTo(terms.termStart + 101n); // the sale closed, period 0 ended
  await mined(
    await reportIncome(wallet(cara), {splitter, period: 0n, grossIncome: parseEther("1"), evidenceURI: "ipfs://cap/0"}),
  );
  await mined(await payIncome(wallet(cara), {splitter, period: 0n, asset: zeroAddress, amount: parseEther("0.05")}));
  await warpTo(terms.termEnd + 20n); // past every period's deadline
}

beforeAll(async () => {
  const t0 = performance.now();
  const seconds = () => `${((performance.now() - t0) / 1_000).toFixed(1)} s`;
  const [chain, pg] = await Promise.all([
    (async () => {
      const started = await startAnvil({accounts: 40});
      anvil = started; // stopped by afterAll even if what follows fails
      await deployProtocol(started.url);
      // The demo's story, played as `pnpm demo` plays it (plain ESM, untyped here).
      const demo = (file: string) => import(/* @vite-ignore */ new URL(`../../demo/src/${file}`, import.meta.url).href);
      const {playStory} = await demo("story.mjs");
      const {Report} = await demo("report.mjs");
      const played = await playStory({url: started.url, root: ROOT, report: new Report(() => {})});
      await exerciseCredentials(started.url, played.credentials);
      await launchBea(started.url);
      await launchShortTermSale(started.url);
      return {started, played};
    })(),
    startPostgres().then((started) => {
      postgres = started;
      return started;
    }),
  ]);
  console.info(`chain deployed and the story played, Postgres up: ${seconds()}`);
  story = chain.played as Story;
  client = createPublicClient({chain: foundry, transport: http(anvil.url), pollingInterval: 50}) as PublicClient;
  // Both backends index at once; `ponder serve` then reads what the Postgres one wrote.
  const head = await client.getBlockNumber();
  const track = (indexer: Indexer) => {
    indexers.push(indexer); // stopped by afterAll even if the other one fails
    return indexer;
  };
  const [embedded] = await Promise.all([
    startIndexer({rpcUrl: anvil.url, head}).then(track),
    startIndexer({rpcUrl: anvil.url, databaseUrl: pg.url, head}).then(track),
  ]);
  console.info(`PGlite and Postgres indexers ready: ${seconds()}`);
  pglite = embedded;
  served = await startIndexer({rpcUrl: anvil.url, databaseUrl: pg.url, command: "serve"});
  indexers.push(served);
  console.info(`ponder serve ready: ${seconds()}`);
}, 400_000);

afterAll(async () => {
  await Promise.all(indexers.map((indexer) => indexer.stop()));
  await postgres?.stop();
  await anvil?.stop();
}, 60_000);

describe("after the demo story, every indexed figure equals the chain", () => {
  test("on PGlite", async () => {
    const counted = await expectIndexMatchesChain(createIndexerClient({url: pglite.url}), client);
    // The story's cast: $ALEX, and $BEA and $CAP that the test adds (3 tokens); alex, alice, the vesting wallet, 30
    // buyers, the pool… (34 holders of ALEX; bea and alice hold BEA, cara and her sale hold CAP: 38 in all); 30 buyers
    // of ALEX with 2 assets claimed each, and dan with CAP's ETH (61); one time request; 31 voters; 4 stakers; one
    // loan whose claim Peter, buyer 05 and the pool hold; two credential classes: "Early believer" (30 issued, buyer
    // 02's burned) and the speaker class (alice's revoked, buyer 01's claimed by signature); one snapshot (the poll's).
    expect(counted).toMatchObject({
      tokens: 3,
      holders: 38,
      buyers: 31,
      claims: 61,
      requests: 1,
      votes: 31,
      stakers: 4,
      loans: 1,
      loanHolders: 3,
      credentialClasses: 2,
      credentialsHeld: 30,
      credentialsEnded: 2,
      snapshots: 1,
    });
    // Everyone the feeds name (every holder among them) had their portfolio's tokens checked.
    expect(counted.portfolios).toBeGreaterThanOrEqual(38);
  });

  test("on Postgres, read through `ponder serve`", async () => {
    const counted = await expectIndexMatchesChain(createIndexerClient({url: served.url}), client);
    expect(counted).toMatchObject({tokens: 3, holders: 38, buyers: 31, loanHolders: 3, credentialsHeld: 30});
  });
});

describe("documented queries", () => {
  const api = () => createIndexerClient({url: pglite.url});

  test("explore, holders, activity, portfolio, income", async () => {
    const {items: tokens} = await api().tokens({creator: alex.address});
    expect(tokens.map((t) => t.symbol)).toEqual(["ALEX"]);
    // Splitter, escrow and polls at launch; the staking campaign, the loan and the credentials module later.
    expect(tokens[0]!.moduleCount).toBe(6);

    const holders = await api().holders({chainId: CHAIN, token: story.token, limit: 3});
    expect(holders.items).toHaveLength(3);
    expect(holders.items[0]!.balance).toBe(parseEther("5000000")); // the vesting wallet
    expect(holders.holderCount).toBe(34);

    const {items: feed} = await api().activity({chainId: CHAIN, token: story.token, limit: 1_000});
    const kinds = new Set(feed.map((a) => a.kind));
    for (const kind of [
      "launch",
      "mint",
      "transfer",
      "module",
      "purchase",
      "delivery",
      "proceeds",
      "report",
      "income",
    ]) {
      expect(kinds).toContain(kind);
    }
    for (const kind of ["claim", "offer", "request-requested", "request-accepted", "request-released", "stake"]) {
      expect(kinds).toContain(kind);
    }
    for (const kind of ["reward", "rewards-added", "unstake", "poll", "vote", "vote-changed", "poll-finalized"]) {
      expect(kinds).toContain(kind);
    }
    for (const kind of ["snapshot", "loan-funded", "loan-transfer", "loan-repayment", "loan-claim"]) {
      expect(kinds).toContain(kind);
    }
    for (const kind of ["class", "issued", "claimed", "revoked", "burned"])
      expect(kinds).toContain(`credential-${kind}`);
    // Newest first.
    expect(feed[0]!.block >= feed.at(-1)!.block).toBe(true);
    const {items: moves} = await api().activity({
      chainId: CHAIN,
      token: story.token,
      kind: "mint,transfer",
      limit: 1_000,
    });
    expect(new Set(moves.map((a) => a.kind))).toEqual(new Set(["mint", "transfer"]));

    const portfolio = await api().portfolio({account: alice.address});
    const [balance] = await Promise.all([
      client.readContract({address: story.token, abi: erc20Abi, functionName: "balanceOf", args: [alice.address]}),
    ]);
    expect(portfolio.holdings.map((h) => [h.symbol, h.balance])).toEqual([
      ["ALEX", balance],
      ["BEA", parseEther("100")],
    ]);
    expect(portfolio.requests.map((r) => r.status)).toEqual(["released"]);
    expect(portfolio.votes).toHaveLength(1);
    // Her tokens, in several categories (both balances; ALEX's time request, vote and revoked credential), each once,
    // as `/tokens` lists them (newest launch first), named as the chain names them.
    expect(portfolio.credentials.map((c) => [c.token, c.status])).toEqual([[story.token.toLowerCase(), "revoked"]]);
    const {items: listed} = await api().tokens({chainId: CHAIN});
    expect(portfolio.tokens.map((t) => t.symbol)).toEqual(["BEA", "ALEX"]);
    const hers = listed.filter((t) => t.symbol !== "CAP");
    expect(portfolio.tokens).toEqual(hers);
    for (const t of portfolio.tokens) {
      const named = await Promise.all(
        (["name", "symbol"] as const).map((functionName) =>
          client.readContract({address: t.address, abi: erc20Abi, functionName}),
        ),
      );
      expect([t.name, t.symbol]).toEqual(named);
    }
    expect((await api().portfolio({account: alice.address, chainId: CHAIN})).tokens).toEqual(hers);
    // Buyer 02 (balance, shares, claims, a vote, a burned credential) has nothing of BEA: ALEX only.
    expect((await api().portfolio({account: buyer02.address})).tokens.map((t) => t.symbol)).toEqual(["ALEX"]);
    // An account with nothing has no tokens.
    expect((await api().portfolio({account: "0x00000000000000000000000000000000000000cc"})).tokens).toEqual([]);

    const income = await api().income({creator: alex.address});
    expect(income.agreements).toHaveLength(1);
    const [quarterZero] = income.agreements[0]!.periods;
    expect(quarterZero).toMatchObject({period: 0, reported: true, late: false});
    expect(quarterZero!.owed).toBe(6_000_000_000n); // 15% of 40,000 USDC
    expect(quarterZero!.paid).toBe(3_000_000_000n); // the USDC half; the LP half is declared
    expect(quarterZero!.declaredValue).toBe(3_000_000_000n);

    // $CAP: a short last period, and no period late once the payout cap was met (as `periodRecord` reads them).
    const [capped] = (await api().income({creator: cara.address})).agreements;
    expect(capped!.sale.capMetAt).toBeGreaterThan(capped!.sale.termStart);
    expect(capped!.periods.map((p) => [p.period, p.end - p.start, p.reported, p.late])).toEqual([
      [0, 100n, true, false],
      [1, 100n, false, false],
      [2, 50n, false, false],
    ]);

    // Votes arrived three ways: directly, signed and relayed in one transaction.
    const {items: votes} = await api().activity({chainId: CHAIN, token: story.token, kind: "vote", limit: 100});
    expect(new Set(votes.map((v) => (v.detail as {method: string}).method))).toEqual(new Set(["direct", "relayed"]));
    const {items: polls} = await api().polls({chainId: CHAIN, token: story.token});
    expect(polls[0]).toMatchObject({state: "finalized", voterCount: 31}); // buyer 01 voted twice
  });

  test("credentials by class and holder, a loan's claim holders, snapshots, and both in a portfolio", async () => {
    const {classes, items} = await api().credentials({chainId: CHAIN, token: story.token, limit: 1_000});
    expect(classes.map((c) => [c.classId, c.revocable, c.holders, c.issued, c.claimed])).toEqual([
      [0, false, 29, 30, 0],
      [1, true, 1, 2, 1],
    ]);
    expect(items).toHaveLength(32);
    const speakers = await api().credentials({chainId: CHAIN, token: story.token, classId: 1});
    expect(speakers.items.map((c) => [c.holder, c.status, c.claimed])).toEqual([
      [alice.address.toLowerCase(), "revoked", false],
      [buyer01.address.toLowerCase(), "held", true],
    ]);
    expect(speakers.items[1]!.expiresAt).toBe(speakers.items[1]!.issuedAt + 365n * 86_400n);
    const mine = await api().credentials({chainId: CHAIN, token: story.token, holder: buyer02.address});
    expect(mine.items.map((c) => [c.classId, c.status])).toEqual([[0, "burned"]]);

    const [loan] = (await api().loans({chainId: CHAIN, token: story.token})).items;
    const claims = await api().loanHolders({chainId: CHAIN, token: story.token, loan: loan!.address});
    expect(claims.holderCount).toBe(3);
    expect(claims.claimSupply).toBe(1_500_000_000n); // 1,500 USDC lent: one claim unit per USDC unit

    const {items: snapshots} = await api().snapshots({chainId: CHAIN, token: story.token});
    expect(snapshots.map((s) => s.snapshotId)).toEqual([1]);

    const portfolio = await api().portfolio({account: buyer01.address});
    expect(portfolio.credentials.map((c) => [c.uri, c.status])).toEqual([
      ["ipfs://alex-early-believer", "held"],
      [SPEAKER_URI, "held"],
    ]);
    expect(portfolio.shares.map((s) => s.token)).toEqual([story.token.toLowerCase()]);
    const lender = claims.items[0]!.account;
    const {loanClaims} = await api().portfolio({account: lender});
    expect(loanClaims).toMatchObject([
      {loan: loan!.address, token: story.token.toLowerCase(), balance: claims.items[0]!.balance},
    ]);
  });

  test("GraphQL and SQL over HTTP", async () => {
    const response = await fetch(`${served.url}/graphql`, {
      method: "POST",
      headers: {"content-type": "application/json"},
      body: JSON.stringify({
        query: `{ tokens(orderBy: "launchTimestamp", orderDirection: "desc") { items { symbol holderCount } } }`,
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        tokens: {
          items: [
            {symbol: "CAP", holderCount: 2},
            {symbol: "BEA", holderCount: 2},
            {symbol: "ALEX", holderCount: 34},
          ],
        },
      },
    });

    // SQL over HTTP, with Ponder's own client and this package's schema (read-only queries, typed by drizzle).
    const sql = createClient(`${served.url}/sql`, {schema});
    const rows = await sql.db
      .select({symbol: schema.token.symbol, holders: schema.token.holderCount})
      .from(schema.token)
      .where(eq(schema.token.creator, alex.address.toLowerCase() as `0x${string}`));
    expect(rows).toEqual([{symbol: "ALEX", holders: 34}]);
  });
});

describe("bad input gets a 4xx with a message, never a 500", () => {
  const cases: [string, number, RegExp][] = [
    ["/tokens/31337/0x1234", 400, /malformed token address/],
    ["/tokens/31337/0x000000000000000000000000000000000000dEaD", 404, /no token/],
    ["/tokens/1/0x000000000000000000000000000000000000dEaD", 404, /chain 1 is not indexed/],
    ["/tokens/abc/0x000000000000000000000000000000000000dEaD/holders", 400, /malformed chain id/],
    ["/tokens?limit=1000000", 400, /limit must be an integer from 1 to 1000/],
    ["/tokens?limit=-1", 400, /limit/],
    ["/tokens?offset=x", 400, /offset/],
    ["/tokens?creator=alex", 400, /malformed creator address/],
    ["/accounts/0xzz/portfolio", 400, /malformed account address/],
    ["/creators/0x1/income", 400, /malformed creator address/],
    ["/tokens/31337/0x000000000000000000000000000000000000dEaD/credentials", 404, /no token/],
    ["/tokens/31337/0x000000000000000000000000000000000000dEaD/loans/0x12/holders", 404, /no token/],
  ];
  test.each(cases)("GET %s → %i", async (path, status, message) => {
    const response = await fetch(`${pglite.url}${path}`);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
  });

  test("SQL over HTTP: a write, an unknown table and a malformed parameter are 400", async () => {
    const sql = (text: string) => encodeURIComponent(JSON.stringify({json: {sql: text, params: []}}));
    for (const query of [sql("DROP TABLE token"), sql("SELECT * FROM nowhere"), "not-json"]) {
      const response = await fetch(`${pglite.url}/sql/db?sql=${query}`);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error, query).toMatch(/bad sql query/);
    }
  });

  test("credentials and a loan's holders: a malformed class, status or loan is a 400, an unknown loan a 404", async () => {
    const base = `${pglite.url}/tokens/${CHAIN}/${story.token}`;
    const cases: [string, number, RegExp][] = [
      [`${base}/credentials?classId=x`, 400, /classId must be an integer/],
      [`${base}/credentials?status=lost`, 400, /status must be held, revoked or burned/],
      [`${base}/credentials?holder=0x12`, 400, /malformed holder address/],
      [`${base}/loans/0x12/holders`, 400, /malformed loan address/],
      [`${base}/loans/0x000000000000000000000000000000000000dEaD/holders`, 404, /no loan/],
    ];
    for (const [path, status, message] of cases) {
      const response = await fetch(path);
      expect(response.status, path).toBe(status);
      expect((await response.json()).error, path).toMatch(message);
    }
  });

  test("an unknown route is a 404", async () => {
    expect((await fetch(`${pglite.url}/nowhere`)).status).toBe(404);
  });

  test("the typed client throws IndexerRequestError", async () => {
    const error = await createIndexerClient({url: pglite.url})
      .holders({chainId: CHAIN, token: "0x000000000000000000000000000000000000dEaD"})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexerRequestError);
    expect(error).toMatchObject({status: 404});
  });

  test("GraphQL: a page over the limit and a malformed query are 4xx", async () => {
    for (const query of [`{ tokens(limit: 100000) { items { symbol } } }`, `{ tokens( }`]) {
      const response = await fetch(`${pglite.url}/graphql`, {
        method: "POST",
        headers: {"content-type": "application/json"},
        body: JSON.stringify({query}),
      });
      expect(response.status, query).toBeGreaterThanOrEqual(400);
      expect(response.status, query).toBeLessThan(500);
    }
  });
});

test("a chain reorganization is rolled back on both backends", async () => {
  const wallet = createWalletClient({account: alice, chain: foundry, transport: http(anvil.url)});
  const test = createTestClient({chain: foundry, mode: "anvil", transport: http(anvil.url)});
  const orphan = "0x00000000000000000000000000000000000000aa";
  const heir = "0x00000000000000000000000000000000000000bb";
  const apis = [createIndexerClient({url: pglite.url}), createIndexerClient({url: served.url})];
  const holdersOf = async (api: (typeof apis)[number]) =>
    (await api.holders({chainId: CHAIN, token: story.token, limit: 1_000})).items.map((h) => h.account);

  // A transfer the indexers see, then the chain forgets it and takes a longer branch with another transfer instead.
  const snapshot = await test.snapshot();
  await client.waitForTransactionReceipt({
    hash: await wallet.writeContract({
      address: story.token,
      abi: erc20Abi,
      functionName: "transfer",
      args: [orphan, 1n],
    }),
  });
  for (const api of apis) await waitFor("the orphaned transfer", async () => (await holdersOf(api)).includes(orphan));
  await test.revert({id: snapshot});
  await client.waitForTransactionReceipt({
    hash: await wallet.writeContract({address: story.token, abi: erc20Abi, functionName: "transfer", args: [heir, 2n]}),
  });
  await test.mine({blocks: 3});
  for (const api of apis) {
    await waitFor("the reorganization", async () => {
      const holders = await holdersOf(api);
      return holders.includes(heir) && !holders.includes(orphan);
    });
  }
  await expectIndexMatchesChain(apis[0]!, client);
  await expectIndexMatchesChain(apis[1]!, client);
});
