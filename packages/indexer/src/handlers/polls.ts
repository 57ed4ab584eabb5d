// Holder polls (HolderPolls): polls, votes (direct, signed, relayed), skipped relayed votes, cancellations and results.
// Everything about polls is in this file, so a change of the polls contract's events is a change here (and in the
// poll and pollVote tables of ponder.schema.ts).

import {ponder} from "ponder:registry";
import {poll, pollVote} from "ponder:schema";
import {holderPollsAbi} from "@personal-token/sdk";
import {decodeFunctionData} from "viem";
import {type AnyEvent, type Ctx, lower, type ModuleRef, moduleOf, recordModuleActivity} from "./shared";

const pollsOf = (ctx: Ctx, event: AnyEvent) => moduleOf(ctx, event, "polls");

/** The key of one poll's row. */
const pollKey = (ctx: Ctx, polls: ModuleRef, pollId: bigint) => ({
  chainId: ctx.chain.id,
  polls: polls.address,
  pollId: Number(pollId),
});

/** How a vote reached the contract: the function the transaction called, when it called the polls contract. */
function voteMethod(event: AnyEvent, voter: string): "direct" | "signed" | "relayed" {
  if (event.transaction.to && lower(event.transaction.to) === lower(event.log.address)) {
    try {
      const {functionName} = decodeFunctionData({abi: holderPollsAbi, data: event.transaction.input});
      if (functionName === "voteBySig") return "signed";
      if (functionName === "relayVotes") return "relayed";
      if (functionName === "vote") return "direct";
    } catch {
      // Not a polls call (a proxy or a batch): fall through.
    }
  }
  return lower(event.transaction.from) === lower(voter) ? "direct" : "relayed";
}

/** Adds `delta` to option `option`'s tally. */
const addTally = (tallies: string[], option: number, delta: bigint) =>
  tallies.map((t, i) => (i === option ? (BigInt(t) + delta).toString() : t));

ponder.on("HolderPolls:PollCreated", async ({event, context}) => {
  const polls = await pollsOf(context, event);
  if (!polls) return;
  const {pollId, questionURI, options, start, end, snapshot} = event.args;
  await context.db.insert(poll).values({
    ...pollKey(context, polls, pollId),
    token: polls.token,
    questionURI,
    options: [...options],
    start: BigInt(start),
    end: BigInt(end),
    snapshot: BigInt(snapshot),
    state: "created",
    tallies: options.map(() => "0"),
  });
  await recordModuleActivity(context, event, polls, {kind: "poll", detail: {pollId, questionURI, options, start, end}});
});

ponder.on("HolderPolls:PollCancelled", async ({event, context}) => {
  const polls = await pollsOf(context, event);
  if (!polls) return;
  await context.db.update(poll, pollKey(context, polls, event.args.pollId)).set({state: "cancelled"});
  await recordModuleActivity(context, event, polls, {kind: "poll-cancelled", detail: {pollId: event.args.pollId}});
});

ponder.on("HolderPolls:VoteCast", async ({event, context}) => {
  const polls = await pollsOf(context, event);
  if (!polls) return;
  const {pollId, voter, option, weight} = event.args;
  const method = voteMethod(event, voter);
  const key = pollKey(context, polls, pollId);
  await context.db.insert(pollVote).values({...key, voter: lower(voter), option: Number(option), weight, method});
  await context.db.update(poll, key).set((row) => ({
    tallies: addTally(row.tallies, Number(option), weight),
    voterCount: row.voterCount + 1,
    totalVotes: row.totalVotes + weight,
  }));
  await recordModuleActivity(context, event, polls, {
    kind: "vote",
    account: voter,
    amount: weight,
    detail: {pollId, option, method},
  });
});

ponder.on("HolderPolls:VoteChanged", async ({event, context}) => {
  const polls = await pollsOf(context, event);
  if (!polls) return;
  const {pollId, voter, previousOption, option, weight} = event.args;
  const method = voteMethod(event, voter);
  const key = pollKey(context, polls, pollId);
  await context.db
    .update(pollVote, {...key, voter: lower(voter)})
    .set((row) => ({option: Number(option), weight, method, changes: row.changes + 1}));
  await context.db.update(poll, key).set((row) => ({
    tallies: addTally(addTally(row.tallies, Number(previousOption), -weight), Number(option), weight),
  }));
  await recordModuleActivity(context, event, polls, {
    kind: "vote-changed",
    account: voter,
    amount: weight,
    detail: {pollId, previousOption, option, method},
  });
});

ponder.on("HolderPolls:VoteSkipped", async ({event, context}) => {
  const polls = await pollsOf(context, event);
  if (!polls) return;
  const {index, pollId, voter, reason} = event.args;
  await context.db.update(poll, pollKey(context, polls, pollId)).set((row) => ({skipped: row.skipped + 1}));
  await recordModuleActivity(context, event, polls, {
    kind: "vote-skipped",
    account: voter,
    detail: {pollId, index, reason},
  });
});

ponder.on("HolderPolls:PollFinalized", async ({event, context}) => {
  const polls = await pollsOf(context, event);
  if (!polls) return;
  const {pollId, winningOption, tied, winningVotes, totalVotes, totalSupply} = event.args;
  await context.db
    .update(poll, pollKey(context, polls, pollId))
    .set({state: "finalized", winningOption: Number(winningOption), tied, totalSupply});
  await recordModuleActivity(context, event, polls, {
    kind: "poll-finalized",
    amount: winningVotes,
    detail: {pollId, winningOption, tied, totalVotes, totalSupply},
  });
});
