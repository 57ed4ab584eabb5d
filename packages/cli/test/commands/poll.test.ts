import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {alex, alice, bob, cli, errorLine, launchAlex, launchToken, nonce, transfer, warp} from "../utils.js";

const dir = mkdtempSync(join(tmpdir(), "pt-votes-"));

async function alexWithPoll() {
  const {token, modules} = await launchAlex();
  await transfer(alex, token, alice.address, "30000");
  await transfer(alex, token, bob.address, "20000");
  await warp(10);
  const created = await cli([
    "poll",
    "create",
    token,
    "--question",
    "Which city next?",
    "--option",
    "Lisbon",
    "--option",
    "Paris",
    "--end",
    "+7d",
    "--json",
  ]);
  expect(created.code, created.stderr).toBe(0);
  await warp(1); // voting opens the second after the poll's snapshot
  return {token, polls: modules[3]!.address, pollId: (created.json() as {pollId: string}).pollId};
}

describe("poll", () => {
  test("create, vote directly, sign a vote, relay it, results", async () => {
    const {polls, pollId} = await alexWithPoll();
    expect(pollId).toBe("0");
    const direct = await cli(["poll", "vote", polls, pollId, "lisbon"], {as: alice});
    expect(direct.code, direct.stderr).toBe(0);
    expect(direct.stdout).toBe('voted "Lisbon" in poll 0\n');

    const before = await nonce(bob.address);
    const signed = await cli(["poll", "vote", polls, pollId, "1", "--sign-only"], {as: bob});
    expect(signed.code, signed.stderr).toBe(0);
    const vote = JSON.parse(signed.stdout) as {vote: {voter: string; option: string}; signature: string};
    expect(vote.vote).toMatchObject({voter: bob.address, option: "1"});
    expect(await nonce(bob.address)).toBe(before); // signing sends nothing
    const file = join(dir, "bob.json");
    writeFileSync(file, signed.stdout);

    const relay = await cli(["poll", "relay", polls, file, "--json"], {as: alex}); // anyone relays
    expect(relay.code, relay.stderr).toBe(0);
    expect(relay.json()).toMatchObject({
      counted: [{voter: bob.address, option: "1", weight: (20_000n * 10n ** 18n).toString()}],
      skipped: [],
    });

    const results = await cli(["poll", "results", polls, pollId], {as: null});
    expect(results.code, results.stderr).toBe(0);
    expect(results.stdout).toContain("  0 Lisbon: 30,000\n  1 Paris: 20,000\nwinner: Lisbon\n");
    const json = (await cli(["poll", "results", polls, pollId, "--json"], {as: null})).json() as {
      tally: string[];
      turnout: {voters: string};
    };
    expect(json.tally).toEqual([(30_000n * 10n ** 18n).toString(), (20_000n * 10n ** 18n).toString()]);
    expect(json.turnout.voters).toBe("2");

    await warp(7 * 86_400 + 1);
    const finalized = await cli(["poll", "finalize", polls, pollId], {as: bob}); // anyone, once
    expect(finalized.code, finalized.stderr).toBe(0);
    expect(finalized.stdout).toBe(`finalized poll 0 on ${polls}\n`);
  });

  test("a token without polls gets them with `poll enable`", async () => {
    const token = await launchToken("Bea", "BEA", "1000");
    const none = await cli([
      "poll",
      "create",
      token,
      "--question",
      "q",
      "--option",
      "a",
      "--option",
      "b",
      "--end",
      "+1d",
    ]);
    expect(none.code).toBe(2);
    expect(errorLine(none)).toBe(`error: token ${token} has no holder polls`);
    const enabled = await cli(["poll", "enable", token]);
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(
      (await cli(["poll", "create", token, "--question", "q", "--option", "a", "--option", "b", "--end", "+1d"])).code,
    ).toBe(0);
    const cancelled = await cli(["poll", "cancel", token, "0"]);
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect((await cli(["poll", "results", token, "0", "--json"], {as: null})).json()).toMatchObject({
      state: "cancelled",
    });
  });

  test("bad option, a replayed vote, a file that is not a vote, no weight: one line, nothing counted", async () => {
    const {polls, pollId} = await alexWithPoll();
    const badOption = await cli(["poll", "vote", polls, pollId, "Rome"], {as: alice});
    expect(badOption.code).toBe(2);
    expect(errorLine(badOption)).toBe('error: option: "Rome" is not one of 0=Lisbon, 1=Paris');

    const notVote = join(dir, "not-a-vote.json");
    writeFileSync(notVote, JSON.stringify({hello: 1}));
    const bad = await cli(["poll", "relay", polls, notVote]);
    expect(bad.code).toBe(2);
    expect(errorLine(bad)).toBe(
      `error: ${notVote}: not a signed vote ({"vote": {"pollId", "voter", "option", "nonce"}, "signature"})`,
    );

    const signed = await cli(["poll", "vote", polls, pollId, "0", "--sign-only"], {as: bob});
    const file = join(dir, "bob-replay.json");
    writeFileSync(file, signed.stdout);
    expect((await cli(["poll", "relay", polls, file])).code).toBe(0);
    const before = await nonce(alex.address);
    const replay = await cli(["poll", "relay", polls, file]);
    expect(replay.code).toBe(1);
    expect(errorLine(replay)).toMatch(/^error: none of the 1 vote\(s\) would count: /);
    expect(await nonce(alex.address)).toBe(before);

    const before2 = await nonce(alex.address);
    const cancel = await cli(["poll", "cancel", polls, pollId]); // bob's relayed vote counts: too late to cancel
    expect(cancel.code).toBe(1);
    expect(errorLine(cancel)).toMatch(/^error: /);
    expect(await nonce(alex.address)).toBe(before2);

    const noWeight = await cli(["poll", "vote", polls, pollId, "0"], {as: {key: `0x${"11".repeat(32)}`}});
    expect(noWeight.code).toBe(1);
    expect(errorLine(noWeight)).toMatch(/^error: /);
  });
});
