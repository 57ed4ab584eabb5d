// Time escrow (TimeEscrow): offers, and requests through every state of the SDK's `requestStatuses` — requested,
// accepted, delivered, disputed, then cancelled, declined, released, refunded or resolved.

import {ponder} from "ponder:registry";
import {escrowOffer, escrowRequest} from "ponder:schema";
import type {RequestStatus} from "@personal-token/sdk";
import {type AnyEvent, type Ctx, lower, moduleOf, recordModuleActivity} from "./shared";

/** The escrow module that emitted `event`, or null when the emitter is not a time escrow. */
const escrowOf = (ctx: Ctx, event: AnyEvent) => moduleOf(ctx, event, "timeEscrow");

/** Moves a request to `status` and records it in the feed. */
async function transition(
  ctx: Ctx,
  event: AnyEvent,
  requestId: bigint,
  status: RequestStatus,
  changes: Partial<typeof escrowRequest.$inferInsert> = {},
  amount: bigint | null = null,
) {
  const escrow = await escrowOf(ctx, event);
  if (!escrow) return;
  const {db} = ctx;
  const chainId = ctx.chain.id;
  const key = {chainId, escrow: escrow.address, requestId: Number(requestId)};
  const request = await db.update(escrowRequest, key).set({status, updatedAt: event.block.timestamp, ...changes});
  await recordModuleActivity(ctx, event, escrow, {
    kind: `request-${status}`,
    account: request.holder,
    amount: amount ?? request.amount,
    detail: {requestId, offerId: request.offerId},
  });
}

ponder.on("TimeEscrow:OfferPublished", async ({event, context}) => {
  const chainId = context.chain.id;
  const escrow = await escrowOf(context, event);
  if (!escrow) return;
  const {offerId, offer} = event.args;
  await context.db.insert(escrowOffer).values({
    chainId,
    escrow: escrow.address,
    offerId: Number(offerId),
    token: escrow.token,
    pricePerUnit: offer.pricePerUnit,
    unitLength: BigInt(offer.unitLength),
    capacity: offer.capacity,
    open: offer.open,
    burn: offer.burn,
    uri: offer.uri,
  });
  await recordModuleActivity(context, event, escrow, {
    kind: "offer",
    amount: offer.pricePerUnit,
    detail: {offerId, uri: offer.uri, unitLength: offer.unitLength, capacity: offer.capacity},
  });
});

ponder.on("TimeEscrow:OfferOpenChanged", async ({event, context}) => {
  const chainId = context.chain.id;
  const escrow = await escrowOf(context, event);
  if (!escrow) return;
  await context.db
    .update(escrowOffer, {chainId, escrow: escrow.address, offerId: Number(event.args.offerId)})
    .set({open: event.args.open});
});

ponder.on("TimeEscrow:TimeRequested", async ({event, context}) => {
  const chainId = context.chain.id;
  const escrow = await escrowOf(context, event);
  if (!escrow) return;
  const {requestId, holder, offerId, units, amount, noteHash} = event.args;
  const offer = await context.db.find(escrowOffer, {chainId, escrow: escrow.address, offerId: Number(offerId)});
  await context.db.insert(escrowRequest).values({
    chainId,
    escrow: escrow.address,
    requestId: Number(requestId),
    token: escrow.token,
    holder: lower(holder),
    offerId: Number(offerId),
    units: Number(units),
    amount,
    noteHash,
    status: "requested",
    requestedAt: event.block.timestamp,
    updatedAt: event.block.timestamp,
    burned: offer?.burn ?? false,
  });
  await recordModuleActivity(context, event, escrow, {
    kind: "request-requested",
    account: holder,
    amount,
    detail: {requestId, offerId, units},
  });
});

ponder.on("TimeEscrow:RequestCancelled", ({event, context}) =>
  transition(context, event, event.args.requestId, "cancelled"),
);
ponder.on("TimeEscrow:RequestDeclined", ({event, context}) =>
  transition(context, event, event.args.requestId, "declined"),
);
ponder.on("TimeEscrow:RequestAccepted", ({event, context}) =>
  transition(context, event, event.args.requestId, "accepted", {
    scheduledAt: BigInt(event.args.scheduledAt),
  }),
);
ponder.on("TimeEscrow:DeliveryMarked", ({event, context}) =>
  transition(context, event, event.args.requestId, "delivered"),
);
ponder.on("TimeEscrow:DisputeOpened", ({event, context}) =>
  transition(context, event, event.args.requestId, "disputed"),
);
// Tokens leave the escrow after a cancellation or a decline (back to the holder), a release, a refund, or a dispute's
// resolution (either side): those that follow a final state keep it.
const SETTLED: readonly string[] = ["cancelled", "declined", "resolved"];

async function settle(
  ctx: Ctx,
  event: AnyEvent,
  requestId: bigint,
  status: RequestStatus,
  changes: Partial<typeof escrowRequest.$inferInsert>,
  amount: bigint,
) {
  const escrow = await escrowOf(ctx, event);
  if (!escrow) return;
  const request = await ctx.db.find(escrowRequest, {
    chainId: ctx.chain.id,
    escrow: escrow.address,
    requestId: Number(requestId),
  });
  if (!request) return;
  if (request.status === "resolved") changes = {};
  const next = SETTLED.includes(request.status) ? (request.status as RequestStatus) : status;
  await transition(ctx, event, requestId, next, changes, amount);
}

ponder.on("TimeEscrow:TokensReleased", ({event, context}) =>
  settle(
    context,
    event,
    event.args.requestId,
    "released",
    {toCreator: event.args.amount, burned: event.args.burned},
    event.args.amount,
  ),
);
ponder.on("TimeEscrow:TokensRefunded", ({event, context}) =>
  settle(context, event, event.args.requestId, "refunded", {toHolder: event.args.amount}, event.args.amount),
);
ponder.on("TimeEscrow:DisputeResolved", ({event, context}) =>
  transition(
    context,
    event,
    event.args.requestId,
    "resolved",
    {toCreator: event.args.toCreator, toHolder: event.args.toHolder},
    event.args.toCreator + event.args.toHolder,
  ),
);

ponder.on("TimeEscrow:SurplusRecovered", async ({event, context}) => {
  const escrow = await escrowOf(context, event);
  if (!escrow) return;
  await recordModuleActivity(context, event, escrow, {
    kind: "surplus",
    account: event.args.to,
    amount: event.args.amount,
    detail: {asset: event.args.asset},
  });
});
