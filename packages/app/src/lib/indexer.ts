// Lists (launched tokens, a token's holders and their count, its recent transfers, the tokens an account has a stake
// in), from the indexer through its typed client (`@personal-token/indexer/client`) when one is configured and caught
// up (`/ready`), else rebuilt from the chain's logs — fine on the local chain and for young tokens, which is where the
// app runs without an indexer. Each answer says where it came from (`source`). Anything one contract read answers (a
// balance now, what is claimable) keeps coming from the chain. The indexer answers at most a page of rows per request
// (`config.indexerPage`): a list the app needs whole is read page after page (`allPages`), the token list to browse one
// page at a time (`listTokens`, "Show more") — never silently cut at the first page.
import {createIndexerClient, type IndexerClient} from "@personal-token/indexer/client";
import {iCredentialsAbi, personalTokenAbi, personalTokenFactoryAbi} from "@personal-token/sdk";
import {type Address, getAddress, type Hash, type PublicClient} from "viem";
import {config} from "../config.js";

export type Source = "indexer" | "logs";
export type LaunchedToken = {token: Address; creator: Address; name: string; symbol: string; blockNumber: bigint};
export type Holder = {account: Address; balance: bigint};
export type Activity = {from: Address; to: Address; value: bigint; blockNumber: bigint; hash: Hash};
export type CredentialHolder = {classId: bigint; holder: Address; expiresAt: bigint; claimed: boolean};

const ZERO = "0x0000000000000000000000000000000000000000" as Address;
/**
 * The most pages `allPages` reads: an indexer that ignored `offset` would answer the same full page forever. A million
 * rows at the default page (the indexer refuses an offset beyond that anyway).
 */
export const MAX_PAGES = 1_000;

const client = config.indexerUrl ? createIndexerClient({url: config.indexerUrl}) : undefined;
const base = config.indexerUrl?.replace(/\/+$/, "");
let caughtUp = false;
/** How long a list waits for the indexer to reach the chain's latest block (a write's receipt just arrived, say). */
const SYNC_WAIT_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The indexer's client once it has caught up with the chain (`/ready` answers 200; it stays so), else undefined: not
 * configured, not answering (the local server without one answers 404), or still backfilling. A list read right
 * after a write first waits (up to SYNC_WAIT_MS) for `/status` to reach the chain's latest block, so what the receipt
 * changed is in it.
 */
async function indexer(publicClient: PublicClient): Promise<IndexerClient | undefined> {
  if (!client || !base) return undefined;
  if (!caughtUp) {
    const response = await fetch(`${base}/ready`).catch(() => undefined);
    caughtUp = !!response?.ok && !(response.headers.get("content-type") ?? "").includes("html");
    if (!caughtUp) return undefined;
  }
  const head = await publicClient.getBlockNumber().catch(() => undefined);
  const deadline = Date.now() + SYNC_WAIT_MS;
  while (head !== undefined && Date.now() < deadline) {
    const status = (await fetch(`${base}/status`)
      .then((r) => r.json())
      .catch(() => ({}))) as Record<string, {id?: number; block?: {number: number}}>;
    const chain = Object.values(status).find((c) => c.id === config.chain.id);
    if (!chain || BigInt(chain.block?.number ?? -1) >= head) break;
    await sleep(200);
  }
  return client;
}

type Paged<T> = {items: T[]; limit?: number; offset?: number};

/**
 * Every row of one of the indexer's paged lists: pages of `limit` rows by `offset` until one comes back shorter than
 * its limit, or empty. Throws rather than return part of the list when the indexer answers another offset than asked,
 * or still has more after MAX_PAGES pages (the list then comes from the logs, and the console says why).
 */
export async function allPages<T>(
  read: (page: {limit: number; offset: number}) => Promise<Paged<T>>,
  limit = config.indexerPage,
): Promise<T[]> {
  const all: T[] = [];
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const offset = all.length;
    const page = await read({limit, offset});
    if (page.offset !== undefined && page.offset !== offset)
      throw new Error(`the indexer answered offset ${page.offset} when asked for ${offset}: it does not page`);
    all.push(...page.items);
    if (page.items.length === 0 || page.items.length < (page.limit ?? limit)) return all;
  }
  throw new Error(`the indexer still had rows after ${MAX_PAGES} pages of ${limit}: the list would be incomplete`);
}

