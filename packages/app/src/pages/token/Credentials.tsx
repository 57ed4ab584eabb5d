import {
  claimCredential,
  createCredentialClass,
  type GetCredentialClassReturnType,
  issueCredentials,
  revokeCredential,
  type SignedCredentialClaim,
  signCredentialClaim,
} from "@personal-token/sdk";
import {useId, useState} from "react";
import {type Address, getAddress, type Hex, isAddress, isHex, zeroAddress} from "viem";
import {useAccount} from "wagmi";
import {TextAreaField, TextField} from "../../components/Field.js";
import {Scroll} from "../../components/Scroll.js";
import {SourceNote} from "../../components/SourceNote.js";
import {Table} from "../../components/Table.js";
import {WriteForm} from "../../components/Write.js";
import {parseAddress, parseWhole} from "../../lib/amount.js";
import {classErrors, holderErrors, recipientErrors, signatureErrors} from "../../lib/fieldErrors.js";
import {formatDuration, formatTime, shortAddress} from "../../lib/format.js";
import type {CredentialHolder} from "../../lib/indexer.js";
import {useBlockTime, useCredentialClasses, useCredentialHolders} from "../../lib/queries.js";

type CredentialClass = GetCredentialClassReturnType;

/** A class's validity in words: a date, a duration from each issue, both (the earlier wins), or none. */
function validity(c: CredentialClass): string {
  const until = c.validUntil > 0n ? `until ${formatTime(c.validUntil)}` : "";
  const each = c.validFor > 0n ? `${formatDuration(c.validFor)} from each issue` : "";
  if (until && each) return `valid ${each}, and never after ${formatTime(c.validUntil)}`;
  if (until) return `valid ${until}`;
  if (each) return `valid ${each}`;
  return "never expires";
}

const expiry = (h: CredentialHolder, now: bigint | undefined) =>
  h.expiresAt === 0n
    ? "no expiry"
    : now !== undefined && now >= h.expiresAt
      ? `expired ${formatTime(h.expiresAt)}`
      : `valid until ${formatTime(h.expiresAt)}`;

/** The token's credentials: classes and their terms, who holds what, the viewer's own, and claiming with a signature. */
export default function CredentialsSection({token, credentials}: {token: Address; credentials: Address}) {
  const classes = useCredentialClasses(credentials);
  const holders = useCredentialHolders(token, credentials);
  const now = useBlockTime();
  const {address} = useAccount();
  if (!classes.data) return <section aria-label="Credentials">Loading credentials…</section>;
  const mine = (holders.data?.items ?? []).filter((h) => h.holder.toLowerCase() === address?.toLowerCase());
  return (
    <section aria-labelledby={`credentials-${credentials}`} data-testid="credentials">
      <h2 id={`credentials-${credentials}`}>Credentials</h2>
      <p className="note">
        Soulbound: a credential cannot be sold or moved, only burned by its holder. Whether the creator can ever revoke
        one is fixed when its class is created.
      </p>
      {classes.data.length === 0 ? <p>No credential classes yet.</p> : null}
      <Scroll label="Credential classes">
        <Table columns={["Class", "Metadata", "Expiry", "Revocable", "Holders"]} testId="credential-classes">
          {classes.data.map((c) => (
            <tr key={c.classId.toString()}>
              <td>{c.classId.toString()}</td>
              <td className="note">{c.uri}</td>
              <td>{validity(c)}</td>
              <td>{c.revocable ? "yes — the creator can revoke" : "no — cannot be revoked"}</td>
              <td>{c.holders.toString()}</td>
            </tr>
          ))}
        </Table>
      </Scroll>
      <h3>Who holds what</h3>
      {holders.data ? <SourceNote source={holders.data.source} /> : null}
      {holders.data?.items.length === 0 ? <p className="note">Nobody holds one yet.</p> : null}
      <ul data-testid="credential-holders">
        {(holders.data?.items ?? []).map((h) => (
          <li key={`${h.classId}-${h.holder}`}>
            {shortAddress(h.holder)} holds class {h.classId.toString()} ({expiry(h, now.data)}
            {h.claimed ? ", claimed with a signature" : ", issued"})
          </li>
        ))}
      </ul>
      {address ? (
        <>
          <h3>Your credentials</h3>
          <p data-testid="my-credentials">
            {mine.length === 0
              ? "You hold none."
              : mine
                  .map(
                    (h) => `class ${h.classId} (${classes.data[Number(h.classId)]?.uri ?? ""}, ${expiry(h, now.data)})`,
                  )
                  .join("; ")}
          </p>
          <Claim credentials={credentials} account={address} />
        </>
      ) : null}
    </section>
  );
}

/** What the creator hands over: the claim and its signature, as one text to paste. */
type ClaimCode = SignedCredentialClaim & {credentials: Address};

export function encodeClaimCode({credentials, claim, signature}: ClaimCode): string {
  return JSON.stringify({
    credentials,
    classId: claim.classId.toString(),
    recipient: claim.recipient,
    nonce: claim.nonce.toString(),
    deadline: claim.deadline.toString(),
    signature,
  });
}

