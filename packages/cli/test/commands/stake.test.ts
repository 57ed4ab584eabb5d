import {describe, expect, test} from "vitest";
import {alex, alice, bob, cli, cliJson, errorLine, launchAlex, launchToken, nonce, transfer, warp} from "../utils.js";

describe("stake", () => {
  test("stake (approve, then stake), status, claim, withdraw, exit on the campaign launched by alex.toml", async () => {
    const {token, modules} = await launchAlex();
    const campaign = modules[2]!.address;
    await transfer(alex, token, alice.address, "10000");
    const staked = await cli(["stake", "stake", campaign, "1000"], {as: alice});
    expect(staked.code, staked.stderr).toBe(0);
    expect(staked.stdout).toBe(`staked 1,000 ALEX in ${campaign}\n`);
    expect(staked.stderr).toMatch(
      /^sending: approve 1,000 ALEX to 0x[0-9a-fA-F]{40}\napprove 1,000 ALEX to 0x[0-9a-fA-F]{40}: sent/,
    );

    await warp(86_400);
    const json = await cliJson<{
      campaign: string;
      active: boolean;
      totalStaked: string;
      position: {balance: string; earned: string};
    }>(["stake", "status", token, "--account", alice.address], {as: null});
    expect(json).toMatchObject({campaign, active: true, totalStaked: (1000n * 10n ** 18n).toString()});
    // alone in the campaign for a day: about 1/90 of 100,000 ALEX.
    expect(Number(BigInt(json.position.earned) / 10n ** 18n)).toBeGreaterThan(1100);

    const claim = await cli(["stake", "claim", campaign, "--json"], {as: alice});
    expect(claim.code, claim.stderr).toBe(0);
    expect(claim.json()).toMatchObject({action: "claim", staked: (1000n * 10n ** 18n).toString()});
    expect((await cli(["stake", "withdraw", campaign, "400"], {as: alice})).stdout).toBe(
      `withdrew 400 ALEX from ${campaign}\n`,
    );
    const exit = await cli(["stake", "exit", campaign], {as: alice});
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toMatch(/^exit: 600 ALEX staked, [\d,.]+ ALEX earned, on 0x/);
  });

  test("create a campaign later, fund it, dry runs send nothing", async () => {
    const token = await launchToken("Bea", "BEA", "1000000");
    const before = await nonce(alex.address);
    const dryJson = await cliJson<{campaign: string; steps: {step: string; estimatedGas: string | null}[]}>([
      "stake",
      "create",
      token,
      "--duration",
      "30d",
      "--rewards",
      "1000",
      "--dry-run",
    ]);
    expect(dryJson.steps.map((s) => s.step)).toEqual([
      expect.stringMatching(/^approve 1,000 BEA to /),
      `create a staking campaign on ${token}`,
    ]);
    expect(await nonce(alex.address)).toBe(before);

    const {campaign} = await cliJson<{campaign: string}>(["stake", "create", token, "--duration", "30d"]);
    expect(campaign).toBe(dryJson.campaign);
    const fund = await cli(["stake", "fund", token, "3000"]);
    expect(fund.code, fund.stderr).toBe(0);
    expect(fund.stdout).toMatch(new RegExp(`^funded ${campaign} with 3,000 BEA: [\\d,.]+ BEA streaming until \\d{4}-`));
  });

  test("withdrawing more than the stake, a stranger funding, bad amounts: one line, nothing sent", async () => {
    const {modules} = await launchAlex();
    const campaign = modules[2]!.address;
    const before = await nonce(bob.address);
    const tooMuch = await cli(["stake", "withdraw", campaign, "5"], {as: bob});
    expect(tooMuch.code).toBe(1);
    expect(errorLine(tooMuch)).toBe("error: you have 0 ALEX staked, asked to withdraw 5 ALEX");
    const stranger = await cli(["stake", "fund", campaign, "0"], {as: bob});
    expect(stranger.code).toBe(1);
    expect(errorLine(stranger)).toMatch(/^error: .*creator/i);
    const bad = await cli(["stake", "stake", campaign, "-5"], {as: bob, rpc: false});
    expect(bad.code).toBe(2);
    expect(errorLine(bad)).toBe('error: amount: "-5" is not an amount (e.g. 25000 or 0.5)');
    expect(await nonce(bob.address)).toBe(before);
  });
});
