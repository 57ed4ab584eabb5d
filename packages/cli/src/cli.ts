// personal-token: the creator CLI. Every command parses and checks its input first (usage errors exit 2 before any
// RPC), reads what it needs, then sends through the SDK, which simulates before spending gas.
import {Command, CommanderError} from "commander";
import * as info from "./commands/info.js";
import * as isa from "./commands/isa.js";
import * as launch from "./commands/launch.js";
import * as loan from "./commands/loan.js";
import * as poll from "./commands/poll.js";
import * as stake from "./commands/stake.js";
import * as time from "./commands/time.js";
import {ENV} from "./context.js";
import {exitCodeOf, oneLine} from "./errors.js";

/** The command groups, in the order `--help` lists them. */
const COMMANDS = [launch, info, isa, time, stake, poll, loan];

declare const __CLI_VERSION__: string;

export function program(): Command {
  const cli = new Command("personal-token")
    .description("Launch and run a personal token: income-share sale, time escrow, staking, polls, personal loans.")
    .version(typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "dev")
    .option("--rpc-url <url>", `JSON-RPC endpoint (or ${ENV.rpcUrl}); the chain id is read from it`)
    .option(
      "--keystore <file>",
      `sign with an encrypted V3 keystore (password from ${ENV.keystorePassword} or prompted); otherwise ${ENV.privateKey}`,
    )
    .option("--factory <address>", "factory address (default: the SDK registry's for the chain)")
    .option("--dry-run", "simulate and print the estimated gas; send nothing")
    .option("--json", "print one JSON object on stdout")
    .option("--raw", "amounts are base units, not whole tokens")
    .showHelpAfterError(false)
    .exitOverride()
    // Help asked for goes to stdout; help shown for a missing subcommand goes to stderr; error messages are ours.
    .configureOutput({writeErr: (text) => process.stderr.write(text), outputError: () => {}});

  for (const group of COMMANDS) group.register(cli);
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync(argv, {from: "user"});
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0)
        return 0;
      if (error.code === "commander.help") return 2; // a group without its subcommand: its help is on stderr
      process.stderr.write(`error: ${oneLine(error)}\n`);
      return 2;
    }
    process.stderr.write(`error: ${oneLine(error)}\n`);
    if (process.env.PERSONAL_TOKEN_DEBUG) console.error(error);
    return exitCodeOf(error);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
