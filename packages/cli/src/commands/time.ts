// time offer|request|accept|decline|cancel|deliver|confirm|release|reclaim|list: the time escrow.
import {
  acceptRequest,
  cancelRequest,
  confirmRequest,
  declineRequest,
  getEscrow,
  getOpenRequests,
  getRequest,
  getTimeRequestFromReceipt,
  markDelivered,
  publishOffer,
  reclaimRequest,
  releaseRequest,
  requestTime,
} from "@personal-token/sdk";
import type {Address, Hash} from "viem";
import type {Context, Wallet} from "../context.js";
import {type OfferSpec, parseAddress, parseOffer, TOKEN_DECIMALS} from "../config.js";
import {CliError} from "../errors.js";
import {formatAmount, formatDuration, formatTime, parseCount, parseId, parseTime} from "../units.js";
import {ensureAllowance, moduleArg} from "./common.js";

const fmt = (v: bigint) => formatAmount(v, TOKEN_DECIMALS);

export async function timeOffer(ctx: Context, target: string, options: {price?: string; unit?: string; capacity?: string; closed?: boolean; burn?: boolean; uri?: string}) {
  const offer: OfferSpec = parseOffer(
    {
      price: options.price,
      unit: options.unit ?? "1h",
      capacity: options.capacity ?? "10",
      open: options.closed !== true,
      burn: options.burn === true,
      uri: options.uri ?? "",
    },
    "offer",
  );
  const {module: escrow} = await moduleArg(ctx, target, "timeEscrow", "escrow");
  const receipt = await ctx.send(`publish an offer: ${fmt(offer.pricePerUnit)} per ${formatDuration(offer.unitLength)}`, (w) =>
    publishOffer(w, {escrow, offer}),
  );
  ctx.print({escrow, offer, ...(receipt ? {transactionHash: receipt.transactionHash} : {})}, [
    `${ctx.dryRun ? "would publish" : "published"} an offer on ${escrow}: ${fmt(offer.pricePerUnit)} tokens per ${formatDuration(offer.unitLength)}, ${offer.capacity} per capacity period${offer.burn ? ", burned on redemption" : ""}${offer.open ? "" : " (closed)"}`,
  ]);
}

export async function timeRequest(ctx: Context, target: string, offerText: string, unitsText: string, options: {note?: string; permit?: boolean}) {
  const offerId = parseId(offerText, "offer");
  const units = parseCount(unitsText, "units");
  const {client, module: escrow} = await moduleArg(ctx, target, "timeEscrow", "escrow");
  const {offers, token} = await getEscrow(client, {escrow});
  const offer = offers.find((o) => o.offerId === offerId);
  if (!offer) throw new CliError(`escrow ${escrow} has no offer ${offerId} (offers: ${offers.map((o) => o.offerId).join(", ") || "none"})`);
  const amount = offer.pricePerUnit * BigInt(units);
  if (options.permit === false) {
    await ensureAllowance(ctx, {address: token, symbol: "tokens", decimals: TOKEN_DECIMALS}, escrow, amount);
  }
  const receipt = await ctx.send(`request ${units} × ${formatDuration(offer.unitLength)} for ${fmt(amount)} tokens`, (w) =>
    requestTime(w, {escrow, offerId, units, ...(options.note !== undefined ? {note: options.note} : {}), permit: options.permit !== false}),
  );
  const requestId = receipt ? getTimeRequestFromReceipt(receipt).requestId : undefined;
  ctx.print({escrow, offerId, units, amount, requestId, ...(receipt ? {transactionHash: receipt.transactionHash} : {})}, [
    receipt ? `requested ${units} unit(s) of offer ${offerId}: request ${requestId}, ${fmt(amount)} tokens locked` : `would request ${units} unit(s) of offer ${offerId}, locking ${fmt(amount)} tokens`,
  ]);
}

