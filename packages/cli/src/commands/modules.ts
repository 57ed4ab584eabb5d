// stake … (staking campaigns) and poll … (holder polls).
import {readFileSync} from "node:fs";
import {
  cancelPoll,
  claimStakingRewards,
  createPoll,
  emergencyWithdraw,
  exitStaking,
  finalizePoll,
  getCampaign,
  getModuleCount,
  getPollResults,
  getRelayResultsFromReceipt,
  getStakingPosition,
  launchModule,
  notifyRewardAmount,
  pollsModule,
  predictModuleAddress,
  relayVotes,
  type SignedVote,
  signVote,
  stake,
  stakingModule,
  vote,
  withdrawStake,
} from "@personal-token/sdk";
import type {Command} from "commander";
import {type Address, type Hash, isHex, type PublicClient} from "viem";
import {run} from "../run.js";
import type {Context, Wallet} from "../context.js";
import {parseAddress, TOKEN_DECIMALS} from "../config.js";
import {CliError, UsageError} from "../errors.js";
import {factoryFor} from "../registry.js";
import {checkAmountText, formatAmount, formatDuration, formatTime, parseAmount, parseDuration, parseId, parseTime} from "../units.js";
import {assetInfo, ensureAllowance, moduleArg, show} from "./common.js";

const fmt = (v: bigint) => formatAmount(v, TOKEN_DECIMALS);
const tx = (receipt: {transactionHash: Hash} | undefined) => (receipt ? {transactionHash: receipt.transactionHash} : {});

/** The token a module or module-less command targets: a launched token created by the sender (checked on-chain). */
async function tokenArg(ctx: Context, text: string) {
  const token = parseAddress(text, "token");
  const client = await ctx.client();
  const factory = factoryFor(client.chain!.id, ctx.factory);
  return {client, factory, token};
}

/** Adds a module to a launched token (`launchModule`), funding it from the creator's balance (approve first). */
async function addModule(ctx: Context, client: PublicClient, factory: Address, token: Address, module: Parameters<typeof launchModule>[1]["module"], label: string) {
  if (module.tokenAmount > 0n) await ensureAllowance(ctx, await assetInfo(client, token), factory, module.tokenAmount);
  let address: Address | undefined;
  const receipt = await ctx.send(label, async (w) => {
    const result = await launchModule(w, {token, module, factory});
    address = result.module;
    return result.hash;
  });
  if (!address) {
    // A dry run stopped before launchModule returned: the module's address is the factory's next one for the token.
    const index = await getModuleCount(client, {token, factory});
    address = predictModuleAddress({chainId: client.chain!.id, token, implementation: module.implementation, index, factory});
  }
  return {receipt, address: address!};
}

// ------------------------------------------------------------------------------------------------------ stake

async function campaignArg(ctx: Context, text: string) {
  const {client, module: campaign} = await moduleArg(ctx, text, "staking", "campaign");
  const state = await getCampaign(client, {campaign});
  const [stakingAsset, rewardAsset] = await Promise.all([assetInfo(client, state.stakingToken), assetInfo(client, state.rewardToken)]);
  return {client, campaign, state, stakingAsset, rewardAsset};
}

