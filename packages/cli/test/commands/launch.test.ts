import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ALEX_TOML, alex, cli, cliJson, errorLine, launchAlex, nonce, publicClient} from "../utils.js";

describe("launch", () => {
  test("from flags: a token with a vested share, addresses printed", async () => {
    const result = await cli([
      "launch",
      "--name",
      "Alex Masmej",
      "--symbol",
      "ALEX",
      "--supply",
      "10,000,000",
      "--vest",
      "5000000",
      "--cliff",
      "180d",
      "--vesting-duration",
      "3y",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^launched ALEX \(Alex Masmej\), 10,000,000 tokens\ntoken: +0x[0-9a-fA-F]{40}\nvesting: +0x[0-9a-fA-F]{40}\ntx: +0x[0-9a-f]{64}\n$/,
    );
    expect(result.stderr).toContain("launch ALEX: confirmed in block");
  });

  test("examples/alex.toml: token, vesting, ISA, time escrow, staking and polls, as JSON; info reads it back", async () => {
    const launched = await launchAlex();
    expect(launched.modules.map((m) => m.kind)).toEqual(["incomeShare", "timeEscrow", "staking", "polls"]);
    const info = await cli(["info", launched.token, "--json"], {as: null});
    expect(info.code, info.stderr).toBe(0);
    const json = info.json() as {
      symbol: string;
      totalSupply: string;
      creator: string;
      modules: {kind: string; address: string; shareBps?: number; offers?: number}[];
    };
    expect(json).toMatchObject({
      symbol: "ALEX",
      totalSupply: (10_000_000n * 10n ** 18n).toString(),
      creator: alex.address,
    });
    expect(json.modules).toMatchObject([
      {kind: "incomeShare", address: launched.modules[0]!.address, shareBps: 1500},
      {kind: "timeEscrow", address: launched.modules[1]!.address, offers: 1},
      {kind: "staking", address: launched.modules[2]!.address, stakingToken: launched.token, active: true},
      {kind: "polls", address: launched.modules[3]!.address, polls: "0"},
    ]);
    const human = await cli(["info", launched.token], {as: null});
    expect(human.stdout).toContain("module 0: income-share agreement");
  });

  test("--dry-run simulates, prints the gas and the predicted addresses, sends nothing", async () => {
    const before = await nonce(alex.address);
    const json = await cliJson<{
      token: `0x${string}`;
      predicted: boolean;
      dryRun: boolean;
      steps: {estimatedGas: string}[];
    }>(["launch", "--config", ALEX_TOML, "--dry-run"]);
    expect(json.predicted).toBe(true);
    expect(json.dryRun).toBe(true);
    expect(Number(json.steps[0]!.estimatedGas)).toBeGreaterThan(500_000);
    expect(await nonce(alex.address)).toBe(before);
    expect(await publicClient.getCode({address: json.token})).toBeUndefined();
    // The prediction is where the real launch lands.
    expect((await launchAlex()).token).toBe(json.token);
  });

  test("a config that does not add up: one line, exit 2, nothing sent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pt-config-"));
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        name: "Alex",
        symbol: "ALEX",
        supply: "1000",
        allocations: [{recipient: "creator", amount: "900"}],
      }),
    );
    const before = await nonce(alex.address);
    const result = await cli(["launch", "--config", file]);
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe("error: allocations (900) + vesting (0) + modules (0) = 900, but supply is 1,000");
    writeFileSync(
      file,
      JSON.stringify({name: "Alex", symbol: "ALEX", supply: "1000", vesting: {amount: "10", duration: "3 eons"}}),
    );
    expect(errorLine(await cli(["launch", "--config", file]))).toBe(
      'error: vesting.duration: "3 eons" is not a duration (e.g. 3d, 1h, 90 days, 3600)',
    );
    writeFileSync(file, JSON.stringify({name: "Alex", symbol: "ALEX", supply: "1000", vesing: {}}));
    expect(errorLine(await cli(["launch", "--config", file]))).toMatch(/^error: vesing: unknown field/);
    writeFileSync(join(dir, "bad.toml"), 'name = "Alex"\nsymbol = ');
    expect(errorLine(await cli(["launch", "--config", join(dir, "bad.toml")]))).toMatch(
      /^error: --config: .*bad.toml is not valid TOML/,
    );
    expect(await nonce(alex.address)).toBe(before);
  });

  test("a launch the contract refuses: the SDK's sentence, exit 1, nothing sent", async () => {
    await launchAlex();
    const before = await nonce(alex.address);
    const result = await cli(["launch", "--config", ALEX_TOML]);
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(
      /^error: 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 already launched 0x[0-9a-fA-F]{40} with salt 0x[0-9a-f]{64}: pick another salt for a new token\.$/,
    );
    expect(await nonce(alex.address)).toBe(before);
  });
});
