// launch: a token, with its vesting and modules, from flags or a launch file.
import {defaultSalt, getLaunchFromReceipt, launchToken, predictLaunchAddresses} from "@personal-token/sdk";
import type {Command} from "commander";
import {type Address, type Hex, keccak256, toHex} from "viem";
import {type LaunchSpec, readLaunchFile} from "../config.js";
import type {Context} from "../context.js";
import {CliError, UsageError} from "../errors.js";
import {formatTokens as fmt} from "../format.js";
import {launchModules} from "../modules.js";
import {parseAmount, parseDuration, TOKEN_DECIMALS} from "../parse.js";
import {KIND_NAMES} from "../registry.js";
import {run} from "../run.js";
import {send} from "../transactions.js";

type LaunchFlags = {
  config?: string;
  name?: string;
  symbol?: string;
  supply?: string;
  vest?: string;
  cliff?: string;
  vestingDuration?: string;
  contractUri?: string;
  salt?: string;
};

export function register(cli: Command): void {
  cli
    .command("launch")
    .description(
      "launch a token (and its vesting, ISA, time escrow, staking, polls) from flags or --config file.toml|json",
    )
    .option("--config <file>", "a JSON or TOML launch description (see examples/alex.toml)")
    .option("--name <name>", "token name")
    .option("--symbol <symbol>", "token symbol")
    .option("--supply <amount>", "total supply, whole tokens")
    .option("--vest <amount>", "the creator's vested share")
    .option("--cliff <duration>", "vesting cliff, e.g. 180d")
    .option("--vesting-duration <duration>", "vesting duration, e.g. 3y")
    .option("--contract-uri <uri>", "ERC-7572 profile URI")
    .option(
      "--salt <text|bytes32>",
      "launch salt, for a second token with the same symbol (text is hashed; default: from the symbol)",
    )
    .action(
      run(async (ctx, options: LaunchFlags) => {
        if (options.config && (options.name || options.symbol || options.supply || options.vest)) {
          throw new UsageError("give either --config or the flags (--name, --symbol, --supply, ...), not both");
        }
        const spec = options.config ? readLaunchFile(options.config) : specFromFlags(options);
        if (options.salt !== undefined) spec.salt = parseSalt(options.salt);
        await launch(ctx, spec);
      }),
    );
}

async function launch(ctx: Context, spec: LaunchSpec) {
  const wallet = await ctx.wallet();
  const client = await ctx.client();
  const chainId = client.chain.id;
  const creator = wallet.account.address;
  const now = (await client.getBlock()).timestamp;

  const specs = await launchModules(ctx, spec, now);
  const modules = specs.map((m) => m.module);
  const kinds = specs.map((m) => m.kind);

  const vested = spec.vesting?.amount ?? 0n;
  const inModules = modules.reduce((sum, m) => sum + m.tokenAmount, 0n);
  const allocations = (spec.allocations ?? [{recipient: "creator" as const, amount: spec.supply - vested - inModules}])
    .filter((a) => spec.allocations !== undefined || a.amount > 0n)
    .map((a) => ({recipient: a.recipient === "creator" ? creator : a.recipient, amount: a.amount}));
  const allocated = allocations.reduce((sum, a) => sum + a.amount, 0n);
  if (allocated + vested + inModules !== spec.supply) {
    throw new UsageError(
      `allocations (${fmt(allocated)}) + vesting (${fmt(vested)}) + modules (${fmt(inModules)}) = ${fmt(allocated + vested + inModules)}, but supply is ${fmt(spec.supply)}`,
    );
  }

  const salt = spec.salt ?? defaultSalt(spec.symbol);
  const parameters = {
    name: spec.name,
    symbol: spec.symbol,
    contractURI: spec.contractURI,
    totalSupply: spec.supply,
    allocations,
    ...(spec.vesting ? {vesting: spec.vesting} : {}),
    salt,
    modules,
    ...(ctx.factory ? {factory: ctx.factory} : {}),
  };
  const receipt = await send(ctx, `launch ${spec.symbol}`, (w) => launchToken(w, parameters));

  let token: Address;
  let vesting: Address | undefined;
  let moduleAddresses: Address[];
  if (receipt) {
    const launched = getLaunchFromReceipt(receipt);
    token = launched.token;
    vesting = launched.vesting;
    moduleAddresses = launched.modules.map((m) => m.module);
  } else {
    const predicted = predictLaunchAddresses({
      chainId,
      creator,
      salt,
      modules: modules.map((m) => m.implementation),
      ...(ctx.factory ? {factory: ctx.factory} : {}),
    });
    token = predicted.token;
    vesting = spec.vesting ? predicted.vesting : undefined;
    moduleAddresses = predicted.modules;
  }
  const launchedModules = moduleAddresses.map((address, i) => {
    const kind = kinds[i];
    if (kind === undefined) throw new CliError(`${moduleAddresses.length} modules launched for ${kinds.length} specs`);
    return {kind, address};
  });
  const result = {
    token,
    name: spec.name,
    symbol: spec.symbol,
    totalSupply: spec.supply,
    creator,
    vesting: vesting ?? null,
    modules: launchedModules,
    ...(receipt ? {transactionHash: receipt.transactionHash} : {predicted: true}),
  };
  ctx.print(result, [
    `${ctx.dryRun ? "would launch" : "launched"} ${spec.symbol} (${spec.name}), ${fmt(spec.supply)} tokens`,
    `token:    ${token}`,
    ...(vesting ? [`vesting:  ${vesting}`] : []),
    ...launchedModules.map(({kind, address}) => `${KIND_NAMES[kind]}: ${address}`),
    ...(receipt ? [`tx:       ${receipt.transactionHash}`] : []),
  ]);
}

/** The simple launch from flags: name, symbol, supply, an optional vested share; the rest to the creator. */
function specFromFlags(options: LaunchFlags): LaunchSpec {
  if (!options.name || !options.symbol || !options.supply) {
    throw new UsageError("launch needs --name, --symbol and --supply (or --config <file>)");
  }
  const spec: LaunchSpec = {
    name: options.name,
    symbol: options.symbol,
    contractURI: options.contractUri ?? "",
    supply: parseAmount(options.supply, TOKEN_DECIMALS, {field: "--supply"}),
  };
  if (options.vest !== undefined) {
    if (!options.vestingDuration) throw new UsageError("--vest needs --vesting-duration (e.g. 3y)");
    spec.vesting = {
      amount: parseAmount(options.vest, TOKEN_DECIMALS, {field: "--vest"}),
      cliff: options.cliff ? parseDurationFlag(options.cliff, "--cliff") : 0n,
      duration: parseDurationFlag(options.vestingDuration, "--vesting-duration"),
    };
  }
  return spec;
}

const parseDurationFlag = (text: string, field: string) => parseDuration(text, field, {allowZero: field === "--cliff"});

/** `--salt`: 32 bytes of hex as given, or any other text hashed (keccak256), so "alex-2" is a fine salt. */
function parseSalt(text: string): Hex {
  const trimmed = text.trim();
  if (trimmed === "") throw new UsageError("--salt: must not be empty");
  if (/^0x[0-9a-fA-F]{64}$/.test(trimmed)) return trimmed as Hex;
  if (/^0x[0-9a-fA-F]*$/.test(trimmed)) throw new UsageError(`--salt: "${text}" is hex but not 32 bytes`);
  return keccak256(toHex(trimmed));
}
