import {
  defaultSalt,
  getLaunchFromReceipt,
  incomeShareModule,
  type LaunchModule,
  launchToken,
  predictLaunchAddresses,
  timeEscrowModule,
} from "@personal-token/sdk";
import {type Address, zeroAddress} from "viem";
import type {Context} from "../context.js";
import {type LaunchSpec, TOKEN_DECIMALS} from "../config.js";
import {UsageError} from "../errors.js";
import {KIND_NAMES, type ModuleKind} from "../registry.js";
import {formatAmount, parseAmount, parseDuration, parseTime} from "../units.js";
import {assetInfo} from "./common.js";
import {extraModules} from "./launchModules.js";

const fmt = (amount: bigint) => formatAmount(amount, TOKEN_DECIMALS);

export async function launch(ctx: Context, spec: LaunchSpec) {
  const wallet = await ctx.wallet();
  const client = await ctx.client();
  const chainId = client.chain!.id;
  const creator = wallet.account.address;
  const now = (await client.getBlock()).timestamp;

  const modules: LaunchModule[] = [];
  const kinds: ModuleKind[] = [];
  if (spec.isa) {
    const isa = spec.isa;
    const asset = await assetInfo(client, isa.paymentAsset === "ETH" ? zeroAddress : isa.paymentAsset);
    let price: bigint;
    if (isa.price !== undefined) {
      price = parseAmount(isa.price, asset.decimals, {field: "isa.price"});
    } else {
      const raise = parseAmount(isa.raise!, asset.decimals, {field: "isa.raise"});
      price = (raise * 10n ** 18n) / isa.tokens;
      if ((price * isa.tokens) / 10n ** 18n !== raise) {
        throw new UsageError(`isa.raise: ${isa.raise} ${asset.symbol} for ${fmt(isa.tokens)} tokens is not a whole number of ${asset.symbol} base units per token: give isa.price`);
      }
    }
    const saleStart = isa.saleStart === undefined ? now : parseTime(isa.saleStart, "isa.sale_start", now);
    const saleEnd = saleStart + isa.saleDuration;
    const term = isa.term ?? BigInt(isa.periods!) * isa.periodLength;
    modules.push(
      incomeShareModule({
        tokenAmount: isa.tokens,
        terms: {
          paymentAsset: asset.address,
          price,
          softCap: isa.softCap,
          saleStart,
          saleEnd,
          shareBps: isa.shareBps,
          termStart: saleEnd,
          termEnd: saleEnd + term,
          periodLength: isa.periodLength,
          gracePeriod: isa.gracePeriod,
          payoutCap: isa.payoutCap === undefined ? 0n : parseAmount(isa.payoutCap, asset.decimals, {field: "isa.payout_cap"}),
          transferableShares: isa.transferableShares,
        },
      }),
    );
    kinds.push("incomeShare");
  }
  if (spec.time) {
    const {offers, arbiter, ...config} = spec.time;
    modules.push(timeEscrowModule({config: {...config, ...(arbiter ? {arbiter} : {})}, offers}));
    kinds.push("timeEscrow");
  }
  for (const extra of await extraModules(ctx, spec)) {
    modules.push(extra.module);
    kinds.push(extra.kind);
  }

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
  const receipt = await ctx.send(`launch ${spec.symbol}`, (w) => launchToken(w, parameters));

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
  const result = {
    token,
    name: spec.name,
    symbol: spec.symbol,
    totalSupply: spec.supply,
    creator,
    vesting: vesting ?? null,
    modules: moduleAddresses.map((address, i) => ({kind: kinds[i]!, address})),
    ...(receipt ? {transactionHash: receipt.transactionHash} : {predicted: true}),
  };
  ctx.print(result, [
    `${ctx.dryRun ? "would launch" : "launched"} ${spec.symbol} (${spec.name}), ${fmt(spec.supply)} tokens`,
    `token:    ${token}`,
    ...(vesting ? [`vesting:  ${vesting}`] : []),
    ...moduleAddresses.map((address, i) => `${KIND_NAMES[kinds[i]!]}: ${address}`),
    ...(receipt ? [`tx:       ${receipt.transactionHash}`] : []),
  ]);
}

/** The simple launch from flags: name, symbol, supply, an optional vested share; the rest to the creator. */
export function specFromFlags(options: {name?: string; symbol?: string; supply?: string; vest?: string; cliff?: string; vestingDuration?: string; contractUri?: string}): LaunchSpec {
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