function decodeClaimCode(text: string): ClaimCode | string {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text.trim());
  } catch {
    return "Paste the whole signed claim the creator gave you (it starts with { and ends with }).";
  }
  const whole = (v: unknown) => (typeof v === "string" && /^\d+$/.test(v) ? BigInt(v) : undefined);
  const {credentials, recipient, signature} = raw;
  const classId = whole(raw.classId);
  const nonce = whole(raw.nonce);
  const deadline = whole(raw.deadline);
  if (typeof credentials !== "string" || !isAddress(credentials)) return "The claim names no credentials module.";
  if (typeof recipient !== "string" || !isAddress(recipient)) return "The claim names no recipient address.";
  if (classId === undefined || nonce === undefined || deadline === undefined)
    return "The claim's class, nonce or deadline is missing.";
  if (typeof signature !== "string" || !isHex(signature) || signature.length < 132)
    return "The claim's signature is missing or malformed (0x and at least 130 hex digits).";
  return {credentials, claim: {classId, recipient, nonce, deadline}, signature: signature as Hex};
}

function Claim({credentials, account}: {credentials: Address; account: Address}) {
  const [code, setCode] = useState("");
  const now = useBlockTime();
  return (
    <WriteForm
      title="Claim a credential with the creator's signature"
      level={3}
      action="Claim credential"
      errorFields={{"claim-code": [...signatureErrors, ...classErrors, ...recipientErrors]}}
      prepare={() => {
        const c = decodeClaimCode(code);
        if (typeof c === "string") return {error: c, field: "claim-code"};
        if (c.credentials.toLowerCase() !== credentials.toLowerCase())
          return {error: "This claim is for another token's credentials.", field: "claim-code"};
        if (c.claim.recipient.toLowerCase() !== account.toLowerCase())
          return {
            error: `This claim is for ${c.claim.recipient}, not you: connect that wallet (or ask the creator for one in your name).`,
            field: "claim-code",
          };
        if (now.data !== undefined && now.data > c.claim.deadline)
          return {error: `This claim expired at ${formatTime(c.claim.deadline)}.`, field: "claim-code"};
        return {send: (w) => claimCredential(w, {credentials, claim: c.claim, signature: c.signature})};
      }}
    >
      <TextAreaField
        label="Signed claim (paste what the creator gave you)"
        value={code}
        onChange={setCode}
        name="claim-code"
        rows={3}
        hint="No gas for the creator; you pay the claim's gas, and the credential is yours."
      />
    </WriteForm>
  );
}

