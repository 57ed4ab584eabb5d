// poll enable|create|vote|relay|cancel|finalize|results: holder polls.
import {
  cancelPoll,
  createPoll,
  finalizePoll,
  getPollResults,
  getRelayResultsFromReceipt,
  pollsModule,
  relayVotes,
  type SignedVote,
  signVote,
  vote,
} from "@personal-token/sdk";
import type {Command} from "commander";
import type {Address, Hash} from "viem";
import type {Context, Wallet} from "../context.js";
import {CliError, UsageError} from "../errors.js";
import {parseSignedMessage, readJsonFile} from "../files.js";
import {formatTime, formatTokens, toJson} from "../format.js";
import {addModule} from "../modules.js";
import {parseId, parseTime} from "../parse.js";
import {moduleArg, tokenArg} from "../registry.js";
import {run} from "../run.js";
import {send, sentHash} from "../transactions.js";

/** Reads signed votes from files: each a signed vote (`poll vote --sign-only`) or a list of them. */
export function readSignedVotes(files: string[]): SignedVote[] {
  const votes: SignedVote[] = [];
  for (const file of files) {
    const parsed = readJsonFile(file);
    for (const [i, item] of (Array.isArray(parsed) ? parsed : [parsed]).entries()) {
      const where = Array.isArray(parsed) ? `${file}[${i}]` : file;
      const {message: vote, signature} = parseSignedMessage(item, where, {
        key: "vote",
        fields: ["pollId", "voter", "option", "nonce"],
        address: "voter",
        emptySignature: true,
      });
      votes.push({vote, signature});
    }
  }
  if (votes.length === 0) throw new UsageError("no votes in the files given");
  return votes;
}

/** An option by index ("1") or label ("yes"). */
function optionIndex(text: string, labels: string[]): bigint {
  if (/^\d+$/.test(text)) {
    const index = BigInt(text);
    if (index >= BigInt(labels.length))
      throw new UsageError(`option: ${text} is out of range (0 to ${labels.length - 1}: ${labels.join(", ")})`);
    return index;
  }
  const index = labels.findIndex((l) => l.toLowerCase() === text.toLowerCase());
  if (index < 0)
    throw new UsageError(`option: "${text}" is not one of ${labels.map((l, i) => `${i}=${l}`).join(", ")}`);
  return BigInt(index);
}

export function register(cli: Command): void {
  const cmd = cli
    .command("poll")
    .description("holder polls: enable, create, vote (or --sign-only), relay, results, cancel, finalize");

  cmd
    .command("enable")
    .argument("<token>")
    .description("add a polls module to your token (creator)")
    .action(run(pollEnable));

  cmd
    .command("create")
    .argument("<polls>", "the holder polls module: its address, or its token's")
    .description("create a poll (creator): 2 to 16 --option, an end")
    .requiredOption("--question <text>", "the question or a URI where it lives")
    .requiredOption("--option <label...>", "an option (repeat: --option yes --option no)")
    .option("--start <time>", "now, +1d, unix seconds or ISO date", "now")
    .requiredOption("--end <time>", "+7d, unix seconds or ISO date")
    .action(run(pollCreate));

  cmd
    .command("vote")
    .argument("<polls>", "the holder polls module: its address, or its token's")
    .argument("<poll>")
    .argument("<option>", "index or label")
    .description("vote with your snapshot balance; --sign-only prints a signed vote for `poll relay`")
    .option("--sign-only", "sign, print the signed vote JSON, send nothing")
    .action(run(pollVote));

  cmd
    .command("relay")
    .argument("<polls>", "the holder polls module: its address, or its token's")
    .argument("<files...>", "signed votes (JSON from `poll vote --sign-only`)")
    .description("submit others' signed votes in one transaction (anyone)")
    .action(run(pollRelay));

  for (const [name, description, done, write] of POLL_ACTIONS) {
    cmd
      .command(name)
      .argument("<polls>", "the holder polls module: its address, or its token's")
      .argument("<poll>")
      .description(description)
      .action(
        run(async (ctx, target: string, pollText: string) => pollAction(ctx, target, pollText, name, done, write)),
      );
  }

  cmd
    .command("results")
    .argument("<polls>", "the holder polls module: its address, or its token's")
    .argument("<poll>")
    .description("tally, winner and turnout")
    .action(run(pollResults));
}

async function pollEnable(ctx: Context, tokenText: string) {
  const {client, factory, token} = await tokenArg(ctx, tokenText);
  const {receipt, address} = await addModule(ctx, client, factory, token, pollsModule(), `add polls to ${token}`);
  ctx.print({token, polls: address, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would add" : "added"} holder polls ${address}`,
  ]);
}

