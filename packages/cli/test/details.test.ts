// Issue 15, item 6 (through child processes): keys, durations, salts, TOML errors, JSON errors and help.
import {writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {cli, errorLine, launchAlex} from "./utils.js";

describe("CLI details", () => {
  test("an all-zero key is refused in the CLI's words, exit 2", async () => {
    const result = await cli(["launch", "--name", "A", "--symbol", "A", "--supply", "1"], {
      as: {key: `0x${"00".repeat(32)}`},
    });
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe(
      "error: PERSONAL_TOKEN_PRIVATE_KEY is not a valid private key (it must be between 1 and the secp256k1 order)",
    );
  });

  test("stake create --duration 11y names the 10-year maximum in words", async () => {
    const {token} = await launchAlex();
    const result = await cli(["stake", "create", token, "--duration", "11y", "--dry-run"]);
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe("error: --duration: 11y is longer than a campaign's maximum of 3650d (10 years)");
  });

  test("launch --salt launches a second token with the same symbol", async () => {
    const flags = ["launch", "--name", "Alex", "--symbol", "ALEX", "--supply", "1000", "--json"];
    expect((await cli(flags)).code).toBe(0);
    const again = await cli(flags);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('"error"');
    const json = JSON.parse(again.stdout) as {error: {message: string; exitCode: number}};
    expect(json.error).toMatchObject({exitCode: 1});
    expect(json.error.message).toMatch(/pick another salt/);
    const salted = await cli([...flags, "--salt", "alex-2"]);
    expect(salted.code, salted.stderr).toBe(0);
    expect(JSON.parse(salted.stdout)).toMatchObject({symbol: "ALEX"});
  });

  test("a TOML syntax error names the line and column", async () => {
    const file = join(tmpdir(), `broken-${process.pid}.toml`);
    writeFileSync(file, 'name = "Alex"\nsymbol = \n');
    const result = await cli(["launch", "--config", file, "--dry-run"]);
    expect(result.code).toBe(2);
    expect(errorLine(result)).toMatch(
      new RegExp(`^error: --config: ${file} is not valid TOML \\(line 2, column \\d+\\): `),
    );
  });

  test("--json errors are one JSON object on stdout too", async () => {
    const result = await cli(["isa", "buy", "0x1234", "100", "--json"], {rpc: false});
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      error: {message: 'splitter: "0x1234" is not an address', exitCode: 2, name: "UsageError"},
    });
  });

  test("a subcommand's --help lists the global options and the environment; <isa> is described", async () => {
    const result = await cli(["isa", "buy", "--help"], {rpc: false, as: null});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Global Options:");
    expect(result.stdout).toContain("--rpc-url <url>");
    expect(result.stdout).toContain("PERSONAL_TOKEN_PRIVATE_KEY");
    expect(result.stdout).toContain("the income-share agreement: its address, or its token's");
  });
});
