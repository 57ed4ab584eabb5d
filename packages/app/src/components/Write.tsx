import {type ReactNode, useEffect} from "react";
import {useAccount} from "wagmi";
import {type Prepared, useWrite} from "../lib/write.js";

const explorerHash = (hash: string) => `${hash.slice(0, 10)}…${hash.slice(-6)}`;

/**
 * A form whose submit runs one write through the shared flow (src/lib/write.ts): the fields, one button, and the
 * status under it — refused input, pending with the hash, confirmed, or the SDK's readable error.
 */
export function WriteForm({
  title,
  action,
  prepare,
  children,
  inputs,
}: {
  title?: string;
  action: string;
  prepare: () => Prepared | Promise<Prepared>;
  children?: ReactNode;
  /** For fields kept outside the form (the launch form's): a value that changes when they do. */
  inputs?: string;
}) {
  const {isConnected} = useAccount();
  const write = useWrite();
  const {state} = write;
  const {reset} = write;
  const refused = state.status === "invalid";
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
        if (state.status === "invalid") write.reset();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void write.submit(prepare);
      }}
    >
      {title ? <h4>{title}</h4> : null}
      {children}
      <button type="submit" disabled={write.busy || !isConnected} aria-busy={write.busy}>
        {write.busy ? "Sending…" : action}
      </button>
      {!isConnected ? <span className="note">Connect a wallet to {action.toLowerCase()}.</span> : null}
      <output className={`status ${state.status}`} aria-live="polite">
        {state.status === "invalid" ? <span role="alert">Not sent: {state.error}</span> : null}
        {state.status === "submitting" ? "Simulating, then asking your wallet to sign…" : null}
        {state.status === "pending" ? `Pending: ${state.hashes.map(explorerHash).join(", ")}` : null}
        {state.status === "confirmed" ? (
          <span>
            {state.hashes.length
              ? `Confirmed: ${state.hashes.map(explorerHash).join(", ")}`
              : "Signed: nothing was sent on chain."}
          </span>
        ) : null}
        {state.status === "failed" ? (
          <span role="alert">
            Failed: {state.error}
            {state.errorName && !state.error.includes(state.errorName) ? ` (${state.errorName})` : ""}
          </span>
        ) : null}
      </output>
    </form>
  );
}
