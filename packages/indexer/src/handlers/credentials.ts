// Credentials (Credentials): classes (URI, expiry, revocable), credentials issued directly or claimed with the
// creator's signature, burned by their holder or revoked by the creator, and claims cancelled. A credential is a
// soulbound ERC-721 whose id is `classId << 160 | holder`, so one row per class and holder follows it through every
// issue and end. The module's own events carry everything: its ERC-721 `Transfer`s and ERC-5192 `Locked` are not
// needed (and the loan's ERC-20 `Transfer` handler skips them).

import {ponder} from "ponder:registry";
import {credential, credentialClass} from "ponder:schema";
import {type AnyEvent, type Ctx, lower, moduleOf, recordModuleActivity} from "./shared";

const credentialsOf = (ctx: Ctx, event: AnyEvent) => moduleOf(ctx, event, "credentials");

ponder.on("Credentials:ClassCreated", async ({event, context}) => {
  const ref = await credentialsOf(context, event);
  if (!ref) return;
  const {classId, uri, validUntil, validFor, revocable} = event.args;
  await context.db.insert(credentialClass).values({
    chainId: context.chain.id,
    credentials: ref.address,
    classId: Number(classId),
    token: ref.token,
    uri,
    validUntil: BigInt(validUntil),
    validFor: BigInt(validFor),
    revocable,
    createdAt: event.block.timestamp,
  });
  // The detail is the event's own arguments: classId, uri, validUntil, validFor, revocable.
  await recordModuleActivity(context, event, ref, {kind: "credential-class", detail: event.args});
});

ponder.on("Credentials:CredentialIssued", async ({event, context}) => {
  const ref = await credentialsOf(context, event);
  if (!ref) return;
  const chainId = context.chain.id;
  const {classId, holder, tokenId, expiresAt, claimed} = event.args;
  const row = {
    token: ref.token,
    tokenId,
    status: "held",
    claimed,
    expiresAt: BigInt(expiresAt),
    issuedAt: event.block.timestamp,
    issuedBlock: event.block.number,
    endedAt: null,
  };
  await context.db
    .insert(credential)
    .values({chainId, credentials: ref.address, classId: Number(classId), holder: lower(holder), ...row})
    .onConflictDoUpdate(row);
  await context.db
    .update(credentialClass, {chainId, credentials: ref.address, classId: Number(classId)})
    .set((c) => ({issued: c.issued + 1, claimed: c.claimed + (claimed ? 1 : 0), holders: c.holders + 1}));
  await recordModuleActivity(context, event, ref, {
    kind: claimed ? "credential-claimed" : "credential-issued",
    account: holder,
    detail: {classId, tokenId, expiresAt},
  });
});

/** A credential that ended: burned by its holder or revoked by the creator. */
async function ended(ctx: Ctx, event: AnyEvent, args: {classId: bigint; holder: string}, how: "burned" | "revoked") {
  const ref = await credentialsOf(ctx, event);
  if (!ref) return;
  const chainId = ctx.chain.id;
  const classId = Number(args.classId);
  await ctx.db
    .update(credential, {chainId, credentials: ref.address, classId, holder: lower(args.holder)})
    .set({status: how, endedAt: event.block.timestamp});
  await ctx.db.update(credentialClass, {chainId, credentials: ref.address, classId}).set((c) => ({
    burned: c.burned + (how === "burned" ? 1 : 0),
    revoked: c.revoked + (how === "revoked" ? 1 : 0),
    holders: c.holders - 1,
  }));
  await recordModuleActivity(ctx, event, ref, {
    kind: how === "burned" ? "credential-burned" : "credential-revoked",
    account: args.holder,
    detail: {classId},
  });
}

ponder.on("Credentials:CredentialBurned", ({event, context}) => ended(context, event, event.args, "burned"));
ponder.on("Credentials:CredentialRevoked", ({event, context}) => ended(context, event, event.args, "revoked"));

ponder.on("Credentials:ClaimCancelled", async ({event, context}) => {
  const ref = await credentialsOf(context, event);
  if (!ref) return;
  const {classId, recipient, nonce} = event.args;
  await recordModuleActivity(context, event, ref, {
    kind: "credential-claim-cancelled",
    account: recipient,
    detail: {classId, nonce},
  });
});