/** From the indexer when it is there and answers; from the chain's logs otherwise. */
async function listed<T>(
  publicClient: PublicClient,
  fromIndexer: (api: IndexerClient) => Promise<T>,
  fromLogs: () => Promise<T>,
): Promise<T & {source: Source}> {
  const api = await indexer(publicClient);
  if (api) {
    try {
      return {...(await fromIndexer(api)), source: "indexer"};
    } catch (error) {
      console.warn("indexer: reading the chain's logs instead:", error);
    }
  }
  return {...(await fromLogs()), source: "logs"};
}

const launched = (t: {address: Address; creator: Address; name: string; symbol: string; launchBlock: bigint}) => ({
  token: t.address,
  creator: t.creator,
  name: t.name,
  symbol: t.symbol,
  blockNumber: t.launchBlock,
});

/**
 * The tokens launched on this chain, newest first, one page from `offset`, and the offset of the next page (undefined
 * at the end): a page of `config.indexerPage` from the indexer; from the logs, every token from `offset` at once.
 */
export function listTokens(publicClient: PublicClient, offset = 0) {
  return listed<{items: LaunchedToken[]; next: number | undefined}>(
    publicClient,
    async (api) => {
      const page = await api.tokens({chainId: config.chain.id, limit: config.indexerPage, offset});
      const full = page.items.length > 0 && page.items.length >= (page.limit ?? config.indexerPage);
      return {items: page.items.map(launched), next: full ? offset + page.items.length : undefined};
    },
    async () => ({items: (await tokensFromLogs(publicClient)).slice(offset), next: undefined}),
  );
}

async function tokensFromLogs(publicClient: PublicClient): Promise<LaunchedToken[]> {
  if (!config.deployment) return [];
  const logs = await publicClient.getContractEvents({
    address: config.deployment.factory,
    abi: personalTokenFactoryAbi,
    eventName: "TokenLaunched",
    fromBlock: 0n,
  });
  return logs
    .map((log) => ({
      token: log.args.token as Address,
      creator: log.args.creator as Address,
      name: log.args.params?.name ?? "",
      symbol: log.args.params?.symbol ?? "",
      blockNumber: log.blockNumber,
    }))
    .reverse();
}

/**
 * The tokens `account` has something in, newest launch first: with the indexer, its portfolio across creators
 * (balances, income-share claims, loan claims, credentials, time requests), which carries the tokens it mentions — one
 * request, whatever the number of tokens on the chain; from the logs, every token (the page reads each balance).
 */
export function listPortfolioTokens(publicClient: PublicClient, account: Address) {
  return listed(
    publicClient,
    async (api) => {
      const portfolio = await api.portfolio({account, chainId: config.chain.id});
      const mine = new Set<string>([
        ...portfolio.holdings.map((h) => h.token),
        ...portfolio.shares.filter((s) => s.shares > 0n).map((s) => s.token),
        ...portfolio.loanClaims.map((l) => l.token),
        ...portfolio.credentials.filter((c) => c.status === "held").map((c) => c.token),
        ...portfolio.requests.map((r) => r.token),
      ]);
      // `tokens` lists each token once, newest launch first; an older indexer without it throws (then: the logs).
      return {items: portfolio.tokens.filter((t) => mine.has(t.address)).map(launched)};
    },
    async () => ({items: await tokensFromLogs(publicClient)}),
  );
}

async function transfers(publicClient: PublicClient, token: Address) {
  return publicClient.getContractEvents({address: token, abi: personalTokenAbi, eventName: "Transfer", fromBlock: 0n});
}

