// Modules as the SDK's LaunchModule: every module a launch file describes ([isa], [time], [staking], [polls],
// [credentials]), and adding one to a token already launched (`stake create`, `poll enable`, `credential enable`).
import {
  credentialsModule,
  defaultSalt,
  getModuleCount,
  incomeShareModule,
  type LaunchModule,
  launchModule,
  pollsModule,
  predictLaunchAddresses,
  predictModuleAddress,
  stakingModule,
  timeEscrowModule,
} from "@personal-token/sdk";
import {type Address, zeroAddress} from "viem";
import {assetInfo} from "./assets.js";
import type {IsaSpec, LaunchSpec, StakingSpec} from "./config.js";
import type {ChainClient, Context} from "./context.js";
import {UsageError} from "./errors.js";
import {formatTokens} from "./format.js";
import {parseAmount, parseTime} from "./parse.js";
import type {ModuleKind} from "./registry.js";
import {ensureAllowance, send} from "./transactions.js";

export type ModuleSpec = {kind: ModuleKind; module: LaunchModule};

/** The modules a launch description asks for, in the order the factory clones them; `now` is the chain's time. */
export async function launchModules(ctx: Context, spec: LaunchSpec, now: bigint): Promise<ModuleSpec[]> {
  const modules: ModuleSpec[] = [];
  if (spec.isa) modules.push({kind: "incomeShare", module: await isaModule(ctx, spec.isa, now)});
  if (spec.time) {
    const {offers, arbiter, ...config} = spec.time;
    modules.push({
      kind: "timeEscrow",
      module: timeEscrowModule({config: {...config, ...(arbiter ? {arbiter} : {})}, offers}),
    });
  }
  if (spec.staking) modules.push({kind: "staking", module: await launchCampaign(ctx, spec, spec.staking)});
  if (spec.polls) modules.push({kind: "polls", module: pollsModule()});
  if (spec.credentials) {
    const classes = spec.credentials.classes.map(({validUntil, ...c}, i) => {
      const until = validUntil === undefined ? 0n : parseTime(validUntil, `credentials.classes[${i}].valid_until`, now);
      if (validUntil !== undefined && until <= now)
        throw new UsageError(`credentials.classes[${i}].valid_until: must be in the future`);
      return {...c, validUntil: until};
    });
    modules.push({kind: "credentials", module: credentialsModule({classes})});
  }
  return modules;
}

/** The income-share agreement: prices in the payment asset's decimals (read from the chain), the sale from `now`. */
async function isaModule(ctx: Context, isa: IsaSpec, now: bigint): Promise<LaunchModule> {
  const asset = await assetInfo(await ctx.client(), isa.paymentAsset === "ETH" ? zeroAddress : isa.paymentAsset);
  let price: bigint;
  if (isa.price !== undefined) {
    price = parseAmount(isa.price, asset.decimals, {field: "isa.price"});
  } else if (isa.raise !== undefined) {
    const raise = parseAmount(isa.raise, asset.decimals, {field: "isa.raise"});
    price = (raise * 10n ** 18n) / isa.tokens;
    if ((price * isa.tokens) / 10n ** 18n !== raise) {
      throw new UsageError(
        `isa.raise: ${isa.raise} ${asset.symbol} for ${formatTokens(isa.tokens)} tokens is not a whole number of ${asset.symbol} base units per token: give isa.price`,
      );
    }
  } else {
    throw new UsageError("isa: give exactly one of price (per whole token) or raise (for all the tokens)");
  }
  const saleStart = isa.saleStart === undefined ? now : parseTime(isa.saleStart, "isa.sale_start", now);
  const saleEnd = saleStart + isa.saleDuration;
  const term = isa.term ?? (isa.periods === undefined ? undefined : BigInt(isa.periods) * isa.periodLength);
  if (term === undefined) throw new UsageError("isa: give exactly one of periods (a count) or term (a duration)");
  return incomeShareModule({
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
      payoutCap:
        isa.payoutCap === undefined ? 0n : parseAmount(isa.payoutCap, asset.decimals, {field: "isa.payout_cap"}),
      transferableShares: isa.transferableShares,
    },
  });
}

/** The launch's staking campaign; it stakes the personal token itself unless told otherwise (its address is predicted). */
async function launchCampaign(ctx: Context, spec: LaunchSpec, staking: StakingSpec): Promise<LaunchModule> {
  const {stakingToken, rewardToken, rewards, duration} = staking;
  if (rewards > 0n && rewardToken !== undefined) {
    throw new UsageError(
      "staking.rewards: launch funding is in the personal token: leave staking.reward_token out, or fund later with `stake fund`",
    );
  }
  const token =
    stakingToken ??
    predictLaunchAddresses({
      chainId: (await ctx.chain()).id,
      creator: await ctx.sender(),
      salt: spec.salt ?? defaultSalt(spec.symbol),
      ...(ctx.factory ? {factory: ctx.factory} : {}),
    }).token;
  return campaignModule({stakingToken: token, rewardToken, rewards, duration, start: rewards > 0n});
}

/** A staking campaign funded with `rewards` personal tokens, streaming them at once when `start`. */
export function campaignModule(c: {
  stakingToken: Address;
  rewardToken: Address | undefined;
  rewards: bigint;
  duration: bigint;
  start: boolean;
}): LaunchModule {
  return stakingModule({
    tokenAmount: c.rewards,
    config: {
      stakingToken: c.stakingToken,
      ...(c.rewardToken ? {rewardToken: c.rewardToken} : {}),
      duration: Number(c.duration),
      startAtLaunch: c.start,
    },
  });
}

/** Adds a module to a launched token (`launchModule`), funding it from the creator's balance (approve first). */
export async function addModule(
  ctx: Context,
  client: ChainClient,
  factory: Address,
  token: Address,
  module: LaunchModule,
  label: string,
) {
  if (module.tokenAmount > 0n) await ensureAllowance(ctx, await assetInfo(client, token), factory, module.tokenAmount);
  let address: Address | undefined;
  const receipt = await send(ctx, label, async (w) => {
    const result = await launchModule(w, {token, module, factory});
    address = result.module;
    return result.hash;
  });
  // A dry run stops before launchModule returns: the module's address is then the factory's next one for the token.
  const launched =
    address ??
    predictModuleAddress({
      chainId: client.chain.id,
      token,
      implementation: module.implementation,
      index: await getModuleCount(client, {token, factory}),
      factory,
    });
  return {receipt, address: launched};
}
