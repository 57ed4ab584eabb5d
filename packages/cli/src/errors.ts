// Every failure ends as exactly one line `error: <message>` on stderr: exit 2 for usage (bad flags or arguments,
// refused before any RPC), 1 for everything else.

/** Bad input: a flag, an argument or a config file field. Nothing has been sent. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly exitCode = 2;
}

/** A failure the user can act on (a missing key, a wrong password, a reverted transaction). */
export class CliError extends Error {
  override name = "CliError";
  readonly exitCode = 1;
}

/** Thrown by the dry-run transport instead of broadcasting: the transaction was simulated and estimated, not sent. */
export class DryRunStop extends Error {
  override name = "DryRunStop";
  constructor() {
    super("dry run: not sent");
  }
}

/** Walks an error's `cause` chain. */
export function findCause<T extends Error>(error: unknown, match: (e: unknown) => e is T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 20; depth++) {
    if (match(current)) return current;
    current = (current as {cause?: unknown}).cause;
  }
  return undefined;
}

export const isDryRunStop = (e: unknown): e is DryRunStop => e instanceof DryRunStop;

/** One readable line for any error: the SDK's and viem's `shortMessage`, else the message's first line. */
export function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const short = (error as {shortMessage?: unknown}).shortMessage;
  const text = typeof short === "string" && short ? short : error.message;
  const line = text.split("\n").find((l) => l.trim() !== "") ?? error.name;
  return line.trim().replace(/^error:\s*/i, "");
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return 2;
  // The SDK's validation errors are bad input too: nothing was sent.
  const name = (error as {constructor?: {name?: string}})?.constructor?.name ?? "";
  if (/^(InvalidAddress|InvalidAmount|InvalidParameter)Error$/.test(name)) return 2;
  return 1;
}
