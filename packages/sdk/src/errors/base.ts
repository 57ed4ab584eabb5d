import {version} from "./version.js";

export type BaseErrorParameters = {
  /** The underlying error (a viem error for RPC and contract failures). */
  cause?: unknown;
  /** Technical details; taken from `cause` when omitted. */
  details?: string | undefined;
  /** Extra lines shown under the short message. */
  metaMessages?: readonly string[] | undefined;
};

export type BaseErrorType = BaseError & {name: "PersonalTokenError"};

/**
 * The root of every error this SDK throws, shaped like viem's `BaseError`: `shortMessage` is one sentence a person can
 * act on, `details` the technical reason, `cause` the underlying error, `version` this package's version.
 */
export class BaseError extends Error {
  override name: string = "PersonalTokenError";
  shortMessage: string;
  details: string;
  metaMessages: readonly string[] | undefined;
  version: string = `@personal-token/sdk@${version}`;

  constructor(shortMessage: string, parameters: BaseErrorParameters = {}) {
    const {cause, metaMessages} = parameters;
    const details =
      parameters.details ??
      (cause instanceof Error
        ? ((cause as {details?: unknown}).details as string | undefined) ||
          ((cause as {shortMessage?: unknown}).shortMessage as string | undefined) ||
          cause.message
        : "");
    const message = [
      shortMessage,
      ...(metaMessages?.length ? ["", ...metaMessages] : []),
      ...(details ? ["", `Details: ${details}`] : []),
      `Version: @personal-token/sdk@${version}`,
    ].join("\n");
    super(message, cause === undefined ? undefined : {cause});
    this.shortMessage = shortMessage;
    this.details = details;
    this.metaMessages = metaMessages;
  }

  /** The innermost cause, or the first error in the cause chain `fn` accepts (null if none). */
  walk(): Error;
  walk(fn: (error: unknown) => boolean): Error | null;
  walk(fn?: (error: unknown) => boolean): Error | null {
    let error: unknown = this;
    for (;;) {
      if (fn?.(error)) return error as Error;
      const cause = (error as {cause?: unknown}).cause;
      if (cause === undefined || cause === null || cause === error) return fn ? null : (error as Error);
      error = cause;
    }
  }
}