/** One request action: accept/decline/cancel/deliver/confirm/release/reclaim. */
async function requestAction(
  ctx: Context,
  target: string,
  idText: string,
  verb: string,
  write: (w: Wallet, escrow: Address, requestId: bigint) => Promise<Hash>,
  extra: Record<string, unknown> = {},
) {
  const requestId = parseId(idText, "request");
  const {module: escrow} = await moduleArg(ctx, target, "timeEscrow", "escrow");
  const receipt = await ctx.send(`${verb} request ${requestId}`, (w) => write(w, escrow, requestId));
  ctx.print({escrow, requestId, action: verb, ...extra, ...(receipt ? {transactionHash: receipt.transactionHash} : {})}, [
    `${ctx.dryRun ? `would ${verb}` : `${verb}:`} request ${requestId} on ${escrow}`,
  ]);
}

export async function timeAccept(ctx: Context, target: string, id: string, options: {at?: string}) {
  const client = await ctx.client();
  const now = (await client.getBlock()).timestamp;
  const scheduledAt = parseTime(options.at ?? "now", "--at", now);
  return requestAction(ctx, target, id, "accept", (w, escrow, requestId) => acceptRequest(w, {escrow, requestId, scheduledAt}), {scheduledAt});
}
export const timeDecline = (ctx: Context, target: string, id: string) =>
  requestAction(ctx, target, id, "decline", (w, escrow, requestId) => declineRequest(w, {escrow, requestId}));
export const timeCancel = (ctx: Context, target: string, id: string) =>
  requestAction(ctx, target, id, "cancel", (w, escrow, requestId) => cancelRequest(w, {escrow, requestId}));
export const timeDeliver = (ctx: Context, target: string, id: string) =>
  requestAction(ctx, target, id, "mark delivered", (w, escrow, requestId) => markDelivered(w, {escrow, requestId}));
export const timeConfirm = (ctx: Context, target: string, id: string) =>
  requestAction(ctx, target, id, "confirm", (w, escrow, requestId) => confirmRequest(w, {escrow, requestId}));
export const timeRelease = (ctx: Context, target: string, id: string) =>
  requestAction(ctx, target, id, "release", (w, escrow, requestId) => releaseRequest(w, {escrow, requestId}));
export const timeReclaim = (ctx: Context, target: string, id: string) =>
  requestAction(ctx, target, id, "reclaim", (w, escrow, requestId) => reclaimRequest(w, {escrow, requestId}));

export async function timeList(ctx: Context, target: string, options: {holder?: string; request?: string}) {
  const holder = options.holder === undefined ? undefined : parseAddress(options.holder, "--holder");
  const single = options.request === undefined ? undefined : parseId(options.request, "--request");
  const {client, module: escrow} = await moduleArg(ctx, target, "timeEscrow", "escrow");
  const state = await getEscrow(client, {escrow});
  const requests =
    single !== undefined
      ? [await getRequest(client, {escrow, requestId: single})]
      : await getOpenRequests(client, {escrow, ...(holder ? {holder} : {})});
  ctx.print({escrow, ...state, requests}, [
    `time escrow ${escrow} (token ${state.token}, creator ${state.creator}), ${fmt(state.totalLocked)} tokens locked`,
    ...state.offers.map(
      (o) => `offer ${o.offerId}: ${fmt(o.pricePerUnit)} per ${formatDuration(o.unitLength)}, ${o.availableUnits}/${o.capacity} available, ${o.open ? "open" : "closed"}${o.burn ? ", burn" : ""}${o.uri ? `, ${o.uri}` : ""}`,
    ),
    ...(requests.length === 0
      ? [`no open requests${holder ? ` for ${holder}` : ""}`]
      : requests.map(
          (r) => `request ${r.requestId}: ${r.status}, ${r.units} unit(s) of offer ${r.offerId} by ${r.holder}, ${fmt(r.amount)} locked${r.scheduledAt ? `, at ${formatTime(r.scheduledAt)}` : ""}`,
        )),
  ]);
}
