// A small typed client for the indexer's documented queries (src/api/index.ts; README "Queries"), for the SDK's users
// and the app: lists and history come from here, anything one contract read answers keeps coming from the chain.
// It needs only `fetch`. Amounts arrive as decimal strings and leave as bigints (every bigint column of
// ponder.schema.ts is listed in BIGINT_FIELDS; test/client.test.ts checks the list against the schema).
//
// @example
// const indexer = createIndexerClient({url: "http://localhost:42069"})
// const {items} = await indexer.holders({chainId: 31337, token: alex, limit: 10})

import type * as schema from "../ponder.schema";

/** The row a table of ponder.schema.ts stores. */
type Row<T extends keyof typeof schema> = (typeof schema)[T]["$inferSelect"];
/** One account's balance in a balance table (a token's holders, a loan's claim holders). */
type Balance<T extends "holder" | "loanHolder"> = Pick<Row<T>, "account" | "balance" | "firstBlock">;

export type Token = Row<"token">;
export type Module = Row<"module">;
export type Activity = Row<"activity">;
export type Holding = Balance<"holder">;
export type Sale = Row<"sale">;
export type SaleBuyer = Row<"saleBuyer">;
export type IncomePayment = Row<"incomePayment">;
export type IncomeAsset = Row<"incomeAsset">;
export type IncomeClaim = Row<"incomeClaim">;
export type EscrowRequest = Row<"escrowRequest">;
export type Poll = Row<"poll">;
export type PollVote = Row<"pollVote">;
export type StakingCampaign = Row<"stakingCampaign">;
export type StakingPosition = Row<"stakingPosition">;
export type Loan = Row<"loan">;
export type LoanHolding = Balance<"loanHolder">;
export type CredentialClass = Row<"credentialClass">;
export type Credential = Row<"credential">;
export type TokenSnapshot = Row<"tokenSnapshot">;
type Address = `0x${string}`;

export type Page<T> = {items: T[]; limit: number; offset: number};
export type PageParameters = {limit?: number; offset?: number};

/**
 * One period of an income record, as it stands at `asOf` (the chain's latest block): its stored row (zeros while nobody
 * reported or paid) and whether its report is late.
 */
export type IncomePeriodRecord = Omit<Row<"incomePeriod">, "chainId" | "sale" | "reportedAt" | "evidenceHash"> & {
  late: boolean;
};

export type IncomeRecord = {
  creator: Address;
  agreements: {
    sale: Sale;
    asOf: bigint;
    periods: IncomePeriodRecord[];
    payments: IncomePayment[];
    assets: IncomeAsset[];
  }[];
};

export type Portfolio = {
  account: Address;
  holdings: {
    chainId: number;
    token: Address;
    balance: bigint;
    name: string;
    symbol: string;
    creator: Address;
    totalSupply: bigint;
  }[];
  /** Income-share claim shares, with the sale's token. */
  shares: (SaleBuyer & {token: Address})[];
  claims: IncomeClaim[];
  stakes: StakingPosition[];
  requests: EscrowRequest[];
  votes: PollVote[];
  /** Every credential the account was ever issued (`status` says whether it is still held), with its class's terms. */
  credentials: (Credential & {uri: string; revocable: boolean})[];
  /** Loan claims held (non-zero), with the loan's token and the claim supply. */
  loanClaims: {chainId: number; loan: Address; token: Address; balance: bigint; claimSupply: bigint}[];
  /**
   * Every token the fields above mention (a stake through its campaign, a claim through its sale, a vote through its
   * poll), each once as `/tokens` lists it, newest launch first.
   */
  tokens: Token[];
};

/** The largest page any list route returns (a larger `limit` is refused). */
export const MAX_PAGE = 1_000;

/** Every bigint field of the API's answers (the schema's bigint columns, and `asOf`). */
export const BIGINT_FIELDS: ReadonlySet<string> = new Set(
  (
    "amount asOf balance block claimed declaredValue delivered distributed due end firstBlock forfeited gracePeriod " +
    "grossIncome initialSupply launchBlock launchTimestamp owed paid payoutCap periodFinish periodLength price " +
    "pricePerUnit proceedsWithdrawn raised received refunded reportedAt requestedAt rewardRate rewardsCredited " +
    "rewardsPaid saleEnd saleStart scheduledAt shares snapshot softCap staked start termEnd termStart timestamp " +
    "toCreator toHolder tokenAmount tokens tokensOffered tokensSold totalPaid totalStaked totalSupply totalVotes " +
    "unitLength unsoldWithdrawn updatedAt updatedBlock value weight totalFunded fundedAt principalWithdrawn " +
    "totalRefunded totalRepaid repaidAt totalClaimed claimSupply time validUntil validFor createdAt tokenId " +
    "expiresAt issuedAt issuedBlock endedAt capMetAt"
  ).split(" "),
);