export function registerStake(cli: Command): void {
  const cmd = cli.command("stake").description("staking campaigns (liquidity mining): create, fund, stake, withdraw, claim, exit, status");

  cmd.command("create").argument("<token>").description("add a staking campaign to your token (creator)")
    .requiredOption("--duration <duration>", "each reward period, e.g. 30d")
    .option("--staking-token <address>", "what stakers deposit (default: the token itself; e.g. its Uniswap pair)")
    .option("--reward-token <address>", "what is streamed (default: the token itself)")
    .option("--rewards <amount>", "tokens moved from your balance into the campaign now (personal-token rewards)")
    .option("--start", "start streaming the --rewards at once (default: wait for `stake fund`)")
    .action(run(async (ctx, tokenText: string, o: {duration: string; stakingToken?: string; rewardToken?: string; rewards?: string; start?: boolean}) => {
      const duration = parseDuration(o.duration, "--duration");
      const stakingToken = o.stakingToken === undefined ? undefined : parseAddress(o.stakingToken, "--staking-token");
      const rewardToken = o.rewardToken === undefined ? undefined : parseAddress(o.rewardToken, "--reward-token");
      const rewards = o.rewards === undefined ? 0n : parseAmount(o.rewards, TOKEN_DECIMALS, {field: "--rewards", raw: ctx.options.raw === true});
      if (o.start && rewards === 0n) throw new UsageError("--start needs --rewards");
      if (rewards > 0n && rewardToken) throw new UsageError("--rewards fund the campaign in the personal token: leave --reward-token out, or fund later with `stake fund`");
      const {client, factory, token} = await tokenArg(ctx, tokenText);
      const module = stakingModule({
        tokenAmount: rewards,
        config: {stakingToken: stakingToken ?? token, ...(rewardToken ? {rewardToken} : {}), duration: Number(duration), startAtLaunch: o.start === true},
      });
      const {receipt, address} = await addModule(ctx, client, factory, token, module, `create a staking campaign on ${token}`);
      ctx.print({token, campaign: address, stakingToken: stakingToken ?? token, rewards, duration, ...tx(receipt)}, [
        `${ctx.dryRun ? "would create" : "created"} staking campaign ${address} (periods of ${formatDuration(duration)}${rewards ? `, ${fmt(rewards)} tokens of rewards` : ""})`,
      ]);
    }));

  cmd.command("fund").argument("<campaign>").argument("<amount>", "reward tokens to add (0: stream what the campaign holds)")
    .description("start or top up the reward period (creator; approves first)")
    .action(run(async (ctx, target: string, amountText: string) => {
      checkAmountText(amountText, "amount");
      const {campaign, rewardAsset} = await campaignArg(ctx, target);
      const amount = parseAmount(amountText, rewardAsset.decimals, {field: "amount", raw: ctx.options.raw === true, allowZero: true});
      if (amount > 0n) await ensureAllowance(ctx, rewardAsset, campaign, amount);
      const receipt = await ctx.send(`fund ${show(amount, rewardAsset)}`, (w) => notifyRewardAmount(w, {campaign, amount}));
      const after = ctx.dryRun ? undefined : await getCampaign(await ctx.client(), {campaign});
      ctx.print({campaign, amount, ...(after ? {periodFinish: after.periodFinish, rewardForDuration: after.rewardForDuration} : {}), ...tx(receipt)}, [
        `${ctx.dryRun ? "would fund" : "funded"} ${campaign} with ${show(amount, rewardAsset)}${after ? `: ${show(after.rewardForDuration, rewardAsset)} streaming until ${formatTime(after.periodFinish)}` : ""}`,
      ]);
    }));

  cmd.command("stake").argument("<campaign>").argument("<amount>")
    .description("stake (approves first; --permit signs instead)")
    .option("--permit", "sign an EIP-2612 permit: one transaction").option("--for <address>", "credit another account")
    .action(run(async (ctx, target: string, amountText: string, o: {permit?: boolean; for?: string}) => {
      const beneficiary = o.for === undefined ? undefined : parseAddress(o.for, "--for");
      if (o.permit && beneficiary) throw new UsageError("--permit cannot be combined with --for: the permit stakes for the signer");
      checkAmountText(amountText, "amount");
      const {campaign, stakingAsset} = await campaignArg(ctx, target);
      const amount = parseAmount(amountText, stakingAsset.decimals, {field: "amount", raw: ctx.options.raw === true});
      if (!o.permit) await ensureAllowance(ctx, stakingAsset, campaign, amount);
      const receipt = await ctx.send(`stake ${show(amount, stakingAsset)}`, (w) =>
        stake(w, {campaign, amount, permit: o.permit === true, ...(beneficiary ? {for: beneficiary} : {})}),
      );
      ctx.print({campaign, amount, for: beneficiary ?? (await ctx.sender()), ...tx(receipt)}, [`${ctx.dryRun ? "would stake" : "staked"} ${show(amount, stakingAsset)} in ${campaign}`]);
    }));

  cmd.command("withdraw").argument("<campaign>").argument("<amount>").description("take stake back (rewards stay to claim)")
    .action(run(async (ctx, target: string, amountText: string) => {
      checkAmountText(amountText, "amount");
      const {client, campaign, stakingAsset} = await campaignArg(ctx, target);
      const amount = parseAmount(amountText, stakingAsset.decimals, {field: "amount", raw: ctx.options.raw === true});
      const {balance} = await getStakingPosition(client, {campaign, account: await ctx.sender()});
      if (amount > balance) throw new CliError(`you have ${show(balance, stakingAsset)} staked, asked to withdraw ${show(amount, stakingAsset)}`);
      const receipt = await ctx.send(`withdraw ${show(amount, stakingAsset)}`, (w) => withdrawStake(w, {campaign, amount}));
      ctx.print({campaign, amount, ...tx(receipt)}, [`${ctx.dryRun ? "would withdraw" : "withdrew"} ${show(amount, stakingAsset)} from ${campaign}`]);
    }));

  const simple = (name: string, description: string, verb: string, write: (w: Wallet, campaign: Address) => Promise<Hash>) =>
    cmd.command(name).argument("<campaign>").description(description)
      .action(run(async (ctx, target: string) => {
        const {client, campaign, stakingAsset, rewardAsset} = await campaignArg(ctx, target);
        const position = await getStakingPosition(client, {campaign, account: await ctx.sender()});
        if (position.balance === 0n && position.earned === 0n) throw new CliError(`${await ctx.sender()} has no stake and no rewards in ${campaign}`);
        const receipt = await ctx.send(`${verb} (${show(position.balance, stakingAsset)} staked, ${show(position.earned, rewardAsset)} earned)`, (w) => write(w, campaign));
        ctx.print({campaign, action: name, staked: position.balance, earned: position.earned, ...tx(receipt)}, [
          `${ctx.dryRun ? `would ${verb}` : `${verb}:`} ${show(position.balance, stakingAsset)} staked, ${show(position.earned, rewardAsset)} earned, on ${campaign}`,
        ]);
      }));
  simple("claim", "claim the rewards earned, keep the stake", "claim rewards", (w, campaign) => claimStakingRewards(w, {campaign}));
  simple("exit", "withdraw the whole stake and claim every reward", "exit", (w, campaign) => exitStaking(w, {campaign}));
  simple("emergency-withdraw", "take the stake back without the rewards (e.g. a frozen reward token)", "emergency withdraw", (w, campaign) => emergencyWithdraw(w, {campaign}));

  cmd.command("status").argument("<campaign>").description("the campaign and (with --account) a position")
    .option("--account <address>")
    .action(run(async (ctx, target: string, o: {account?: string}) => {
      const account = o.account === undefined ? undefined : parseAddress(o.account, "--account");
      const {client, campaign, state, stakingAsset, rewardAsset} = await campaignArg(ctx, target);
      const position = account ? await getStakingPosition(client, {campaign, account}) : undefined;
      ctx.print({...state, ...(position ? {account, position} : {})}, [
        `staking campaign ${campaign} (token ${state.token})`,
        `staked:   ${show(state.totalStaked, stakingAsset)} in total`,
        `rewards:  ${state.active ? `${state.rewardPerSecondFormatted} ${rewardAsset.symbol}/s until ${formatTime(state.periodFinish)}` : "not streaming"}; ${show(state.rewardReserve, rewardAsset)} reserved, ${show(state.unallocated, rewardAsset)} unallocated`,
        `period:   ${formatDuration(state.duration)}`,
        ...(position ? [`${account}: ${show(position.balance, stakingAsset)} staked, ${show(position.earned, rewardAsset)} earned`] : []),
      ]);
    }));
}

