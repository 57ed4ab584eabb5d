import type {Command} from "commander";
import {Context, type GlobalOptions} from "./context.js";
import {sentReport} from "./transactions.js";

// biome-ignore lint/suspicious/noExplicitAny: each action declares its own positional arguments
type Action = (ctx: Context, ...args: any[]) => Promise<void>;

const SIGNAL_EXIT = {SIGINT: 130, SIGTERM: 143} as const;

/**
 * Wraps an action: builds the context from the global options; commander passes (…positional, options, command).
 * While it runs, Ctrl-C (or SIGTERM) does not leave silently: it lists the transactions sent (hashes; a pending one may
 * still confirm) and what was not sent, then exits 130 (143). A failure after a transaction was sent lists them too.
 */
export function run(action: Action) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const options = command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
    const ctx = new Context(options);
    const onSignal = (signal: keyof typeof SIGNAL_EXIT) => {
      for (const line of sentReport(ctx, "interrupted")) process.stderr.write(`${line}\n`);
      if (sentReport(ctx, "interrupted").length === 0) process.stderr.write("interrupted: nothing was sent\n");
      process.exit(SIGNAL_EXIT[signal]);
    };
    const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => [signal, () => onSignal(signal)] as const);
    for (const [signal, handler] of handlers) process.once(signal, handler);
    try {
      await action(ctx, ...args.slice(0, -2), options);
    } catch (error) {
      for (const line of sentReport(ctx, "failed")) process.stderr.write(`${line}\n`);
      throw error;
    } finally {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    }
  };
}