/** Decimal strings back to bigints, field by field; `detail` (free-form JSON) is left as it is. */
function revive(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => revive(item));
  if (value !== null && typeof value === "object") {
    if (key === "detail") return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  }
  if (typeof value === "string" && key !== undefined && BIGINT_FIELDS.has(key) && /^-?\d+$/.test(value)) {
    return BigInt(value);
  }
  return value;
}

/** What the API answered with a 4xx or 5xx: `status` and its `{error}` message. */
export class IndexerRequestError extends Error {
  override name = "IndexerRequestError";
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
  ) {
    super(`indexer ${path}: ${status} ${message}`);
  }
}

export type IndexerClientOptions = {
  /** The indexer's base URL (`ponder start` or `ponder serve`). */
  url: string;
  fetch?: typeof fetch;
};

export type IndexerClient = ReturnType<typeof createIndexerClient>;

/** A client for the indexer at `url`. */
export function createIndexerClient({url, fetch: fetchFn = fetch}: IndexerClientOptions) {
  const base = url.replace(/\/+$/, "");
  async function get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
    const search = new URLSearchParams(
      Object.entries(query)
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ).toString();
    const full = `${path}${search ? `?${search}` : ""}`;
    const response = await fetchFn(`${base}${full}`);
    const body = (await response.json().catch(() => ({}))) as {error?: string};
    if (!response.ok) throw new IndexerRequestError(response.status, full, body.error ?? response.statusText);
    return revive(body) as T;
  }
  const tokenPath = (chainId: number, token: Address) => `/tokens/${chainId}/${token}`;
  return {
    /** Explore: every token, newest first, optionally by creator or chain. */
    tokens: (p: PageParameters & {chainId?: number; creator?: Address} = {}) => get<Page<Token>>("/tokens", p),
    /** One token and its modules. */
    token: ({chainId, token}: {chainId: number; token: Address}) =>
      get<{token: Token; modules: Module[]}>(tokenPath(chainId, token)),
    /** A token's holders (non-zero balances, largest first) and their count. */
    holders: ({chainId, token, ...p}: PageParameters & {chainId: number; token: Address}) =>
      get<Page<Holding> & {holderCount: number; totalSupply: bigint}>(`${tokenPath(chainId, token)}/holders`, p),
    /**
     * A token's activity feed, newest first; `kind` narrows it to one kind (transfer, purchase, claim, vote, stake, …)
     * or a comma-separated few (`"mint,transfer,burn"`).
     */
    activity: ({chainId, token, ...p}: PageParameters & {chainId: number; token: Address; kind?: string}) =>
      get<Page<Activity>>(`${tokenPath(chainId, token)}/activity`, p),
    /** A token's income-share sales and their buyers. */
    sales: ({chainId, token}: {chainId: number; token: Address}) =>
      get<{items: (Sale & {buyers: SaleBuyer[]})[]}>(`${tokenPath(chainId, token)}/sales`),
    /** A token's polls and tallies. */
    polls: ({chainId, token}: {chainId: number; token: Address}) =>
      get<{items: Poll[]}>(`${tokenPath(chainId, token)}/polls`),
    /** A token's staking campaigns. */
    staking: ({chainId, token}: {chainId: number; token: Address}) =>
      get<{items: StakingCampaign[]}>(`${tokenPath(chainId, token)}/staking`),
    /** A token's personal loans. */
    loans: ({chainId, token}: {chainId: number; token: Address}) =>
      get<{items: Loan[]}>(`${tokenPath(chainId, token)}/loans`),
    /** A personal loan's claim holders (its ERC-20 claim token: non-zero balances, largest first) and their count. */
    loanHolders: ({chainId, token, loan, ...p}: PageParameters & {chainId: number; token: Address; loan: Address}) =>
      get<Page<LoanHolding> & {holderCount: number; claimSupply: bigint}>(
        `${tokenPath(chainId, token)}/loans/${loan}/holders`,
        p,
      ),
    /** A token's credential classes and credentials, by class and holder; `status` narrows them. */
    credentials: ({
      chainId,
      token,
      ...p
    }: PageParameters & {
      chainId: number;
      token: Address;
      classId?: number;
      holder?: Address;
      status?: "held" | "revoked" | "burned";
    }) => get<Page<Credential> & {classes: CredentialClass[]}>(`${tokenPath(chainId, token)}/credentials`, p),
    /** A token's balance snapshots (taken by its polls module), newest first. */
    snapshots: ({chainId, token}: {chainId: number; token: Address}) =>
      get<{items: TokenSnapshot[]}>(`${tokenPath(chainId, token)}/snapshots`),
    /** What an account holds across creators. */
    portfolio: ({account, chainId}: {account: Address; chainId?: number}) =>
      get<Portfolio>(`/accounts/${account}/portfolio`, {chainId}),
    /** A creator's income record: agreements, periods with lateness, payments, distributed and claimed per asset. */
    income: ({creator, chainId}: {creator: Address; chainId?: number}) =>
      get<IncomeRecord>(`/creators/${creator}/income`, {chainId}),
  };
}
