// What every handler file shares: lowercase addresses, event ids, the activity feed, and the module-kind check that
// keeps each module handler to the modules of its kind (every module clone is announced by the same factory event,
// and two kinds may share an event signature; a clone of an implementation the deployments do not list is ignored).

import type {Context} from "ponder:registry";
import {activity, type holder, type loanHolder, module} from "ponder:schema";
import {deployments, type ProtocolModuleKind, personalTokenFactoryAbi, protocolModules} from "@personal-token/sdk";
import {decodeEventLog, getAbiItem, type Hex, toEventSelector, zeroAddress} from "viem";

export type Db = Context["db"];
export type Address = `0x${string}`;

/** Events as handlers see them: enough of Ponder's event type to be shared by every handler. */
export type AnyEvent = {
  log: {address: Address; logIndex: number};
  block: {number: bigint; timestamp: bigint};
  transaction: {hash: Hex; from: Address; to: Address | null; input: Hex};
};

/** Every address is stored and queried lowercase. */
export const lower = (address: string): Address => address.toLowerCase() as Address;

/** `<chainId>:<tx hash>:<log index>`: unique per log, stable across re-indexing. */
export const eventId = (chainId: number, event: AnyEvent) =>
  `${chainId}:${event.transaction.hash}:${event.log.logIndex}`;

/** The SDK's module kind of an implementation on a chain, or "unknown" for anything the deployments do not list. */
export function moduleKindOf(chainId: number, implementation: string): ProtocolModuleKind | "unknown" {
  const deployment = (deployments as Record<number, Record<string, string>>)[chainId];
  if (!deployment) return "unknown";
  for (const [kind, definition] of Object.entries(protocolModules)) {
    if (deployment[definition.implementation]?.toLowerCase() === implementation.toLowerCase()) {
      return kind as ProtocolModuleKind;
    }
  }
  return "unknown";
}

/** What a module handler needs of the module that emitted its event. */
export type ModuleRef = {address: Address; token: Address; kind: string; tokenAmount: bigint; data: Hex};

/** What module helpers need of a handler's context. */
export type Ctx = {db: Db; client: Context["client"]; chain: {id: number}};

/**
 * The module that emitted `event` if it is of `kind`, else null (the event is not this handler's). A module emits
 * events while it is initialized, before the factory's ModuleLaunched (a time escrow's launch offers, a campaign that
 * starts at launch): those find no row yet, and are placed by the ModuleLaunched log of their own transaction.
 */
export async function moduleOf(ctx: Ctx, event: AnyEvent, kind: ProtocolModuleKind): Promise<ModuleRef | null> {
  const address = lower(event.log.address);
  const chainId = ctx.chain.id;
  const row: ModuleRef | null =
    (await ctx.db.find(module, {chainId, address})) ??
    (await launchedInTransaction(ctx.client, chainId, event, address));
  return row?.kind === kind ? row : null;
}

async function launchedInTransaction(
  client: Context["client"],
  chainId: number,
  event: AnyEvent,
  address: Address,
): Promise<ModuleRef | null> {
  const factory = (deployments as Record<number, {factory: string}>)[chainId]?.factory.toLowerCase();
  if (!factory) return null;
  const receipt = await client.getTransactionReceipt({hash: event.transaction.hash});
  for (const log of receipt.logs) {
    if (lower(log.address) !== factory || log.topics[0] !== MODULE_LAUNCHED) continue;
    const {args} = decodeEventLog({abi: personalTokenFactoryAbi, eventName: "ModuleLaunched", ...log});
    if (lower(args.module) !== address) continue;
    return {
      address,
      token: lower(args.token),
      kind: moduleKindOf(chainId, args.implementation),
      tokenAmount: args.tokenAmount,
      data: args.data,
    };
  }
  return null;
}

const MODULE_LAUNCHED = toEventSelector(getAbiItem({abi: personalTokenFactoryAbi, name: "ModuleLaunched"}));

/** One row of the activity feed, as a handler tells it. */
export type ActivityRow = {
  token: Address;
  module?: Address | null;
  kind: string;
  /** Who acted or received; the transaction's sender when not given. */
  account?: string;
  counterparty?: string | null;
  amount?: bigint | null;
  detail?: Record<string, unknown> | null;
};

/** Adds one row to the activity feed. */
export async function recordActivity(db: Db, chainId: number, event: AnyEvent, row: ActivityRow) {
  await db.insert(activity).values({
    id: eventId(chainId, event),
    chainId,
    token: lower(row.token),
    module: row.module ? lower(row.module) : null,
    kind: row.kind,
    account: lower(row.account ?? event.transaction.from),
    counterparty: row.counterparty ? lower(row.counterparty) : null,
    amount: row.amount ?? null,
    detail: row.detail ? jsonSafe(row.detail) : null,
    block: event.block.number,
    logIndex: event.log.logIndex,
    timestamp: event.block.timestamp,
    tx: event.transaction.hash,
  });
}

/** Adds a module's row to the activity feed: the module (`address`) and its token are the row's. */
export function recordModuleActivity(
  ctx: Ctx,
  event: AnyEvent,
  module: {token: Address; address: Address},
  row: Omit<ActivityRow, "token" | "module">,
) {
  return recordActivity(ctx.db, ctx.chain.id, event, {token: module.token, module: module.address, ...row});
}

/** Bigints as decimal strings, so a detail object fits a JSON column. */
export function jsonSafe(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/**
 * An ERC-20 balance table: a personal token's holders (keyed by `token`) or a loan's claim holders (keyed by `loan`),
 * with the key of one account's row.
 */
export type BalanceTable =
  | {table: typeof holder; key: (account: Address) => {chainId: number; token: Address; account: Address}}
  | {table: typeof loanHolder; key: (account: Address) => {chainId: number; loan: Address; account: Address}};

/**
 * Moves `value` from `from` to `to` in a balance table (a mint comes from, a burn goes to, the zero address), and says
 * what the supply and the count of non-zero holders changed by.
 */
export async function moveBalance(
  db: Db,
  {table, key}: BalanceTable,
  {from, to, value}: {from: Address; to: Address; value: bigint},
  block: bigint,
): Promise<{supply: bigint; holders: number}> {
  // The two tables have the same columns but their own key: Ponder's types take one table at a time.
  const balances = table as typeof holder;
  const keyOf = key as (account: Address) => {chainId: number; token: Address; account: Address};
  let holders = 0;
  let supply = 0n;
  if (from === to) return {supply, holders};
  if (from === zeroAddress) supply += value;
  else {
    const row = await db.update(balances, keyOf(from)).set((r) => ({balance: r.balance - value, updatedBlock: block}));
    if (row.balance === 0n && value > 0n) holders -= 1;
  }
  if (to === zeroAddress) supply -= value;
  else {
    const before = await db.find(balances, keyOf(to));
    if (before) await db.update(balances, keyOf(to)).set({balance: before.balance + value, updatedBlock: block});
    else await db.insert(balances).values({...keyOf(to), balance: value, firstBlock: block, updatedBlock: block});
    if ((before?.balance ?? 0n) === 0n && value > 0n) holders += 1;
  }
  return {supply, holders};
}
