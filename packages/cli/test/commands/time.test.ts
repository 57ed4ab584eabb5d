import {describe, expect, test} from "vitest";
import {alex, alice, cli, errorLine, launchAlex, nonce, transfer, warp} from "../utils.js";

describe("time", () => {
  test("offer, request (permit), list, accept, deliver, confirm", async () => {
    const {token, modules} = await launchAlex();
    const escrow = modules[1]!.address;

    const offer = await cli([
      "time",
      "offer",
      token,
      "--price",
      "50000",
      "--unit",
      "2h",
      "--capacity",
      "4",
      "--uri",
      "ipfs://two-hours",
    ]);
    expect(offer.code, offer.stderr).toBe(0);
    expect(offer.stdout).toBe(`published an offer on ${escrow}: 50,000 tokens per 2h, 4 per capacity period\n`);

    await transfer(alex, token, alice.address, "100000"); // alice holds ALEX

    const request = await cli(["time", "request", escrow, "0", "1", "--note", "coffee chat", "--json"], {as: alice});
    expect(request.code, request.stderr).toBe(0);
    expect(request.json()).toMatchObject({
      offerId: "0",
      units: 1,
      amount: (25_000n * 10n ** 18n).toString(),
      requestId: "0",
    });

    const list = await cli(["time", "list", escrow, "--holder", alice.address], {as: null});
    expect(list.stdout).toContain("offer 0: 25,000 per 1h, 9/10 available, open, ipfs://an-hour-with-alex");
    expect(list.stdout).toContain("offer 1: 50,000 per 2h, 4/4 available, open, ipfs://two-hours");
    expect(list.stdout).toContain(`request 0: requested, 1 unit(s) of offer 0 by ${alice.address}, 25,000 locked`);

    expect((await cli(["time", "accept", escrow, "0", "--at", "+1h"])).code).toBe(0);
    await warp(3_601);
    expect((await cli(["time", "deliver", escrow, "0"])).code).toBe(0);
    const confirm = await cli(["time", "confirm", escrow, "0", "--json"], {as: alice});
    expect(confirm.code, confirm.stderr).toBe(0);
    expect(confirm.json()).toMatchObject({requestId: "0", action: "confirm"});
    const done = await cli(["time", "list", escrow, "--request", "0", "--json"], {as: null});
    expect((done.json() as {requests: {status: string}[]}).requests[0]!.status).toBe("released");
  });

  test("--no-permit approves then requests (progress on stderr); --dry-run sends nothing", async () => {
    const {modules} = await launchAlex();
    const escrow = modules[1]!.address;
    const before = await nonce(alex.address);
    const dry = await cli(["time", "request", escrow, "0", "2", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(
      /would request 2 unit\(s\) of offer 0, locking 50,000 tokens\ndry run: request 2 × 1h for 50,000 tokens: estimated gas \d+\ndry run: nothing was sent\n/,
    );
    expect(await nonce(alex.address)).toBe(before);
    const two = await cli(["time", "request", escrow, "0", "2", "--no-permit"]);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stderr.split("\n").filter((l) => l.includes("confirmed in block"))).toHaveLength(2);
    expect(two.stderr).toMatch(/^sending: approve 50,000 tokens/);
  });

  test("a missing offer, or the wrong side confirming: one line, nothing sent", async () => {
    const {modules} = await launchAlex();
    const escrow = modules[1]!.address;
    const before = await nonce(alex.address);
    const missing = await cli(["time", "request", escrow, "7", "1"]);
    expect(missing.code).toBe(1);
    expect(errorLine(missing)).toBe(`error: escrow ${escrow} has no offer 7 (offers: 0)`);
    const nothing = await cli(["time", "confirm", escrow, "0"]);
    expect(nothing.code).toBe(1);
    expect(errorLine(nothing)).toMatch(/^error: /);
    expect(await nonce(alex.address)).toBe(before);
  });
});