// ------------------------------------------------------------------------------------------------------ poll

const jsonOut = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));

/** Reads signed votes from files: each a signed vote (`poll vote --sign-only`) or a list of them. */
export function readSignedVotes(files: string[]): SignedVote[] {
  const votes: SignedVote[] = [];
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new UsageError(`${file}: ${(error as NodeJS.ErrnoException).code ? `cannot read (${(error as NodeJS.ErrnoException).code})` : "is not JSON"}`);
    }
    for (const [i, item] of (Array.isArray(parsed) ? parsed : [parsed]).entries()) {
      const where = Array.isArray(parsed) ? `${file}[${i}]` : file;
      const v = (item as {vote?: Record<string, unknown>})?.vote;
      const signature = (item as {signature?: unknown})?.signature;
      const int = (x: unknown) => (typeof x === "string" || typeof x === "number") && /^\d+$/.test(String(x));
      if (!v || !int(v.pollId) || !int(v.option) || !int(v.nonce) || typeof v.voter !== "string" || typeof signature !== "string" || !isHex(signature)) {
        throw new UsageError(`${where}: not a signed vote ({"vote": {"pollId", "voter", "option", "nonce"}, "signature"})`);
      }
      votes.push({
        vote: {pollId: BigInt(v.pollId as string), voter: parseAddress(v.voter, `${where}.vote.voter`), option: BigInt(v.option as string), nonce: BigInt(v.nonce as string)},
        signature,
      });
    }
  }
  if (votes.length === 0) throw new UsageError("no votes in the files given");
  return votes;
}

