// stake create|fund|stake|withdraw|claim|exit|emergency-withdraw|status: staking campaigns (liquidity mining).
import {
  claimStakingRewards,
  emergencyWithdraw,
  exitStaking,
  getCampaign,
  getStakingPosition,
  notifyRewardAmount,
  STAKING_MAX_DURATION,
  stake,
  withdrawStake,
} from "@personal-token/sdk";
import type {Command} from "commander";
import type {Address, Hash} from "viem";
import {assetInfo} from "../assets.js";
import type {Context, Wallet} from "../context.js";
import {CliError, UsageError} from "../errors.js";
import {formatDuration, formatTime, formatTokens, show} from "../format.js";
import {addModule, campaignModule} from "../modules.js";
import {checkAmountText, parseAddress, parseAmount, parseDuration, TOKEN_DECIMALS} from "../parse.js";
import {moduleArg, tokenArg} from "../registry.js";
import {run} from "../run.js";
import {ensureAllowance, send, sentHash} from "../transactions.js";

async function campaignArg(ctx: Context, text: string) {
  const {client, module: campaign} = await moduleArg(ctx, text, "staking", "campaign");
  const state = await getCampaign(client, {campaign});
  const [stakingAsset, rewardAsset] = await Promise.all([
    assetInfo(client, state.stakingToken),
    assetInfo(client, state.rewardToken),
  ]);
  return {client, campaign, state, stakingAsset, rewardAsset};
}

export function register(cli: Command): void {
  const cmd = cli
    .command("stake")
    .description("staking campaigns (liquidity mining): create, fund, stake, withdraw, claim, exit, status");

  cmd
    .command("create")
    .argument("<token>")
    .description("add a staking campaign to your token (creator)")
    .requiredOption("--duration <duration>", "each reward period, e.g. 30d")
    .option("--staking-token <address>", "what stakers deposit (default: the token itself; e.g. its Uniswap pair)")
    .option("--reward-token <address>", "what is streamed (default: the token itself)")
    .option("--rewards <amount>", "tokens moved from your balance into the campaign now (personal-token rewards)")
    .option("--start", "start streaming the --rewards at once (default: wait for `stake fund`)")
    .action(run(stakeCreate));

  cmd
    .command("fund")
    .argument("<campaign>", "the staking campaign: its address (a token may have several)")
    .argument("<amount>", "reward tokens to add (0: stream what the campaign holds)")
    .description("start or top up the reward period (creator; approves first)")
    .action(run(stakeFund));

  cmd
    .command("stake")
    .argument("<campaign>", "the staking campaign: its address (a token may have several)")
    .argument("<amount>")
    .description("stake (approves first; --permit signs instead)")
    .option("--permit", "sign an EIP-2612 permit: one transaction")
    .option("--for <address>", "credit another account")
    .action(run(stakeDeposit));

  cmd
    .command("withdraw")
    .argument("<campaign>", "the staking campaign: its address (a token may have several)")
    .argument("<amount>")
    .description("take stake back (rewards stay to claim)")
    .action(run(stakeWithdraw));

  for (const [name, description, verb, write] of POSITION_ACTIONS) {
    cmd
      .command(name)
      .argument("<campaign>", "the staking campaign: its address (a token may have several)")
      .description(description)
      .action(run(async (ctx, target: string) => positionAction(ctx, target, name, verb, write)));
  }

  cmd
    .command("status")
    .argument("<campaign>", "the staking campaign: its address (a token may have several)")
    .description("the campaign and (with --account) a position")
    .option("--account <address>")
    .action(run(stakeStatus));
}

async function stakeCreate(
  ctx: Context,
  tokenText: string,
  o: {duration: string; stakingToken?: string; rewardToken?: string; rewards?: string; start?: boolean},
) {
  const duration = parseDuration(o.duration, "--duration");
  if (duration > BigInt(STAKING_MAX_DURATION)) {
    throw new UsageError(
      `--duration: ${o.duration} is longer than a campaign's maximum of ${formatDuration(BigInt(STAKING_MAX_DURATION))} (10 years)`,
    );
  }
  const stakingToken = o.stakingToken === undefined ? undefined : parseAddress(o.stakingToken, "--staking-token");
  const rewardToken = o.rewardToken === undefined ? undefined : parseAddress(o.rewardToken, "--reward-token");
  const rewards =
    o.rewards === undefined
      ? 0n
      : parseAmount(o.rewards, TOKEN_DECIMALS, {field: "--rewards", raw: ctx.options.raw === true});
  if (o.start && rewards === 0n) throw new UsageError("--start needs --rewards");
  if (rewards > 0n && rewardToken)
    throw new UsageError(
      "--rewards fund the campaign in the personal token: leave --reward-token out, or fund later with `stake fund`",
    );
  const {client, factory, token} = await tokenArg(ctx, tokenText);
  const module = campaignModule({
    stakingToken: stakingToken ?? token,
    rewardToken,
    rewards,
    duration,
    start: o.start === true,
  });
  const {receipt, address} = await addModule(
    ctx,
    client,
    factory,
    token,
    module,
    `create a staking campaign on ${token}`,
  );
  ctx.print({token, campaign: address, stakingToken: stakingToken ?? token, rewards, duration, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would create" : "created"} staking campaign ${address} (periods of ${formatDuration(duration)}${rewards ? `, ${formatTokens(rewards)} tokens of rewards` : ""})`,
  ]);
}

