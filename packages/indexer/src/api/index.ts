// The read API: Ponder's GraphQL (`/graphql`) and SQL over HTTP (`/sql/*`, for @ponder/client), plus the documented
// queries as plain JSON routes (README "Queries"): explore, a token, its holders, its activity, a portfolio and a
// creator's income record; a token's credentials, a loan's claim holders and a token's snapshots. Every input is checked first: a malformed address or chain id, an unknown token or an
// out-of-range page gets a 4xx with `{error}`, never a 500. Amounts are decimal strings.

import {db, publicClients} from "ponder:api";
import schema, {
  activity,
  credential,
  credentialClass,
  escrowRequest,
  holder,
  incomeAsset,
  incomeClaim,
  incomePayment,
  incomePeriod,
  loan,
  loanHolder,
  module,
  poll,
  pollVote,
  sale,
  saleBuyer,
  stakingCampaign,
  stakingPosition,
  token,
  tokenSnapshot,
} from "ponder:schema";
import {type Context, Hono} from "hono";
import {and, asc, client, desc, eq, graphql, gt, inArray, type PgColumn, replaceBigInts, union} from "ponder";
import {MAX_PAGE} from "../../client";
import {isLate, periodCount, periodSchedule} from "../incomeSchedule";

const DEFAULT_PAGE = 50;
const MAX_OFFSET = 1_000_000;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

class BadRequest extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}

const chainIds = new Set(Object.keys(publicClients).map((name) => Number(name.replace(/^chain/, ""))));

function address(value: string | undefined, what: string): `0x${string}` {
  if (!value || !ADDRESS.test(value)) throw new BadRequest(`malformed ${what}: expected 0x and 40 hex digits`);
  return value.toLowerCase() as `0x${string}`;
}

function chainId(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,10}$/.test(value) || !Number.isSafeInteger(id)) throw new BadRequest("malformed chain id");
  if (!chainIds.has(id)) throw new BadRequest(`chain ${id} is not indexed (indexed: ${[...chainIds].join(", ")})`, 404);
  return id;
}

