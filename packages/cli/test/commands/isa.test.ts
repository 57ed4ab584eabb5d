import {describe, expect, test} from "vitest";
import {alex, alice, bob, cli, cliJson, errorLine, launchAlex, mintUsdc, nonce, usdc, warp} from "../utils.js";

const DAY = 86_400;

describe("isa", () => {
  test("buy (approve, then buy), report, pay, claim, status: the whole quarter", async () => {
    const {token, modules} = await launchAlex();
    const splitter = modules[0]!.address;
    await mintUsdc(alice.address, "6000");
    // By the token's address: the CLI finds its agreement. 300,000 ALEX at 0.02 = 6,000 USDC, past the soft cap.
    const buy = await cli(["isa", "buy", token, "300000"], {as: alice});
    expect(buy.code, buy.stderr).toBe(0);
    expect(buy.stdout).toBe(`bought 300,000 tokens for 6,000 USDC from ${splitter}\n`);
    expect(buy.stderr).toMatch(
      /^sending: approve 6,000 USDC to 0x[0-9a-fA-F]{40}\napprove 6,000 USDC to 0x[0-9a-fA-F]{40}: sent 0x[0-9a-f]{64}, waiting for the receipt\napprove .*confirmed in block \d+ \(gas \d+\)\nsending: buy 300,000 tokens for 6,000 USDC\nbuy 300,000 tokens for 6,000 USDC: sent/,
    );

    // Past the soft cap, the proceeds still stay until the sale closes (14 days): then the creator takes them.
    const early = await cli(["isa", "withdraw", splitter]);
    expect(early.code).not.toBe(0);
    expect(errorLine(early)).toMatch(/^error: .*The buyers' payments stay in the sale until it closes/);
    await warp(14 * DAY + 1);
    const proceeds = await cli(["isa", "withdraw", splitter, "--json"]);
    expect(proceeds.code, proceeds.stderr).toBe(0);
    expect(proceeds.json()).toMatchObject({to: alex.address, amount: "6000000000"});

    await warp(91 * DAY);
    const report = await cli(["isa", "report", splitter, "0", "20000", "--evidence-uri", "ipfs://q0", "--json"]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.json()).toMatchObject({period: "0", grossIncome: "20000000000", owed: "3000000000"});

    await mintUsdc(alex.address, "3000");
    const pay = await cli(["isa", "pay", splitter, "0", "3000"]);
    expect(pay.code, pay.stderr).toBe(0);
    expect(pay.stdout).toBe("paid 3,000 USDC against period 0\n");

    const status = await cli(["isa", "status", splitter, "--account", alice.address, "--json"], {as: null});
    const json = status.json() as {status: string; tokensSold: string; claimable: {asset: string; amount: string}[]};
    expect(json.status).toBe("succeeded");
    expect(json.tokensSold).toBe((300_000n * 10n ** 18n).toString());
    // alice holds every claim share: she is owed all 3,000 USDC.
    expect(json.claimable).toEqual([{splitter, asset: usdc, amount: "3000000000"}]);

    const claim = await cli(["isa", "claim", splitter, "--to", bob.address], {as: alice});
    expect(claim.code, claim.stderr).toBe(0);
    expect(claim.stdout).toBe(`claimed 3,000 USDC to ${bob.address}\n`);
    const human = await cli(["isa", "status", splitter], {as: null});
    expect(human.stdout).toContain("period 0: 20,000 USDC gross, 3,000 USDC owed, 3,000 USDC paid");
  });

  test("--dry-run buy: the approval is estimated, the buy needs it on-chain first, nothing sent", async () => {
    const {modules} = await launchAlex();
    await mintUsdc(alice.address, "100");
    const before = await nonce(alice.address);
    const json = await cliJson<{dryRun: boolean; steps: {step: string; estimatedGas: string | null}[]}>(
      ["isa", "buy", modules[0]!.address, "5000", "--dry-run"],
      {as: alice},
    );
    expect(json.dryRun).toBe(true);
    expect(json.steps).toHaveLength(2);
    expect(Number(json.steps[0]!.estimatedGas)).toBeGreaterThan(20_000);
    expect(json.steps[1]).toMatchObject({step: "buy 5,000 tokens for 100 USDC", estimatedGas: null});
    expect(await nonce(alice.address)).toBe(before);
  });

  test("buying without the USDC, or from something that is not an agreement: one line, nothing sent", async () => {
    const {token, modules} = await launchAlex();
    const before = await nonce(bob.address);
    const poor = await cli(["isa", "buy", modules[0]!.address, "1000"], {as: bob});
    expect(poor.code).toBe(1);
    expect(errorLine(poor)).toBe(`error: ${bob.address} holds 0 USDC, needs 20 USDC`);
    const wrong = await cli(["isa", "buy", modules[1]!.address, "1000"], {as: bob});
    expect(wrong.code).toBe(2);
    expect(errorLine(wrong)).toBe(`error: ${modules[1]!.address} is a time escrow, not an income-share agreement`);
    const noRefund = await cli(["isa", "refund", token], {as: bob});
    expect(noRefund.code).toBe(1);
    expect(errorLine(noRefund)).toMatch(/^error: /);
    const tooEarly = await cli(["isa", "report", token, "0", "100"]);
    expect(tooEarly.code).toBe(1);
    expect(errorLine(tooEarly)).toMatch(/^error: /);
    expect(await nonce(bob.address)).toBe(before);
  });
});