async function stakeFund(ctx: Context, target: string, amountText: string) {
  checkAmountText(amountText, "amount");
  const {campaign, rewardAsset} = await campaignArg(ctx, target);
  const amount = parseAmount(amountText, rewardAsset.decimals, {
    field: "amount",
    raw: ctx.options.raw === true,
    allowZero: true,
  });
  if (amount > 0n) await ensureAllowance(ctx, rewardAsset, campaign, amount);
  const receipt = await send(ctx, `fund ${show(amount, rewardAsset)}`, (w) =>
    notifyRewardAmount(w, {campaign, amount}),
  );
  const after = ctx.dryRun ? undefined : await getCampaign(await ctx.client(), {campaign});
  ctx.print(
    {
      campaign,
      amount,
      ...(after ? {periodFinish: after.periodFinish, rewardForDuration: after.rewardForDuration} : {}),
      ...sentHash(receipt),
    },
    [
      `${ctx.dryRun ? "would fund" : "funded"} ${campaign} with ${show(amount, rewardAsset)}${after ? `: ${show(after.rewardForDuration, rewardAsset)} streaming until ${formatTime(after.periodFinish)}` : ""}`,
    ],
  );
}

async function stakeDeposit(ctx: Context, target: string, amountText: string, o: {permit?: boolean; for?: string}) {
  const beneficiary = o.for === undefined ? undefined : parseAddress(o.for, "--for");
  if (o.permit && beneficiary)
    throw new UsageError("--permit cannot be combined with --for: the permit stakes for the signer");
  checkAmountText(amountText, "amount");
  const {campaign, stakingAsset} = await campaignArg(ctx, target);
  const amount = parseAmount(amountText, stakingAsset.decimals, {field: "amount", raw: ctx.options.raw === true});
  if (!o.permit) await ensureAllowance(ctx, stakingAsset, campaign, amount);
  const receipt = await send(ctx, `stake ${show(amount, stakingAsset)}`, (w) =>
    stake(w, {campaign, amount, permit: o.permit === true, ...(beneficiary ? {for: beneficiary} : {})}),
  );
  ctx.print({campaign, amount, for: beneficiary ?? (await ctx.sender()), ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would stake" : "staked"} ${show(amount, stakingAsset)} in ${campaign}`,
  ]);
}

async function stakeWithdraw(ctx: Context, target: string, amountText: string) {
  checkAmountText(amountText, "amount");
  const {client, campaign, stakingAsset} = await campaignArg(ctx, target);
  const amount = parseAmount(amountText, stakingAsset.decimals, {field: "amount", raw: ctx.options.raw === true});
  const {balance} = await getStakingPosition(client, {campaign, account: await ctx.sender()});
  if (amount > balance)
    throw new CliError(
      `you have ${show(balance, stakingAsset)} staked, asked to withdraw ${show(amount, stakingAsset)}`,
    );
  const receipt = await send(ctx, `withdraw ${show(amount, stakingAsset)}`, (w) =>
    withdrawStake(w, {campaign, amount}),
  );
  ctx.print({campaign, amount, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would withdraw" : "withdrew"} ${show(amount, stakingAsset)} from ${campaign}`,
  ]);
}

type PositionWrite = (w: Wallet, parameters: {campaign: Address}) => Promise<Hash>;

/** The actions on the sender's whole position: command, description, verb (in progress and output), write. */
const POSITION_ACTIONS: [string, string, string, PositionWrite][] = [
  ["claim", "claim the rewards earned, keep the stake", "claim rewards", claimStakingRewards],
  ["exit", "withdraw the whole stake and claim every reward", "exit", exitStaking],
  [
    "emergency-withdraw",
    "take the stake back without the rewards (e.g. a frozen reward token)",
    "emergency withdraw",
    emergencyWithdraw,
  ],
];

/** Claim, exit or emergency-withdraw: refused when the sender has neither stake nor rewards. */
async function positionAction(ctx: Context, target: string, name: string, verb: string, write: PositionWrite) {
  const {client, campaign, stakingAsset, rewardAsset} = await campaignArg(ctx, target);
  const position = await getStakingPosition(client, {campaign, account: await ctx.sender()});
  if (position.balance === 0n && position.earned === 0n)
    throw new CliError(`${await ctx.sender()} has no stake and no rewards in ${campaign}`);
  const receipt = await send(
    ctx,
    `${verb} (${show(position.balance, stakingAsset)} staked, ${show(position.earned, rewardAsset)} earned)`,
    (w) => write(w, {campaign}),
  );
  ctx.print({campaign, action: name, staked: position.balance, earned: position.earned, ...sentHash(receipt)}, [
    `${ctx.dryRun ? `would ${verb}` : `${verb}:`} ${show(position.balance, stakingAsset)} staked, ${show(position.earned, rewardAsset)} earned, on ${campaign}`,
  ]);
}

async function stakeStatus(ctx: Context, target: string, o: {account?: string}) {
  const account = o.account === undefined ? undefined : parseAddress(o.account, "--account");
  const {client, campaign, state, stakingAsset, rewardAsset} = await campaignArg(ctx, target);
  const position = account ? await getStakingPosition(client, {campaign, account}) : undefined;
  ctx.print({...state, ...(position ? {account, position} : {})}, [
    `staking campaign ${campaign} (token ${state.token})`,
    `staked:   ${show(state.totalStaked, stakingAsset)} in total`,
    `rewards:  ${state.active ? `${state.rewardPerSecondFormatted} ${rewardAsset.symbol}/s until ${formatTime(state.periodFinish)}` : "not streaming"}; ${show(state.rewardReserve, rewardAsset)} reserved, ${show(state.unallocated, rewardAsset)} unallocated`,
    `period:   ${formatDuration(state.duration)}`,
    ...(position
      ? [`${account}: ${show(position.balance, stakingAsset)} staked, ${show(position.earned, rewardAsset)} earned`]
      : []),
  ]);
}
