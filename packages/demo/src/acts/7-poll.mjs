// Act 7: "Control My Life". Alex asks his holders what he should do every day in June; 12 vote directly, 20 sign
// their votes and a relayer submits them in one transaction; anyone finalizes once voting closes.

import {createPoll, finalizePoll, getPollResults, relayVotes, signVote, vote} from "@personal-token/sdk";
import {range, StepError} from "../context.mjs";
import {
  BUYERS,
  DAY,
  NO_SUGAR,
  POLL_DAYS,
  POLL_OPTIONS,
  POLL_QUESTION,
  READ,
  RUN,
  SMALL_BUYERS,
  WAKE_UP,
} from "../figures.mjs";
import {amount} from "../report.mjs";

/** Runs a 7-day poll on `polls` from `start`. */
export async function pollHolders({publicClient, report, alex, alice, buyers, relayer, step, warpTo}, {polls, start}) {
  report.act('Act 7. "Control My Life": the holders choose Alex\'s June habit');
  const pollEnd = start + POLL_DAYS * DAY;
  let pollId;
  await step(`Alex asks "${POLL_QUESTION}" (4 options, 7 days)`, async () => {
    const created = await createPoll(alex, {polls, questionURI: POLL_QUESTION, options: POLL_OPTIONS, end: pollEnd});
    pollId = created.pollId;
    return created.hash;
  });
  // The poll's snapshot records balances at the end of the creating second; voting opens the second after.
  const {start: opens} = await getPollResults(publicClient, {polls, pollId});
  await warpTo(opens, "the snapshot is final: voting opens");
  // Direct votes: no ALEX moves, so they go out at once.
  const direct = [
    [alice, RUN],
    [buyers[0], NO_SUGAR], // buyer 01 changes their mind below, with a signed vote
    ...range(SMALL_BUYERS, SMALL_BUYERS + 5).map((i) => [buyers[i], READ]),
    ...range(SMALL_BUYERS + 5, SMALL_BUYERS + 8).map((i) => [buyers[i], WAKE_UP]),
    ...range(SMALL_BUYERS + 8, BUYERS).map((i) => [buyers[i], NO_SUGAR]),
  ];
  await step(`${direct.length} holders vote directly (alice, buyers 01 and 21-30)`, () =>
    direct.map(([client, option]) => vote(client, {polls, pollId, option})),
  );
  const signed = await Promise.all(
    range(0, SMALL_BUYERS).map((i) => signVote(buyers[i], {polls, pollId, option: RUN})),
  );
  report.line(
    `buyers 01-20 sign "${POLL_OPTIONS[RUN]}" in their wallets (EIP-712, no gas); buyer 01's replaces a direct vote`,
  );
  const [relayReceipt] = await step("the relayer submits the 20 signed votes in one transaction", async () => {
    const relayed = await relayVotes(relayer, {polls, votes: signed});
    const skipped = relayed.results.filter((r) => !r.counted);
    if (skipped.length > 0)
      throw new StepError(`${skipped.length} signed votes would be skipped: ${skipped[0].reason}`);
    return relayed.hash;
  });
  await warpTo(pollEnd, "voting closed");
  await step("anyone finalizes the poll (here the relayer)", () => finalizePoll(relayer, {polls, pollId}));
  const results = await getPollResults(publicClient, {polls, pollId});
  report.table(
    ["option", "ALEX votes", "share"],
    results.options.map((label, i) => [
      label,
      amount(results.tally[i], 18, 2),
      `${((Number(results.tally[i]) / Number(results.turnout.votes)) * 100).toFixed(1)}%`,
    ]),
  );
  report.line(
    `winner: "${results.winner.label}" with ${amount(results.winner.votes, 18, 2)} ALEX${results.tied ? " (tied: no winner)" : ""}; state ${results.state}`,
  );
  report.line(
    `turnout: ${results.turnout.voters} voters, ${amount(results.turnout.votes, 18, 2)} of ${amount(results.turnout.supply)} ALEX at the snapshot (${(Number(results.turnout.bps) / 100).toFixed(2)}%: Alex did not vote; the vesting wallet and the pool cannot)`,
  );
  report.line(`relay: 20 votes for ${amount(relayReceipt.gasUsed / 20n, 0)} gas each`);
}
