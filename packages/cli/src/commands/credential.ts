// credential enable|create-class|issue|sign-claim|claim|cancel-claim|burn|revoke|show: credentials the creator gives.
import {
  burnCredential,
  cancelCredentialClaim,
  claimCredential,
  createCredentialClass,
  credentialsModule,
  getCredential,
  getCredentialClass,
  issueCredentials,
  revokeCredential,
  type SignedCredentialClaim,
  signCredentialClaim,
} from "@personal-token/sdk";
import type {Command} from "commander";
import type {Address} from "viem";
import type {Context} from "../context.js";
import {UsageError} from "../errors.js";
import {parseSignedMessage, readJsonFile} from "../files.js";
import {formatDuration, formatTime, toJson} from "../format.js";
import {addModule} from "../modules.js";
import {parseAddress, parseDuration, parseId, parseTime} from "../parse.js";
import {moduleArg, tokenArg} from "../registry.js";
import {run} from "../run.js";
import {send, sentHash} from "../transactions.js";

/** Reads a signed claim (`credential sign-claim` output) from a file. */
export function readSignedClaim(file: string): SignedCredentialClaim {
  const {message: claim, signature} = parseSignedMessage(readJsonFile(file), file, {
    key: "claim",
    fields: ["classId", "recipient", "nonce", "deadline"],
    address: "recipient",
  });
  return {claim, signature};
}

export function register(cli: Command): void {
  const cmd = cli
    .command("credential")
    .description("credentials: enable, create a class, issue, sign claims, claim, burn, revoke, show");

  cmd
    .command("enable")
    .argument("<token>")
    .description("add a credentials module to your token (creator)")
    .action(run(credentialEnable));

  cmd
    .command("create-class")
    .argument("<credentials>", "the credentials module, or the token")
    .description("define a credential class (creator); fixed forever once created")
    .requiredOption("--uri <uri>", "the class's metadata (ERC-721 JSON: name, description, image)")
    .option("--valid-for <duration>", "each credential expires this long after its issue (e.g. 365d)")
    .option("--valid-until <time>", "no credential of the class is valid after this date (+1y, unix, ISO)")
    .option("--revocable", "the creator may revoke a credential of this class (shown to every holder)")
    .action(run(credentialCreateClass));

  cmd
    .command("issue")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<class>")
    .argument("<recipients...>", "addresses")
    .description("issue a credential to every recipient, in one transaction (creator)")
    .action(run(credentialIssue));

  cmd
    .command("sign-claim")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<class>")
    .argument("<recipient>")
    .description("sign a claim (creator, no gas): prints JSON the recipient submits with `credential claim`")
    .option("--deadline <time>", "last moment it can be claimed (+30d, unix seconds or ISO date)", "+30d")
    .action(run(credentialSignClaim));

  cmd
    .command("claim")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<file>", "a signed claim (JSON from `credential sign-claim`)")
    .description("submit a signed claim: the credential goes to its recipient (anyone may send it)")
    .action(run(credentialClaim));

  cmd
    .command("cancel-claim")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<class>")
    .argument("<recipient>")
    .description("cancel every claim signature given to the recipient and not used yet (creator)")
    .action(run(credentialCancelClaim));

  cmd
    .command("burn")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<class>")
    .description("burn your own credential of the class (always allowed)")
    .action(run(credentialBurn));

  cmd
    .command("revoke")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<class>")
    .argument("<holder>")
    .description("revoke a holder's credential of a revocable class (creator)")
    .action(run(credentialRevoke));

  cmd
    .command("show")
    .argument("<credentials>", "the credentials module, or the token")
    .argument("<class>")
    .argument("[holder]", "also show this account's credential")
    .description("a class's terms and counts, and optionally one holder's credential")
    .action(run(credentialShow));
}

async function credentialEnable(ctx: Context, tokenText: string) {
  const {client, factory, token} = await tokenArg(ctx, tokenText);
  const {receipt, address} = await addModule(
    ctx,
    client,
    factory,
    token,
    credentialsModule(),
    `add credentials to ${token}`,
  );
  ctx.print({token, credentials: address, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would add" : "added"} credentials ${address}`,
  ]);
}

