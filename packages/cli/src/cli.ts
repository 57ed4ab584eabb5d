// personal-token: the creator CLI. Every command parses and checks its input first (usage errors exit 2 before any
// RPC), reads what it needs, then sends through the SDK, which simulates before spending gas.
import {Command, CommanderError} from "commander";
import {info} from "./commands/info.js";
import {isaBuy, isaClaim, isaPay, isaReport, isaStatus, isaWithdraw} from "./commands/isa.js";
import {launch, specFromFlags} from "./commands/launch.js";
import {registerPoll, registerStake} from "./commands/modules.js";
import {
  timeAccept,
  timeCancel,
  timeConfirm,
  timeDecline,
  timeDeliver,
  timeList,
  timeOffer,
  timeReclaim,
  timeRelease,
  timeRequest,
} from "./commands/time.js";
import {readLaunchFile} from "./config.js";
import {ENV} from "./context.js";
import {run} from "./run.js";
import {exitCodeOf, oneLine, UsageError} from "./errors.js";

declare const __CLI_VERSION__: string;

export function program(): Command {
  const cli = new Command("personal-token")
    .description("Launch and run a personal token: income-share sale, time escrow, staking, polls.")
    .version(typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "dev")
    .option("--rpc-url <url>", `JSON-RPC endpoint (or ${ENV.rpcUrl}); the chain id is read from it`)
    .option("--keystore <file>", `sign with an encrypted V3 keystore (password from ${ENV.keystorePassword} or prompted); otherwise ${ENV.privateKey}`)
    .option("--factory <address>", "factory address (default: the SDK registry's for the chain)")
    .option("--dry-run", "simulate and print the estimated gas; send nothing")
    .option("--json", "print one JSON object on stdout")
    .option("--raw", "amounts are base units, not whole tokens")
    .showHelpAfterError(false)
    .exitOverride()
    // Help asked for goes to stdout; help shown for a missing subcommand goes to stderr; error messages are ours.
    .configureOutput({writeErr: (text) => process.stderr.write(text), outputError: () => {}});

  cli
    .command("launch")
    .description("launch a token (and its vesting, ISA, time escrow, staking, polls) from flags or --config file.toml|json")
    .option("--config <file>", "a JSON or TOML launch description (see examples/alex.toml)")
    .option("--name <name>", "token name")
    .option("--symbol <symbol>", "token symbol")
    .option("--supply <amount>", "total supply, whole tokens")
    .option("--vest <amount>", "the creator's vested share")
    .option("--cliff <duration>", "vesting cliff, e.g. 180d")
    .option("--vesting-duration <duration>", "vesting duration, e.g. 3y")
    .option("--contract-uri <uri>", "ERC-7572 profile URI")
    .action(
      run(async (ctx, options: Record<string, string | undefined>) => {
        if (options.config && (options.name || options.symbol || options.supply || options.vest)) {
          throw new UsageError("give either --config or the flags (--name, --symbol, --supply, ...), not both");
        }
        const spec = options.config ? readLaunchFile(options.config) : specFromFlags(options);
        await launch(ctx, spec);
      }),
    );

  cli.command("info").description("a token, its launch record, vesting and modules").argument("<token>").action(run(async (ctx, token: string) => info(ctx, token)));

  const isa = cli.command("isa").description("income-share agreement: buy, report, pay, claim, status, withdraw, refund (address of the agreement or its token)");
  isa.command("buy").argument("<isa>").argument("<tokens>", "tokens to buy (whole tokens)").description("buy in the primary sale (approves the payment first when needed)")
    .action(run(async (ctx, target: string, tokens: string) => isaBuy(ctx, target, tokens)));
  isa.command("report").argument("<isa>").argument("<period>").argument("<gross-income>", "in the payment asset").description("report a period's gross income (creator)")
    .option("--evidence-uri <uri>").option("--evidence-hash <bytes32>")
    .action(run(async (ctx, target: string, period: string, gross: string, o) => isaReport(ctx, target, period, gross, o)));
  isa.command("pay").argument("<isa>").argument("<period>").argument("<amount>").description("pay income against a period (creator; approves first)")
    .option("--asset <address>", "pay in another asset (or ETH); needs --value").option("--value <amount>", "what the payment is worth in the payment asset")
    .action(run(async (ctx, target: string, period: string, amount: string, o) => isaPay(ctx, target, period, amount, o)));
  isa.command("claim").argument("<isa>").description("claim your income share")
    .option("--asset <address...>", "only these assets").option("--to <address>", "send to another address")
    .action(run(async (ctx, target: string, o) => isaClaim(ctx, target, o)));
  isa.command("withdraw").argument("<isa>").description("take the sale proceeds once the soft cap is reached (creator)")
    .option("--to <address>")
    .action(run(async (ctx, target: string, o) => isaWithdraw(ctx, target, "proceeds", o)));
  isa.command("refund").argument("<isa>").description("take your payment back after a failed sale (buyer)")
    .option("--to <address>")
    .action(run(async (ctx, target: string, o) => isaWithdraw(ctx, target, "refund", o)));
  isa.command("status").argument("<isa>").description("sale, terms, periods and (with --account) claimable income")
    .option("--account <address>")
    .action(run(async (ctx, target: string, o) => isaStatus(ctx, target, o)));

  const time = cli.command("time").description("time escrow: offers and requests (address of the escrow or its token)");
  time.command("offer").argument("<escrow>").description("publish an offer (creator)")
    .requiredOption("--price <amount>", "tokens per unit").option("--unit <duration>", "unit length", "1h").option("--capacity <units>", "units per capacity period", "10")
    .option("--closed", "publish closed").option("--burn", "burn redeemed tokens").option("--uri <uri>", "what the offer is")
    .action(run(async (ctx, target: string, o) => timeOffer(ctx, target, o)));
  time.command("request").argument("<escrow>").argument("<offer>").argument("<units>").description("book time: locks units × price (permit; --no-permit approves first)")
    .option("--note <text>", "a note for the creator (only its hash goes on-chain)").option("--no-permit", "approve then request (two transactions)")
    .action(run(async (ctx, target: string, offer: string, units: string, o) => timeRequest(ctx, target, offer, units, o)));
  time.command("accept").argument("<escrow>").argument("<request>").description("schedule a request (creator)").option("--at <time>", "now, +2d, unix seconds or ISO date", "now")
    .action(run(async (ctx, target: string, id: string, o) => timeAccept(ctx, target, id, o)));
  for (const [name, description, fn] of [
    ["decline", "decline a request (creator); the tokens go back", timeDecline],
    ["cancel", "cancel your request before acceptance", timeCancel],
    ["deliver", "mark a session delivered (creator)", timeDeliver],
    ["confirm", "confirm a session (holder): releases the tokens", timeConfirm],
    ["release", "release after the confirmation window (creator)", timeRelease],
    ["reclaim", "take the tokens back after the deadline (holder)", timeReclaim],
  ] as const) {
    time.command(name).argument("<escrow>").argument("<request>").description(description).action(run(async (ctx, target: string, id: string) => fn(ctx, target, id)));
  }
  time.command("list").argument("<escrow>").description("offers and open requests (all, --holder's, or one --request)")
    .option("--holder <address>").option("--request <id>")
    .action(run(async (ctx, target: string, o) => timeList(ctx, target, o)));

  registerStake(cli);
  registerPoll(cli);
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync(argv, {from: "user"});
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) return 0;
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
