import {type ReactNode, useEffect, useState} from "react";
import {useAccount} from "wagmi";
import {type ParseAmountOptions, parseAmount} from "../lib/amount.js";
import {amountErrors, type FieldErrors, FieldFailureContext, fieldOfError} from "../lib/fieldErrors.js";
import {type Prepared, useWrite, type WalletClient, type WriteResult} from "../lib/write.js";
import {AmountField} from "./Field.js";

const explorerHash = (hash: string) => `${hash.slice(0, 10)}…${hash.slice(-6)}`;

/**
 * A form whose submit runs one write through the shared flow (src/lib/write.ts): the fields, one button, and the
 * status under it — refused input, pending with the hash, confirmed, or the SDK's readable error. A refusal or a
 * contract error that belongs to one field (`Prepared.field`, or a custom error listed for it in `errorFields`) is
 * shown next to that field instead.
 */
export function WriteForm({
  title,
  level = 4,
  action,
  prepare,
  children,
  inputs,
  errorFields,
}: {
  title?: string;
  /** The title's heading level: 4 under a module's own heading (h3), 3 straight under a page section's (h2). */
  level?: 3 | 4;
  action: string;
  prepare: () => Prepared | Promise<Prepared>;
  children?: ReactNode;
  /** For fields kept outside the form (the launch form's): a value that changes when they do. */
  inputs?: string;
  /** Field name → the contract's custom errors that are about it (src/lib/fieldErrors.ts). */
  errorFields?: FieldErrors;
}) {
  const {isConnected} = useAccount();
  const write = useWrite();
  const {state} = write;
  const {reset} = write;
  const refused = state.status === "invalid";
  // The field a refusal or a simulated revert belongs to; nothing was sent for either.
  const field =
    state.status === "invalid"
      ? state.field
      : state.status === "failed" && state.hashes.length === 0
        ? fieldOfError(errorFields, state.errorName)
        : undefined;
  const failure =
    field && (state.status === "invalid" || state.status === "failed") ? {field, message: state.error} : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the outside inputs change, by design
  useEffect(() => {
    if (refused) reset();
  }, [inputs]);
  return (
    <form
      className="write"
      aria-label={title ?? action}
      // Editing a field clears a refusal of the previous input (a failure's hash and reason stay until the next try).
      onChange={() => {
        if (state.status === "invalid" || failure) write.reset();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void write.submit(prepare);
      }}
    >
      {title ? level === 3 ? <h3>{title}</h3> : <h4>{title}</h4> : null}
      <FieldFailureContext.Provider value={failure}>{children}</FieldFailureContext.Provider>
      <button type="submit" disabled={write.busy || !isConnected} aria-busy={write.busy}>
        {write.busy ? "Sending…" : action}
      </button>
      {!isConnected ? <span className="note">Connect a wallet to {action.toLowerCase()}.</span> : null}
      <output className={`status ${state.status}`} aria-live="polite">
        {failure ? (
          <span>
            {state.status === "failed" && state.sentBefore
              ? `${state.sentBefore} earlier transaction(s) (an approval) went through; this one was not sent: see the field above.`
              : "Not sent: see the field above."}
          </span>
        ) : null}
        {state.status === "invalid" && !failure ? <span role="alert">Not sent: {state.error}</span> : null}
        {state.status === "submitting" ? "Simulating, then asking your wallet to sign…" : null}
        {state.status === "pending" ? `Pending: ${state.hashes.map(explorerHash).join(", ")}` : null}
        {state.status === "confirmed" ? (
          <span>
            {state.hashes.length
              ? `Confirmed: ${state.hashes.map(explorerHash).join(", ")}`
              : "Signed: nothing was sent on chain."}
          </span>
        ) : null}
        {state.status === "failed" && !failure ? (
          <span role="alert">
            Failed: {state.error}
            {state.errorName && !state.error.includes(state.errorName) ? ` (${state.errorName})` : ""}
            {state.sentBefore ? ` ${state.sentBefore} earlier transaction(s) (an approval) went through.` : ""}
          </span>
        ) : null}
      </output>
    </form>
  );
}

/**
 * A write of one amount (stake, fund, lend, repay): a WriteForm with one AmountField named `name`, so a refused input or
 * an amount error of the contract is shown beside it; `send` gets the parsed amount, `children` go under the field. It
 * keeps the field's text itself unless the caller does (`value`, `onChange`: buttons that fill it in).
 */
export function AmountForm({
  title,
  level,
  action,
  label,
  name,
  options,
  value,
  onChange,
  send,
  children,
}: {
  title: string;
  level?: 3 | 4;
  action: string;
  label: string;
  name: string;
  options: ParseAmountOptions;
  value?: string;
  onChange?: (value: string) => void;
  send: (wallet: WalletClient, amount: bigint) => Promise<WriteResult>;
  children?: ReactNode;
}) {
  const [own, setOwn] = useState("");
  const text = value ?? own;
  return (
    <WriteForm
      title={title}
      level={level}
      action={action}
      errorFields={{[name]: amountErrors}}
      prepare={() => {
        const p = parseAmount(text, options);
        return p.ok ? {send: (w) => send(w, p.value)} : {error: p.error, field: name};
      }}
    >
      <AmountField label={label} value={text} onChange={onChange ?? setOwn} options={options} name={name} />
      {children}
    </WriteForm>
  );
}