async function credentialCreateClass(
  ctx: Context,
  target: string,
  o: {uri: string; validFor?: string; validUntil?: string; revocable?: boolean},
) {
  if (o.uri.trim() === "") throw new UsageError("--uri: must not be empty");
  const validFor = o.validFor === undefined ? 0n : parseDuration(o.validFor, "--valid-for");
  const {client, module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const now = (await client.getBlock()).timestamp;
  const validUntil = o.validUntil === undefined ? 0n : parseTime(o.validUntil, "--valid-until", now);
  if (o.validUntil !== undefined && validUntil <= now) {
    throw new UsageError(`--valid-until: ${formatTime(validUntil)} is not in the future`);
  }
  const revocable = o.revocable === true;
  let classId: bigint | undefined;
  const receipt = await send(ctx, `create credential class ${o.uri}`, async (w) => {
    const result = await createCredentialClass(w, {credentials, uri: o.uri, validFor, validUntil, revocable});
    classId = result.classId;
    return result.hash;
  });
  const terms = [
    revocable ? "revocable" : "not revocable",
    validFor === 0n ? undefined : `valid ${formatDuration(validFor)} from issue`,
    validUntil === 0n ? undefined : `until ${formatTime(validUntil)}`,
  ].filter(Boolean);
  ctx.print(
    {
      credentials,
      classId: receipt ? classId : undefined,
      uri: o.uri,
      validFor,
      validUntil,
      revocable,
      ...sentHash(receipt),
    },
    [
      receipt
        ? `created credential class ${classId} on ${credentials}: ${o.uri} (${terms.join(", ")})`
        : `would create a credential class on ${credentials}: ${o.uri} (${terms.join(", ")})`,
    ],
  );
}

async function credentialIssue(ctx: Context, target: string, classText: string, recipientTexts: string[]) {
  const classId = parseId(classText, "class");
  const recipients = recipientTexts.map((text, i) => parseAddress(text, `recipient ${i + 1}`));
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r)) throw new UsageError(`recipients: ${r} is listed twice`);
    seen.add(r);
  }
  const {module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const receipt = await send(ctx, `issue class ${classId} to ${recipients.length} recipient(s)`, (w) =>
    issueCredentials(w, {credentials, classId, recipients}),
  );
  ctx.print({credentials, classId, recipients, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would issue" : "issued"} credential class ${classId} to ${recipients.length} recipient(s)`,
  ]);
}

async function credentialSignClaim(
  ctx: Context,
  target: string,
  classText: string,
  recipientText: string,
  o: {deadline: string},
) {
  const classId = parseId(classText, "class");
  const recipient = parseAddress(recipientText, "recipient");
  const {client, module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const now = (await client.getBlock()).timestamp;
  const deadline = parseTime(o.deadline, "--deadline", now);
  if (deadline < now) throw new UsageError(`--deadline: ${formatTime(deadline)} has passed`);
  const signed = await signCredentialClaim(await ctx.wallet(), {credentials, classId, recipient, deadline});
  process.stdout.write(`${toJson({credentials, ...signed})}\n`);
}

async function credentialClaim(ctx: Context, target: string, file: string) {
  const signed = readSignedClaim(file);
  const {module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const {classId, recipient} = signed.claim;
  const receipt = await send(ctx, `claim credential class ${classId} for ${recipient}`, (w) =>
    claimCredential(w, {credentials, ...signed}),
  );
  ctx.print({credentials, classId, recipient, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would claim" : "claimed"} credential class ${classId} for ${recipient}`,
  ]);
}

async function credentialCancelClaim(ctx: Context, target: string, classText: string, recipientText: string) {
  const classId = parseId(classText, "class");
  const recipient = parseAddress(recipientText, "recipient");
  const {module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const receipt = await send(ctx, `cancel claims of class ${classId} for ${recipient}`, (w) =>
    cancelCredentialClaim(w, {credentials, classId, recipient}),
  );
  ctx.print({credentials, classId, recipient, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would cancel" : "cancelled"} claim signatures of class ${classId} for ${recipient}`,
  ]);
}

async function credentialBurn(ctx: Context, target: string, classText: string) {
  const classId = parseId(classText, "class");
  const {module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const receipt = await send(ctx, `burn credential class ${classId}`, (w) => burnCredential(w, {credentials, classId}));
  ctx.print({credentials, classId, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would burn" : "burned"} your credential of class ${classId}`,
  ]);
}

async function credentialRevoke(ctx: Context, target: string, classText: string, holderText: string) {
  const classId = parseId(classText, "class");
  const holder: Address = parseAddress(holderText, "holder");
  const {module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const receipt = await send(ctx, `revoke ${holder}'s credential of class ${classId}`, (w) =>
    revokeCredential(w, {credentials, classId, holder}),
  );
  ctx.print({credentials, classId, holder, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would revoke" : "revoked"} ${holder}'s credential of class ${classId}`,
  ]);
}

async function credentialShow(ctx: Context, target: string, classText: string, holderText?: string) {
  const classId = parseId(classText, "class");
  const holder = holderText === undefined ? undefined : parseAddress(holderText, "holder");
  const {client, module: credentials} = await moduleArg(ctx, target, "credentials", "credentials");
  const c = await getCredentialClass(client, {credentials, classId});
  const held = holder === undefined ? undefined : await getCredential(client, {credentials, holder, classId});
  const expiry = [
    c.validFor === 0n ? undefined : `valid ${formatDuration(c.validFor)} from issue`,
    c.validUntil === 0n ? undefined : `until ${formatTime(c.validUntil)}`,
  ].filter(Boolean);
  ctx.print({credentials, ...c, ...(held === undefined ? {} : {holder, credential: held})}, [
    `credential class ${classId}: ${c.uri} (${c.revocable ? "revocable" : "not revocable"}, ${expiry.length ? expiry.join(", ") : "no expiry"})`,
    `holders ${c.holders}: issued ${c.issued}, burned ${c.burned}, revoked ${c.revoked}`,
    ...(held === undefined
      ? []
      : [
          held.held
            ? `${holder} holds it (${held.valid ? "valid" : "expired"}${held.expiresAt === 0n ? "" : `, expires ${formatTime(held.expiresAt)}`})`
            : `${holder} does not hold it`,
        ]),
  ]);
}
