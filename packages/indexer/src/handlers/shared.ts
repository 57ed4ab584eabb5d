// What every handler file shares: lowercase addresses, event ids, the activity feed, and the module-kind check that
// keeps each module handler to the modules of its kind (every module clone is announced by the same factory event,
// and two kinds may share an event signature; a clone of an implementation the deployments do not list is ignored).

import type {Context} from "ponder:registry";
import {activity, module} from "ponder:schema";
import {deployments, type ProtocolModuleKind, protocolModules} from "@personal-token/sdk";
import type {Hex} from "viem";

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

/** The module that emitted `event` if it is of `kind`, else null (the event is not this handler's). */
export async function moduleOf(db: Db, chainId: number, event: AnyEvent, kind: ProtocolModuleKind) {
  const row = await db.find(module, {chainId, address: lower(event.log.address)});
  return row?.kind === kind ? row : null;
}

/** Adds one row to the activity feed. */
export async function recordActivity(
  db: Db,
  chainId: number,
  event: AnyEvent,
  row: {
    token: Address;
    module?: Address | null;
    kind: string;
    account: string;
    counterparty?: string | null;
    amount?: bigint | null;
    detail?: Record<string, unknown> | null;
  },
) {
  await db.insert(activity).values({
    id: eventId(chainId, event),
    chainId,
    token: lower(row.token),
    module: row.module ? lower(row.module) : null,
    kind: row.kind,
    account: lower(row.account),
    counterparty: row.counterparty ? lower(row.counterparty) : null,
    amount: row.amount ?? null,
    detail: row.detail ? jsonSafe(row.detail) : null,
    block: event.block.number,
    logIndex: event.log.logIndex,
    timestamp: event.block.timestamp,
    tx: event.transaction.hash,
  });
}

/** Bigints as decimal strings, so a detail object fits a JSON column. */
export function jsonSafe(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
}
