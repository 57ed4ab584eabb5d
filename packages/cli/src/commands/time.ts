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
import type {Command} from "commander";
import type {Address, Hash} from "viem";
import {type OfferSpec, parseOffer} from "../config.js";
import type {Context, Wallet} from "../context.js";
import {CliError} from "../errors.js";
import {formatDuration, formatTime, formatTokens} from "../format.js";
import {parseAddress, parseCount, parseId, parseTime, TOKEN_DECIMALS} from "../parse.js";
import {moduleArg} from "../registry.js";
import {run} from "../run.js";
import {ensureAllowance, send, sentHash} from "../transactions.js";

export function register(cli: Command): void {
  const time = cli.command("time").description("time escrow: offers and requests (address of the escrow or its token)");
  time
    .command("offer")
    .argument("<escrow>", "the time escrow: its address, or its token's")
    .description("publish an offer (creator)")
    .requiredOption("--price <amount>", "tokens per unit")
    .option("--unit <duration>", "unit length", "1h")
    .option("--capacity <units>", "units per capacity period", "10")
    .option("--closed", "publish closed")
    .option("--burn", "burn redeemed tokens")
    .option("--uri <uri>", "what the offer is")
    .action(run(timeOffer));
  time
    .command("request")
    .argument("<escrow>", "the time escrow: its address, or its token's")
    .argument("<offer>")
    .argument("<units>")
    .description("book time: locks units × price (permit; --no-permit approves first)")
    .option("--note <text>", "a note for the creator (only its hash goes on-chain)")
    .option("--no-permit", "approve then request (two transactions)")
    .action(run(timeRequest));
  time
    .command("accept")
    .argument("<escrow>", "the time escrow: its address, or its token's")
    .argument("<request>")
    .description("schedule a request (creator)")
    .option("--at <time>", "now, +2d, unix seconds or ISO date", "now")
    .action(run(timeAccept));
  for (const [name, description, verb, write] of REQUEST_ACTIONS) {
    time
      .command(name)
      .argument("<escrow>", "the time escrow: its address, or its token's")
      .argument("<request>")
      .description(description)
      .action(
        run(async (ctx, target: string, id: string) =>
          requestAction(ctx, target, id, verb, (w, escrow, requestId) => write(w, {escrow, requestId})),
        ),
      );
  }
  time
    .command("list")
    .argument("<escrow>", "the time escrow: its address, or its token's")
    .description("offers and open requests (all, --holder's, or one --request)")
    .option("--holder <address>")
    .option("--request <id>")
    .action(run(timeList));
}

async function timeOffer(
  ctx: Context,
  target: string,
  options: {price?: string; unit?: string; capacity?: string; closed?: boolean; burn?: boolean; uri?: string},
) {
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
  const receipt = await send(
    ctx,
    `publish an offer: ${formatTokens(offer.pricePerUnit)} per ${formatDuration(offer.unitLength)}`,
    (w) => publishOffer(w, {escrow, offer}),
  );
  ctx.print({escrow, offer, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would publish" : "published"} an offer on ${escrow}: ${formatTokens(offer.pricePerUnit)} tokens per ${formatDuration(offer.unitLength)}, ${offer.capacity} per capacity period${offer.burn ? ", burned on redemption" : ""}${offer.open ? "" : " (closed)"}`,
  ]);
}