async function pollCreate(
  ctx: Context,
  target: string,
  o: {question: string; option: string[]; start: string; end: string},
) {
  if (o.option.length < 2 || o.option.length > 16)
    throw new UsageError(`--option: give 2 to 16 options, got ${o.option.length}`);
  if (o.question.trim() === "") throw new UsageError("--question: must not be empty");
  const {client, module: polls} = await moduleArg(ctx, target, "polls", "polls");
  const now = (await client.getBlock()).timestamp;
  const start = parseTime(o.start, "--start", now);
  const end = parseTime(o.end, "--end", now);
  // A poll opens the second after its snapshot (taken at creation) at the earliest.
  const opens = start > now ? start : now + 1n;
  if (end <= opens) throw new UsageError(`--end: ${formatTime(end)} is not after the start (${formatTime(opens)})`);
  let pollId: bigint | undefined;
  const receipt = await send(ctx, `create poll "${o.question}"`, async (w) => {
    const result = await createPoll(w, {
      polls,
      questionURI: o.question,
      options: o.option,
      ...(start > now ? {start} : {}),
      end,
    });
    pollId = result.pollId;
    return result.hash;
  });
  ctx.print(
    {
      polls,
      pollId: receipt ? pollId : undefined,
      question: o.question,
      options: o.option,
      start,
      end,
      ...sentHash(receipt),
    },
    [
      receipt
        ? `created poll ${pollId} on ${polls}: ${o.option.length} options, ends ${formatTime(end)}`
        : `would create a poll on ${polls}: ${o.option.length} options, ends ${formatTime(end)}`,
    ],
  );
}

async function pollVote(ctx: Context, target: string, pollText: string, optionText: string, o: {signOnly?: boolean}) {
  const pollId = parseId(pollText, "poll");
  const {client, module: polls} = await moduleArg(ctx, target, "polls", "polls");
  const results = await getPollResults(client, {polls, pollId}).catch((error: unknown) => {
    throw new CliError(`poll ${pollId} on ${polls}: ${(error as {shortMessage?: string}).shortMessage ?? "not found"}`);
  });
  const option = optionIndex(optionText, results.options);
  if (o.signOnly) {
    const signed = await signVote(await ctx.wallet(), {polls, pollId, option});
    process.stdout.write(`${toJson({polls, ...signed})}\n`);
    return;
  }
  const receipt = await send(ctx, `vote "${results.options[Number(option)]}" in poll ${pollId}`, (w) =>
    vote(w, {polls, pollId, option}),
  );
  ctx.print({polls, pollId, option, label: results.options[Number(option)], ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would vote" : "voted"} "${results.options[Number(option)]}" in poll ${pollId}`,
  ]);
}

async function pollRelay(ctx: Context, target: string, files: string[]) {
  const votes = readSignedVotes(files);
  const {module: polls} = await moduleArg(ctx, target, "polls", "polls");
  let checked: Awaited<ReturnType<typeof relayVotes>>["results"] = [];
  const receipt = await send(ctx, `relay ${votes.length} vote(s)`, async (w) => {
    const result = await relayVotes(w, {polls, votes});
    checked = result.results;
    if (!result.hash) {
      throw new CliError(
        `none of the ${votes.length} vote(s) would count: ${result.results.map((r) => r.reason).join("; ")}`,
      );
    }
    return result.hash;
  });
  const mined = receipt ? getRelayResultsFromReceipt(receipt) : undefined;
  const skipped = checked
    .filter((r) => !r.counted)
    .map((r) => ({index: r.index, voter: r.vote.voter, reason: r.reason}));
  ctx.print(
    {
      polls,
      counted: mined ? mined.counted : checked.filter((r) => r.counted).map((r) => r.vote),
      skipped,
      ...sentHash(receipt),
    },
    [
      `${ctx.dryRun ? "would relay" : "relayed"} ${checked.filter((r) => r.counted).length} of ${votes.length} vote(s) to ${polls}`,
      ...skipped.map((s) => `skipped vote ${s.index} (${s.voter}): ${s.reason}`),
    ],
  );
}

type PollWrite = (w: Wallet, parameters: {polls: Address; pollId: bigint}) => Promise<Hash>;

/** The actions on one poll: command, description, what the output says once done, write. */
const POLL_ACTIONS: [string, string, string, PollWrite][] = [
  ["cancel", "cancel a poll nobody voted on (creator)", "cancelled", cancelPoll],
  ["finalize", "record an ended poll's result on-chain (anyone, once)", "finalized", finalizePoll],
];

/** Cancel or finalize one poll. */
async function pollAction(
  ctx: Context,
  target: string,
  pollText: string,
  name: string,
  done: string,
  write: PollWrite,
) {
  const pollId = parseId(pollText, "poll");
  const {module: polls} = await moduleArg(ctx, target, "polls", "polls");
  const receipt = await send(ctx, `${name} poll ${pollId}`, (w) => write(w, {polls, pollId}));
  ctx.print({polls, pollId, action: name, ...sentHash(receipt)}, [
    `${ctx.dryRun ? `would ${name}` : done} poll ${pollId} on ${polls}`,
  ]);
}

async function pollResults(ctx: Context, target: string, pollText: string) {
  const pollId = parseId(pollText, "poll");
  const {client, module: polls} = await moduleArg(ctx, target, "polls", "polls");
  const r = await getPollResults(client, {polls, pollId});
  ctx.print({polls, ...r}, [
    `poll ${pollId}: ${r.question} (${r.state}, ${formatTime(r.start)} → ${formatTime(r.end)})`,
    ...r.options.map((label, i) => `  ${i} ${label}: ${formatTokens(r.tally[i] ?? 0n)}`),
    r.tied ? "no winner (tied)" : `winner: ${r.winner.label}`,
    `turnout: ${formatTokens(r.turnout.votes)} of ${formatTokens(r.turnout.supply)} (${Number(r.turnout.bps) / 100}%), ${r.turnout.voters} voter(s)`,
  ]);
}
