import type {Command} from "commander";
import {Context, type GlobalOptions} from "./context.js";

// biome-ignore lint/suspicious/noExplicitAny: each action declares its own positional arguments
type Action = (ctx: Context, ...args: any[]) => Promise<void>;

/** Wraps an action: builds the context from the global options; commander passes (…positional, options, command). */
export function run(action: Action) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const options = command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
    await action(new Context(options), ...args.slice(0, -2), options);
  };
}