async function timeRequest(
  ctx: Context,
  target: string,
  offerText: string,
  unitsText: string,
  options: {note?: string; permit?: boolean},
) {
  const offerId = parseId(offerText, "offer");
  const units = parseCount(unitsText, "units");
  const {client, module: escrow} = await moduleArg(ctx, target, "timeEscrow", "escrow");
  const {offers, token} = await getEscrow(client, {escrow});
  const offer = offers.find((o) => o.offerId === offerId);
  if (!offer)
    throw new CliError(
      `escrow ${escrow} has no offer ${offerId} (offers: ${offers.map((o) => o.offerId).join(", ") || "none"})`,
    );
  const amount = offer.pricePerUnit * BigInt(units);
  if (options.permit === false) {
    await ensureAllowance(ctx, {address: token, symbol: "tokens", decimals: TOKEN_DECIMALS}, escrow, amount);
  }
  const receipt = await send(
    ctx,
    `request ${units} × ${formatDuration(offer.unitLength)} for ${formatTokens(amount)} tokens`,
    (w) =>
      requestTime(w, {
        escrow,
        offerId,
        units,
        ...(options.note !== undefined ? {note: options.note} : {}),
        permit: options.permit !== false,
      }),
  );
  const requestId = receipt ? getTimeRequestFromReceipt(receipt).requestId : undefined;
  ctx.print({escrow, offerId, units, amount, requestId, ...sentHash(receipt)}, [
    receipt
      ? `requested ${units} unit(s) of offer ${offerId}: request ${requestId}, ${formatTokens(amount)} tokens locked`
      : `would request ${units} unit(s) of offer ${offerId}, locking ${formatTokens(amount)} tokens`,
  ]);
}

type RequestWrite = (w: Wallet, parameters: {escrow: Address; requestId: bigint}) => Promise<Hash>;

/** The request actions that take nothing but the request: command, description, verb (in progress and output), write. */
const REQUEST_ACTIONS: [string, string, string, RequestWrite][] = [
  ["decline", "decline a request (creator); the tokens go back", "decline", declineRequest],
  ["cancel", "cancel your request before acceptance", "cancel", cancelRequest],
  ["deliver", "mark a session delivered (creator)", "mark delivered", markDelivered],
  ["confirm", "confirm a session (holder): releases the tokens", "confirm", confirmRequest],
  ["release", "release after the confirmation window (creator)", "release", releaseRequest],
  ["reclaim", "take the tokens back after the deadline (holder)", "reclaim", reclaimRequest],
];

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
  const receipt = await send(ctx, `${verb} request ${requestId}`, (w) => write(w, escrow, requestId));
  ctx.print({escrow, requestId, action: verb, ...extra, ...sentHash(receipt)}, [
    `${ctx.dryRun ? `would ${verb}` : `${verb}:`} request ${requestId} on ${escrow}`,
  ]);
}

async function timeAccept(ctx: Context, target: string, id: string, options: {at?: string}) {
  const client = await ctx.client();
  const now = (await client.getBlock()).timestamp;
  const scheduledAt = parseTime(options.at ?? "now", "--at", now);
  return requestAction(
    ctx,
    target,
    id,
    "accept",
    (w, escrow, requestId) => acceptRequest(w, {escrow, requestId, scheduledAt}),
    {scheduledAt},
  );
}

async function timeList(ctx: Context, target: string, options: {holder?: string; request?: string}) {
  const holder = options.holder === undefined ? undefined : parseAddress(options.holder, "--holder");
  const single = options.request === undefined ? undefined : parseId(options.request, "--request");
  const {client, module: escrow} = await moduleArg(ctx, target, "timeEscrow", "escrow");
  const state = await getEscrow(client, {escrow});
  const requests =
    single !== undefined
      ? [await getRequest(client, {escrow, requestId: single})]
      : await getOpenRequests(client, {escrow, ...(holder ? {holder} : {})});
  ctx.print({escrow, ...state, requests}, [
    `time escrow ${escrow} (token ${state.token}, creator ${state.creator}), ${formatTokens(state.totalLocked)} tokens locked`,
    ...state.offers.map(
      (o) =>
        `offer ${o.offerId}: ${formatTokens(o.pricePerUnit)} per ${formatDuration(o.unitLength)}, ${o.availableUnits}/${o.capacity} available, ${o.open ? "open" : "closed"}${o.burn ? ", burn" : ""}${o.uri ? `, ${o.uri}` : ""}`,
    ),
    ...(requests.length === 0
      ? [`no open requests${holder ? ` for ${holder}` : ""}`]
      : requests.map(
          (r) =>
            `request ${r.requestId}: ${r.status}, ${r.units} unit(s) of offer ${r.offerId} by ${r.holder}, ${formatTokens(r.amount)} locked${r.scheduledAt ? `, at ${formatTime(r.scheduledAt)}` : ""}`,
        )),
  ]);
}