/** A token's holders (non-zero balances, largest first) and their count. */
export function getHolders(publicClient: PublicClient, token: Address, limit = 10) {
  return listed(
    publicClient,
    async (api) => {
      const {holderCount, items} = await api.holders({chainId: config.chain.id, token, limit});
      return {holderCount, items: items.map(({account, balance}): Holder => ({account, balance}))};
    },
    async () => {
      const balances = new Map<Address, bigint>();
      for (const {args} of await transfers(publicClient, token)) {
        const {from, to, value = 0n} = args;
        if (from) balances.set(from, (balances.get(from) ?? 0n) - value);
        if (to) balances.set(to, (balances.get(to) ?? 0n) + value);
      }
      const all = [...balances]
        .filter(([account, balance]) => balance > 0n && account !== ZERO)
        .map(([account, balance]) => ({account, balance}))
        .sort((a, b) => (b.balance > a.balance ? 1 : b.balance < a.balance ? -1 : 0));
      return {holderCount: all.length, items: all.slice(0, limit)};
    },
  );
}

/** A token's latest moves (mints, transfers, burns), newest first. */
export function getActivity(publicClient: PublicClient, token: Address, limit = 10) {
  return listed(
    publicClient,
    async (api) => {
      const {items} = await api.activity({chainId: config.chain.id, token, kind: "mint,transfer,burn", limit});
      return {
        items: items.map(
          (a): Activity => ({
            from: a.kind === "mint" ? ZERO : a.account,
            to: a.kind === "mint" ? a.account : a.kind === "burn" ? ZERO : (a.counterparty ?? ZERO),
            value: a.amount ?? 0n,
            blockNumber: a.block,
            hash: a.tx,
          }),
        ),
      };
    },
    async () => ({
      items: (await transfers(publicClient, token))
        .slice(-limit)
        .reverse()
        .map(
          (log): Activity => ({
            from: log.args.from as Address,
            to: log.args.to as Address,
            value: log.args.value ?? 0n,
            blockNumber: log.blockNumber,
            hash: log.transactionHash,
          }),
        ),
    }),
  );
}

/**
 * Who holds a credential of each class of `credentials` (a module of `token`) now: the indexer's credentials held, else
 * the module's `CredentialIssued` logs minus its `CredentialBurned` and `CredentialRevoked` ones.
 */
export function getCredentialHolders(publicClient: PublicClient, token: Address, credentials: Address) {
  return listed(
    publicClient,
    async (api) => {
      const items = await allPages((page) =>
        api.credentials({chainId: config.chain.id, token, status: "held", ...page}),
      );
      return {
        items: items
          .filter((c) => c.credentials.toLowerCase() === credentials.toLowerCase())
          .map((c) => ({
            classId: BigInt(c.classId),
            holder: getAddress(c.holder),
            expiresAt: c.expiresAt,
            claimed: c.claimed,
          })),
      };
    },
    async () => ({items: await credentialHoldersFromLogs(publicClient, credentials)}),
  );
}

async function credentialHoldersFromLogs(publicClient: PublicClient, address: Address): Promise<CredentialHolder[]> {
  const read = (eventName: "CredentialIssued" | "CredentialBurned" | "CredentialRevoked") =>
    publicClient.getContractEvents({address, abi: iCredentialsAbi, eventName, fromBlock: "earliest", strict: true});
  const [issued, burned, revoked] = await Promise.all([
    read("CredentialIssued"),
    read("CredentialBurned"),
    read("CredentialRevoked"),
  ]);
  // In log order, so a credential issued again after a burn or a revoke is held again.
  const events = [...issued, ...burned, ...revoked].sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  );
  const held = new Map<string, CredentialHolder>();
  for (const e of events) {
    const {classId, holder} = e.args as {classId: bigint; holder: Address};
    const key = `${classId}:${holder.toLowerCase()}`;
    if (e.eventName === "CredentialIssued") {
      const {expiresAt, claimed} = e.args as {expiresAt: bigint; claimed: boolean};
      held.set(key, {classId, holder, expiresAt, claimed});
    } else held.delete(key);
  }
  return [...held.values()];
}