/** A labelled select of credential classes. */
function ClassSelect({
  label,
  classes,
  value,
  onChange,
}: {
  label: string;
  classes: CredentialClass[];
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {classes.map((c) => (
          <option key={c.classId.toString()} value={c.classId.toString()}>
            {c.classId.toString()}: {c.uri}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Recipients typed one a line: every line an address, none twice, none the zero address. */
export function parseRecipients(text: string): {ok: true; recipients: Address[]} | {ok: false; error: string} {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === 0) return {ok: false, error: "Enter at least one address, one a line."};
  const seen = new Map<string, number>();
  const recipients: Address[] = [];
  for (const [i, line] of lines.entries()) {
    if (!isAddress(line, {strict: false})) return {ok: false, error: `Line ${i + 1} ("${line}") is not an address.`};
    const address = getAddress(line);
    if (address === zeroAddress) return {ok: false, error: `Line ${i + 1} is the zero address.`};
    const earlier = seen.get(address);
    if (earlier !== undefined) return {ok: false, error: `Line ${i + 1} repeats line ${earlier + 1} (${address}).`};
    seen.set(address, i);
    recipients.push(address);
  }
  return {ok: true, recipients};
}

/** Creator: issue a class to many, revoke in revocable classes, sign a claim for a recipient to submit. */
export function CredentialsCreator({token, credentials}: {token: Address; credentials: Address}) {
  const classes = useCredentialClasses(credentials);
  const holders = useCredentialHolders(token, credentials);
  const now = useBlockTime();
  const [issueClass, setIssueClass] = useState("0");
  const [recipients, setRecipients] = useState("");
  const [revokeClass, setRevokeClass] = useState("");
  const [holder, setHolder] = useState("");
  const [signClass, setSignClass] = useState("0");
  const [recipient, setRecipient] = useState("");
  const [days, setDays] = useState("30");
  const [signed, setSigned] = useState<string>();
  const [uri, setUri] = useState("");
  const [validDays, setValidDays] = useState("0");
  const [classRevocable, setClassRevocable] = useState(false);
  if (!classes.data) return <p>Loading credentials…</p>;
  const all = classes.data;
  const revocable = all.filter((c) => c.revocable);
  const revokeId = revokeClass || revocable[0]?.classId.toString() || "";
  const parsedRecipients = recipients.trim() ? parseRecipients(recipients) : undefined;
  const createClass = (
    <WriteForm
      title="Create a class"
      action="Create class"
      prepare={() => {
        if (!uri.trim()) return {error: "Give the class's metadata URI (ipfs://… or https://…).", field: "class-uri"};
        const d = parseWhole(validDays, {what: "Valid for (days, 0 for no expiry)", min: 0, max: 36_500});
        if (!d.ok) return {error: d.error, field: "class-days"};
        return {
          send: async (w) => {
            const created = await createCredentialClass(w, {
              credentials,
              uri: uri.trim(),
              validFor: d.value ? BigInt(d.value) * 86_400n : undefined,
              revocable: classRevocable,
            });
            return {hash: created.hash};
          },
        };
      }}
    >
      <TextField label="Metadata URI" value={uri} onChange={setUri} name="class-uri" placeholder="ipfs://…" />
      <TextField
        label="Each credential valid for (days, 0 for no expiry)"
        value={validDays}
        onChange={setValidDays}
        name="class-days"
      />
      <label className="check">
        <input type="checkbox" checked={classRevocable} onChange={(e) => setClassRevocable(e.target.checked)} /> You may
        revoke its credentials (shown to every holder; fixed for ever)
      </label>
    </WriteForm>
  );
  if (all.length === 0)
    return (
      <div data-testid="credentials-creator">
        <h3>Credentials</h3>
        {createClass}
      </div>
    );
  return (
    <div data-testid="credentials-creator">
      <h3>Credentials</h3>
      <WriteForm
        title="Issue credentials"
        action="Issue"
        errorFields={{recipients: recipientErrors, "issue-class": classErrors}}
        prepare={() => {
          const r = parseRecipients(recipients);
          if (!r.ok) return {error: r.error, field: "recipients"};
          return {
            send: (w) => issueCredentials(w, {credentials, classId: BigInt(issueClass), recipients: r.recipients}),
          };
        }}
      >
        <ClassSelect label="Class to issue" classes={all} value={issueClass} onChange={setIssueClass} />
        <TextAreaField
          label="Recipients (one address a line)"
          value={recipients}
          onChange={setRecipients}
          name="recipients"
          error={parsedRecipients && !parsedRecipients.ok ? parsedRecipients.error : undefined}
          hint={
            parsedRecipients?.ok
              ? `${parsedRecipients.recipients.length} recipient(s), one transaction`
              : "Each receives a soulbound credential of the class."
          }
        />
      </WriteForm>
      {revocable.length ? (
        <WriteForm
          title="Revoke a credential"
          action="Revoke"
          errorFields={{"revoke-holder": holderErrors}}
          prepare={() => {
            const target = parseAddress(holder);
            if (!target.ok) return {error: target.error, field: "revoke-holder"};
            return {send: (w) => revokeCredential(w, {credentials, classId: BigInt(revokeId), holder: target.value})};
          }}
        >
          <ClassSelect
            label="Class (revocable classes only)"
            classes={revocable}
            value={revokeId}
            onChange={setRevokeClass}
          />
          <TextField
            label="Holder"
            value={holder}
            onChange={setHolder}
            name="revoke-holder"
            placeholder="0x…"
            hint={`Holds one now: ${
              (holders.data?.items ?? [])
                .filter((h) => h.classId.toString() === revokeId)
                .map((h) => h.holder)
                .join(", ") || "nobody"
            }`}
          />
        </WriteForm>
      ) : (
        <p className="note">No class is revocable: issued credentials can only be burned by their holders.</p>
      )}
      <WriteForm
        title="Sign a claim (no gas)"
        action="Sign claim"
        errorFields={{"claim-recipient": recipientErrors}}
        prepare={() => {
          const target = parseAddress(recipient);
          if (!target.ok) return {error: target.error, field: "claim-recipient"};
          const d = parseWhole(days, {what: "Valid for (days)", min: 1, max: 3650});
          if (!d.ok) return {error: d.error, field: "claim-days"};
          if (now.data === undefined) return {error: "Reading the chain's time…"};
          const deadline = now.data + BigInt(d.value) * 86_400n;
          return {
            send: async (w) => {
              const s = await signCredentialClaim(w, {
                credentials,
                classId: BigInt(signClass),
                recipient: getAddress(target.value),
                deadline,
              });
              setSigned(encodeClaimCode({credentials, ...s}));
              return {};
            },
          };
        }}
      >
        <ClassSelect label="Class to claim" classes={all} value={signClass} onChange={setSignClass} />
        <TextField
          label="Recipient"
          value={recipient}
          onChange={setRecipient}
          name="claim-recipient"
          placeholder="0x…"
        />
        <TextField label="Valid for (days)" value={days} onChange={setDays} name="claim-days" />
      </WriteForm>
      {signed ? (
        <div className="field" data-testid="signed-claim">
          <label htmlFor={`signed-${credentials}`}>
            Signed claim to hand over (the recipient pastes it on the token page)
          </label>
          <textarea id={`signed-${credentials}`} readOnly rows={4} value={signed} />
        </div>
      ) : null}
      {createClass}
    </div>
  );
}