/** An option by index ("1") or label ("yes"). */
function optionIndex(text: string, labels: string[]): bigint {
  if (/^\d+$/.test(text)) {
    const index = BigInt(text);
    if (index >= BigInt(labels.length)) throw new UsageError(`option: ${text} is out of range (0 to ${labels.length - 1}: ${labels.join(", ")})`);
    return index;
  }
  const index = labels.findIndex((l) => l.toLowerCase() === text.toLowerCase());
  if (index < 0) throw new UsageError(`option: "${text}" is not one of ${labels.map((l, i) => `${i}=${l}`).join(", ")}`);
  return BigInt(index);
}

export function registerPoll(cli: Command): void {
  const cmd = cli.command("poll").description("holder polls: enable, create, vote (or --sign-only), relay, results, cancel, finalize");

  cmd.command("enable").argument("<token>").description("add a polls module to your token (creator)")
    .action(run(async (ctx, tokenText: string) => {
      const {client, factory, token} = await tokenArg(ctx, tokenText);
      const {receipt, address} = await addModule(ctx, client, factory, token, pollsModule(), `add polls to ${token}`);
      ctx.print({token, polls: address, ...tx(receipt)}, [`${ctx.dryRun ? "would add" : "added"} holder polls ${address}`]);
    }));

  cmd.command("create").argument("<polls>").description("create a poll (creator): 2 to 16 --option, an end")
    .requiredOption("--question <text>", "the question or a URI where it lives")
    .requiredOption("--option <label...>", "an option (repeat: --option yes --option no)")
    .option("--start <time>", "now, +1d, unix seconds or ISO date", "now")
    .requiredOption("--end <time>", "+7d, unix seconds or ISO date")
    .action(run(async (ctx, target: string, o: {question: string; option: string[]; start: string; end: string}) => {
      if (o.option.length < 2 || o.option.length > 16) throw new UsageError(`--option: give 2 to 16 options, got ${o.option.length}`);
      if (o.question.trim() === "") throw new UsageError("--question: must not be empty");
      const {client, module: polls} = await moduleArg(ctx, target, "polls", "polls");
      const now = (await client.getBlock()).timestamp;
      const start = parseTime(o.start, "--start", now);
      const end = parseTime(o.end, "--end", now);
      if (end <= (start > now ? start : now)) throw new UsageError(`--end: ${formatTime(end)} is not after the start (${formatTime(start > now ? start : now)})`);
      let pollId: bigint | undefined;
      const receipt = await ctx.send(`create poll "${o.question}"`, async (w) => {
        const result = await createPoll(w, {polls, questionURI: o.question, options: o.option, ...(start > now ? {start} : {}), end});
        pollId = result.pollId;
        return result.hash;
      });
      ctx.print({polls, pollId: receipt ? pollId : undefined, question: o.question, options: o.option, start, end, ...tx(receipt)}, [
        receipt ? `created poll ${pollId} on ${polls}: ${o.option.length} options, ends ${formatTime(end)}` : `would create a poll on ${polls}: ${o.option.length} options, ends ${formatTime(end)}`,
      ]);
    }));

  cmd.command("vote").argument("<polls>").argument("<poll>").argument("<option>", "index or label")
    .description("vote with your snapshot balance; --sign-only prints a signed vote for `poll relay`")
    .option("--sign-only", "sign, print the signed vote JSON, send nothing")
    .action(run(async (ctx, target: string, pollText: string, optionText: string, o: {signOnly?: boolean}) => {
      const pollId = parseId(pollText, "poll");
      const {client, module: polls} = await moduleArg(ctx, target, "polls", "polls");
      const results = await getPollResults(client, {polls, pollId}).catch((error: unknown) => {
        throw new CliError(`poll ${pollId} on ${polls}: ${(error as {shortMessage?: string}).shortMessage ?? "not found"}`);
      });
      const option = optionIndex(optionText, results.options);
      if (o.signOnly) {
        const signed = await signVote(await ctx.wallet(), {polls, pollId, option});
        process.stdout.write(`${jsonOut({polls, ...signed})}\n`);
        return;
      }
      const receipt = await ctx.send(`vote "${results.options[Number(option)]}" in poll ${pollId}`, (w) => vote(w, {polls, pollId, option}));
      ctx.print({polls, pollId, option, label: results.options[Number(option)], ...tx(receipt)}, [
        `${ctx.dryRun ? "would vote" : "voted"} "${results.options[Number(option)]}" in poll ${pollId}`,
      ]);
    }));

  cmd.command("relay").argument("<polls>").argument("<files...>", "signed votes (JSON from `poll vote --sign-only`)")
    .description("submit others' signed votes in one transaction (anyone)")
    .action(run(async (ctx, target: string, files: string[]) => {
      const votes = readSignedVotes(files);
      const {module: polls} = await moduleArg(ctx, target, "polls", "polls");
      let checked: Awaited<ReturnType<typeof relayVotes>>["results"] = [];
      const receipt = await ctx.send(`relay ${votes.length} vote(s)`, async (w) => {
        const result = await relayVotes(w, {polls, votes});
        checked = result.results;
        if (!result.hash) {
          throw new CliError(`none of the ${votes.length} vote(s) would count: ${result.results.map((r) => r.reason).join("; ")}`);
        }
        return result.hash;
      });
      const mined = receipt ? getRelayResultsFromReceipt(receipt) : undefined;
      const skipped = checked.filter((r) => !r.counted).map((r) => ({index: r.index, voter: r.vote.voter, reason: r.reason}));
      ctx.print({polls, counted: mined ? mined.counted : checked.filter((r) => r.counted).map((r) => r.vote), skipped, ...tx(receipt)}, [
        `${ctx.dryRun ? "would relay" : "relayed"} ${checked.filter((r) => r.counted).length} of ${votes.length} vote(s) to ${polls}`,
        ...skipped.map((s) => `skipped vote ${s.index} (${s.voter}): ${s.reason}`),
      ]);
    }));

  for (const [name, description, write] of [
    ["cancel", "cancel a poll nobody voted on (creator)", cancelPoll],
    ["finalize", "record an ended poll's result on-chain (anyone, once)", finalizePoll],
  ] as const) {
    cmd.command(name).argument("<polls>").argument("<poll>").description(description)
      .action(run(async (ctx, target: string, pollText: string) => {
        const pollId = parseId(pollText, "poll");
        const {module: polls} = await moduleArg(ctx, target, "polls", "polls");
        const receipt = await ctx.send(`${name} poll ${pollId}`, (w) => write(w, {polls, pollId}));
        ctx.print({polls, pollId, action: name, ...tx(receipt)}, [`${ctx.dryRun ? `would ${name}` : `${name === "cancel" ? "cancelled" : "finalized"}`} poll ${pollId} on ${polls}`]);
      }));
  }

  cmd.command("results").argument("<polls>").argument("<poll>").description("tally, winner and turnout")
    .action(run(async (ctx, target: string, pollText: string) => {
      const pollId = parseId(pollText, "poll");
      const {client, module: polls} = await moduleArg(ctx, target, "polls", "polls");
      const r = await getPollResults(client, {polls, pollId});
      ctx.print({polls, ...r}, [
        `poll ${pollId}: ${r.question} (${r.state}, ${formatTime(r.start)} → ${formatTime(r.end)})`,
        ...r.options.map((label, i) => `  ${i} ${label}: ${fmt(r.tally[i] ?? 0n)}`),
        r.tied ? "no winner (tied)" : `winner: ${r.winner.label}`,
        `turnout: ${fmt(r.turnout.votes)} of ${fmt(r.turnout.supply)} (${Number(r.turnout.bps) / 100}%), ${r.turnout.voters} voter(s)`,
      ]);
    }));
}

