// personal-token: the creator CLI. Every command parses and checks its input first (usage errors exit 2 before any
// RPC), reads what it needs, then sends through the SDK, which simulates before spending gas.
import {Command, CommanderError} from "commander";
import * as credential from "./commands/credential.js";
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
const COMMANDS = [launch, info, isa, time, stake, poll, loan, credential];

declare const __CLI_VERSION__: string;

export function program(): Command {
  const cli = new Command("personal-token")
    .description(
      "Launch and run a personal token: income-share sale, time escrow, staking, polls, personal loans, credentials.",
    )
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
    .option("--timeout <duration>", "how long to wait for each receipt before giving up (e.g. 90s, 5m)", "180s")
    .showHelpAfterError(false)
    // Every subcommand's --help lists the global options and the environment too.
    .configureHelp({showGlobalOptions: true})
    .exitOverride()
    // Help asked for goes to stdout; help shown for a missing subcommand goes to stderr; error messages are ours.
    .configureOutput({writeErr: (text) => process.stderr.write(text), outputError: () => {}});

  for (const group of COMMANDS) group.register(cli);
  const environment = [
    "",
    "Environment:",
    `  ${ENV.rpcUrl}            the RPC URL (instead of --rpc-url)`,
    `  ${ENV.privateKey}        the signer's key (never a flag)`,
    `  ${ENV.keystorePassword}  the --keystore password (else prompted)`,
    "  PERSONAL_TOKEN_DEBUG=1            print the full error too",
  ].join("\n");
  const withEnvironment = (command: Command): void => {
    command.addHelpText("after", environment);
    for (const sub of command.commands) withEnvironment(sub);
  };
  withEnvironment(cli);
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  const cli = program();
  // With --json a failure is also one JSON object on stdout, so a script reads every outcome the same way.
  const fail = (error: unknown, exitCode: number): number => {
    const message = oneLine(error);
    process.stderr.write(`error: ${message}\n`);
    if (argv.includes("--json")) {
      const name = (error as {name?: unknown})?.name;
      process.stdout.write(
        `${JSON.stringify({error: {message, exitCode, ...(typeof name === "string" ? {name} : {})}})}\n`,
      );
    }
    return exitCode;
  };
  try {
    await cli.parseAsync(argv, {from: "user"});
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0)
        return 0;
      if (error.code === "commander.help") return 2; // a group without its subcommand: its help is on stderr
      return fail(error, 2);
    }
    if (process.env.PERSONAL_TOKEN_DEBUG) console.error(error);
    return fail(error, exitCodeOf(error));
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