function optionalChainId(value: string | undefined) {
  return value === undefined ? undefined : chainId(value);
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new BadRequest(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

function page(c: Context) {
  return {
    limit: integer(c.req.query("limit"), "limit", DEFAULT_PAGE, 1, MAX_PAGE),
    offset: integer(c.req.query("offset"), "offset", 0, 0, MAX_OFFSET),
  };
}

const json = (c: Context, body: unknown) => c.json(replaceBigInts(body as object, (v) => v.toString()));

async function findToken(c: Context) {
  const id = chainId(c.req.param("chainId"));
  const at = address(c.req.param("address"), "token address");
  const [row] = await db
    .select()
    .from(token)
    .where(and(eq(token.chainId, id), eq(token.address, at)));
  if (!row) throw new BadRequest(`no token ${at} on chain ${id}`, 404);
  return row;
}

/** Where a row belongs to the token: its chain and its token columns. */
function onToken(table: {chainId: PgColumn; token: PgColumn}, row: {chainId: number; address: string}) {
  return and(eq(table.chainId, row.chainId), eq(table.token, row.address));
}

/** A page of the non-zero balances `where` selects in a balance table (a token's or a loan claim's), largest first. */
function balances(
  table: typeof holder | typeof loanHolder,
  where: ReturnType<typeof and>,
  {limit, offset}: {limit: number; offset: number},
) {
  return db
    .select({account: table.account, balance: table.balance, firstBlock: table.firstBlock})
    .from(table)
    .where(and(where, gt(table.balance, 0n)))
    .orderBy(desc(table.balance), asc(table.account))
    .limit(limit)
    .offset(offset);
}

/** The chain's clock (its latest block), for lateness; the machine's clock if the RPC does not answer. */
async function chainTime(id: number): Promise<bigint> {
  const client = (publicClients as Record<string, {getBlock: () => Promise<{timestamp: bigint}>}>)[`chain${id}`];
  try {
    if (client) return (await client.getBlock()).timestamp;
  } catch {
    // fall through
  }
  return BigInt(Math.floor(Date.now() / 1_000));
}

const app = new Hono();

app.onError((error, c) => {
  if (error instanceof BadRequest) return c.json({error: error.message}, error.status);
  console.error(error);
  return c.json({error: "internal error"}, 500);
});

// SQL over HTTP: Ponder answers a query it refuses (not read-only, not parseable, an unknown column) with a 500, and
// a malformed `sql` parameter throws. Both are the caller's input: make them a 400 with the reason.
app.use("/sql/*", async (c, next) => {
  try {
    await next();
  } catch (error) {
    c.res = c.json({error: `bad sql query: ${(error as Error).message}`}, 400);
    return;
  }
  if (c.res.status === 500) c.res = c.json({error: `bad sql query: ${await c.res.clone().text()}`}, 400);
});
app.use("/sql/*", client({db, schema}));
// GraphQL answers a query it rejects (a page over 1,000, an unknown field) with 200 and `errors`: make that a 400,
// so a bad query is a 4xx here as everywhere else.
app.use("/graphql", async (c, next) => {
  await next();
  if (c.req.method !== "POST" || c.res.status !== 200) return;
  const body = (await c.res
    .clone()
    .json()
    .catch(() => null)) as {data?: Record<string, unknown> | null; errors?: unknown[]} | null;
  const nothing = !body?.data || Object.values(body.data).every((value) => value === null);
  if (body?.errors?.length && nothing) c.res = c.json(body, 400);
});
app.use("/graphql", graphql({db, schema}));

// Explore: every token, newest first; `creator` and `chainId` narrow it.
app.get("/tokens", async (c) => {
  const {limit, offset} = page(c);
  const creator = c.req.query("creator");
  const id = optionalChainId(c.req.query("chainId"));
  const filters = [
    creator === undefined ? undefined : eq(token.creator, address(creator, "creator address")),
    id === undefined ? undefined : eq(token.chainId, id),
  ].filter((f) => f !== undefined);
  const items = await db
    .select()
    .from(token)
    .where(and(...filters))
    .orderBy(desc(token.launchTimestamp), desc(token.launchBlock), asc(token.address))
    .limit(limit)
    .offset(offset);
  return json(c, {items, limit, offset});
});

// One token with its modules.
app.get("/tokens/:chainId/:address", async (c) => {
  const row = await findToken(c);
  const modules = await db.select().from(module).where(onToken(module, row)).orderBy(asc(module.index));
  return json(c, {token: row, modules});
});

// Holders: non-zero balances, largest first, and the holder count.
app.get("/tokens/:chainId/:address/holders", async (c) => {
  const {limit, offset} = page(c);
  const row = await findToken(c);
  const items = await balances(holder, onToken(holder, row), {limit, offset});
  return json(c, {holderCount: row.holderCount, totalSupply: row.totalSupply, items, limit, offset});
});

// Activity: everything that happened to the token and its modules, newest first; `kind` narrows it to one kind or a
// comma-separated few (`mint,transfer,burn`: the token's moves).
app.get("/tokens/:chainId/:address/activity", async (c) => {
  const {limit, offset} = page(c);
  const row = await findToken(c);
  const kind = c.req.query("kind");
  if (kind !== undefined && !/^[a-z-]{1,32}(,[a-z-]{1,32}){0,15}$/.test(kind)) throw new BadRequest("malformed kind");
  const kinds = kind?.split(",");
  const items = await db
    .select()
    .from(activity)
    .where(and(onToken(activity, row), kinds === undefined ? undefined : inArray(activity.kind, kinds)))
    .orderBy(desc(activity.block), desc(activity.logIndex))
    .limit(limit)
    .offset(offset);
  return json(c, {items, limit, offset});
});

// Portfolio: what an account holds across creators — balances, claim shares and claims, stakes, time requests, votes,
// credentials (with their class) and loan claims (with their loan's token) — and `tokens`: the `/tokens` row of every
// token those mention (a stake through its campaign, a claim through its sale, a vote through its poll), each once,
// newest launch first, so a client needs no other read to name them.
app.get("/accounts/:address/portfolio", async (c) => {
  const account = address(c.req.param("address"), "account address");
  const id = optionalChainId(c.req.query("chainId"));
  const onChain = (column: PgColumn) => (id === undefined ? undefined : eq(column, id));
  // What each field holds; the token list below reads the same rows.
  const held = and(eq(holder.account, account), gt(holder.balance, 0n), onChain(holder.chainId));
  const ofSale = and(eq(sale.chainId, saleBuyer.chainId), eq(sale.address, saleBuyer.sale));
  const bought = and(eq(saleBuyer.account, account), onChain(saleBuyer.chainId));
  const claimed = and(eq(incomeClaim.holder, account), onChain(incomeClaim.chainId));
  const staked = and(eq(stakingPosition.account, account), onChain(stakingPosition.chainId));
  const requested = and(eq(escrowRequest.holder, account), onChain(escrowRequest.chainId));
  const voted = and(eq(pollVote.voter, account), onChain(pollVote.chainId));
  const ofClass = and(
    eq(credentialClass.chainId, credential.chainId),
    eq(credentialClass.credentials, credential.credentials),
    eq(credentialClass.classId, credential.classId),
  );
  const issued = and(eq(credential.holder, account), onChain(credential.chainId));
  const ofLoan = and(eq(loan.chainId, loanHolder.chainId), eq(loan.address, loanHolder.loan));
  const lent = and(eq(loanHolder.account, account), gt(loanHolder.balance, 0n), onChain(loanHolder.chainId));
  // Every (chain, token) mentioned, once (a union drops repeats).
  const mentioned = union(
    db.select({chainId: holder.chainId, token: holder.token}).from(holder).where(held),
    db.select({chainId: sale.chainId, token: sale.token}).from(saleBuyer).innerJoin(sale, ofSale).where(bought),
    db
      .select({chainId: sale.chainId, token: sale.token})
      .from(incomeClaim)
      .innerJoin(sale, and(eq(sale.chainId, incomeClaim.chainId), eq(sale.address, incomeClaim.sale)))
      .where(claimed),
    db
      .select({chainId: stakingCampaign.chainId, token: stakingCampaign.token})
      .from(stakingPosition)
      .innerJoin(
        stakingCampaign,
        and(
          eq(stakingCampaign.chainId, stakingPosition.chainId),
          eq(stakingCampaign.address, stakingPosition.campaign),
        ),
      )
      .where(staked),
    db.select({chainId: escrowRequest.chainId, token: escrowRequest.token}).from(escrowRequest).where(requested),
    db
      .select({chainId: poll.chainId, token: poll.token})
      .from(pollVote)
      .innerJoin(
        poll,
        and(eq(poll.chainId, pollVote.chainId), eq(poll.polls, pollVote.polls), eq(poll.pollId, pollVote.pollId)),
      )
      .where(voted),
    db.select({chainId: credential.chainId, token: credential.token}).from(credential).where(issued),
    db.select({chainId: loan.chainId, token: loan.token}).from(loanHolder).innerJoin(loan, ofLoan).where(lent),
  ).as("mentioned");
  const [holdings, shares, claims, stakes, requests, votes, credentials, loanClaims, tokens] = await Promise.all([
    db
      .select({
        chainId: holder.chainId,
        token: holder.token,
        balance: holder.balance,
        name: token.name,
        symbol: token.symbol,
        creator: token.creator,
        totalSupply: token.totalSupply,
      })
      .from(holder)
      .innerJoin(token, and(eq(token.chainId, holder.chainId), eq(token.address, holder.token)))
      .where(held)
      .orderBy(desc(holder.balance)),
    db
      .select({buyer: saleBuyer, token: sale.token})
      .from(saleBuyer)
      .innerJoin(sale, ofSale)
      .where(bought)
      .then((rows) => rows.map((r) => ({...r.buyer, token: r.token}))),
    db.select().from(incomeClaim).where(claimed),
    db.select().from(stakingPosition).where(staked),
    db.select().from(escrowRequest).where(requested),
    db.select().from(pollVote).where(voted),
    db
      .select({held: credential, uri: credentialClass.uri, revocable: credentialClass.revocable})
      .from(credential)
      .innerJoin(credentialClass, ofClass)
      .where(issued)
      .orderBy(asc(credential.token), asc(credential.classId))
      .then((rows) => rows.map((r) => ({...r.held, uri: r.uri, revocable: r.revocable}))),
    db
      .select({
        chainId: loanHolder.chainId,
        loan: loanHolder.loan,
        token: loan.token,
        balance: loanHolder.balance,
        claimSupply: loan.claimSupply,
      })
      .from(loanHolder)
      .innerJoin(loan, ofLoan)
      .where(lent)
      .orderBy(desc(loanHolder.balance)),
    db
      .select({row: token})
      .from(token)
      .innerJoin(mentioned, and(eq(token.chainId, mentioned.chainId), eq(token.address, mentioned.token)))
      .orderBy(desc(token.launchTimestamp), desc(token.launchBlock), asc(token.chainId), asc(token.address))
      .then((rows) => rows.map((r) => r.row)),
  ]);
  return json(c, {account, holdings, shares, claims, stakes, requests, votes, credentials, loanClaims, tokens});
});

// A creator's income record: every agreement they launched, its periods (with lateness at the chain's clock), the
// payments in and what each asset distributed and had claimed.
app.get("/creators/:address/income", async (c) => {
  const creator = address(c.req.param("address"), "creator address");
  const id = optionalChainId(c.req.query("chainId"));
  const sales = await db
    .select()
    .from(sale)
    .where(and(eq(sale.creator, creator), id === undefined ? undefined : eq(sale.chainId, id)));
  const agreements = await Promise.all(
    sales.map(async (agreement) => {
      const now = await chainTime(agreement.chainId);
      const bySale = (table: {chainId: PgColumn; sale: PgColumn}) =>
        and(eq(table.chainId, agreement.chainId), eq(table.sale, agreement.address));
      const [periods, payments, assets] = await Promise.all([
        db.select().from(incomePeriod).where(bySale(incomePeriod)).orderBy(asc(incomePeriod.period)),
        db.select().from(incomePayment).where(bySale(incomePayment)).orderBy(asc(incomePayment.timestamp)),
        db.select().from(incomeAsset).where(bySale(incomeAsset)),
      ]);
      // Periods nobody reported or paid have no row: list every period started so far, the short last one included.
      const count = periodCount(agreement);
      const record = [];
      for (let i = 0; BigInt(i) < count; i++) {
        const {start, end, due} = periodSchedule(agreement, i);
        if (start > now) break;
        const stored = periods.find((p) => p.period === i);
        const reported = stored?.reported ?? false;
        record.push({
          period: i,
          start,
          end,
          due,
          reported,
          late: isLate(agreement, {end, due, reported}, now),
          grossIncome: stored?.grossIncome ?? 0n,
          owed: stored?.owed ?? 0n,
          paid: stored?.paid ?? 0n,
          declaredValue: stored?.declaredValue ?? 0n,
          evidenceURI: stored?.evidenceURI ?? null,
        });
      }
      return {sale: agreement, asOf: now, periods: record, payments, assets};
    }),
  );
  return json(c, {creator, agreements});
});

// A token's polls (with tallies), staking campaigns, personal loans and balance snapshots (token v2, newest first).
const TOKEN_LISTS = [
  ["polls", poll, [asc(poll.pollId)]],
  ["staking", stakingCampaign, []],
  ["loans", loan, []],
  ["snapshots", tokenSnapshot, [desc(tokenSnapshot.snapshotId)]],
] as const;
for (const [path, table, order] of TOKEN_LISTS) {
  app.get(`/tokens/:chainId/:address/${path}`, async (c) => {
    const row = await findToken(c);
    const items = await db
      .select()
      .from(table)
      .where(onToken(table, row))
      .orderBy(...order);
    return json(c, {items});
  });
}

// A loan's claim holders (its ERC-20 claim token: non-zero balances, largest first), their count and the claim supply.
app.get("/tokens/:chainId/:address/loans/:loan/holders", async (c) => {
  const {limit, offset} = page(c);
  const row = await findToken(c);
  const at = address(c.req.param("loan"), "loan address");
  const [found] = await db
    .select()
    .from(loan)
    .where(and(eq(loan.chainId, row.chainId), eq(loan.address, at), eq(loan.token, row.address)));
  if (!found) throw new BadRequest(`no loan ${at} of token ${row.address}`, 404);
  const items = await balances(loanHolder, and(eq(loanHolder.chainId, row.chainId), eq(loanHolder.loan, at)), {
    limit,
    offset,
  });
  return json(c, {holderCount: found.holderCount, claimSupply: found.claimSupply, items, limit, offset});
});

// A token's credentials: its classes (terms and counters) and the credentials, by class and holder; `status` narrows
// them (held, revoked, burned).
app.get("/tokens/:chainId/:address/credentials", async (c) => {
  const {limit, offset} = page(c);
  const row = await findToken(c);
  const classId = c.req.query("classId");
  const byClass = classId === undefined ? undefined : integer(classId, "classId", 0, 0, 2 ** 31 - 1);
  const who = c.req.query("holder");
  const holderAt = who === undefined ? undefined : address(who, "holder address");
  const status = c.req.query("status");
  if (status !== undefined && !["held", "revoked", "burned"].includes(status)) {
    throw new BadRequest("status must be held, revoked or burned");
  }
  const [classes, items] = await Promise.all([
    db
      .select()
      .from(credentialClass)
      .where(
        and(onToken(credentialClass, row), byClass === undefined ? undefined : eq(credentialClass.classId, byClass)),
      )
      .orderBy(asc(credentialClass.credentials), asc(credentialClass.classId)),
    db
      .select()
      .from(credential)
      .where(
        and(
          onToken(credential, row),
          byClass === undefined ? undefined : eq(credential.classId, byClass),
          holderAt === undefined ? undefined : eq(credential.holder, holderAt),
          status === undefined ? undefined : eq(credential.status, status),
        ),
      )
      .orderBy(
        asc(credential.credentials),
        asc(credential.classId),
        asc(credential.issuedBlock),
        asc(credential.holder),
      )
      .limit(limit)
      .offset(offset),
  ]);
  return json(c, {classes, items, limit, offset});
});

// Sales of a token, with their buyers.
app.get("/tokens/:chainId/:address/sales", async (c) => {
  const row = await findToken(c);
  const sales = await db.select().from(sale).where(onToken(sale, row));
  const buyers = sales.length
    ? await db
        .select()
        .from(saleBuyer)
        .where(
          and(
            eq(saleBuyer.chainId, row.chainId),
            inArray(
              saleBuyer.sale,
              sales.map((s) => s.address),
            ),
          ),
        )
    : [];
  return json(c, {items: sales.map((s) => ({...s, buyers: buyers.filter((b) => b.sale === s.address)}))});
});

export default app;
