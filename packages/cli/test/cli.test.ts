// Bad input, keys and keystores: one line on stderr, a non-zero exit, nothing sent.

import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {foundryBinary} from "../../../tools/foundry.mjs";
import {alex, CLI, cli, errorLine, nonce, rpcUrl} from "./utils.js";

describe("usage errors: exit 2, one line, before any RPC", () => {
  test.each([
    [
      ["launch", "--name", "Alex", "--symbol", "ALEX", "--supply", "ten"],
      'error: --supply: "ten" is not an amount (e.g. 25000 or 0.5)',
    ],
    [
      [
        "launch",
        "--name",
        "Alex",
        "--symbol",
        "ALEX",
        "--supply",
        "1000",
        "--vest",
        "10",
        "--vesting-duration",
        "3 fortnights",
      ],
      'error: --vesting-duration: "3 fortnights" is not a duration (e.g. 3d, 1h, 90 days, 3600)',
    ],
    [["launch", "--symbol", "ALEX"], "error: launch needs --name, --symbol and --supply (or --config <file>)"],
    [["isa", "buy", "0x1234", "100"], 'error: splitter: "0x1234" is not an address'],
    [
      ["time", "request", "0x0000000000000000000000000000000000000001", "0", "two"],
      'error: units: "two" must be a whole number from 1 to 4294967295',
    ],
    [["launch", "--bogus"], "error: unknown option '--bogus'"],
    [["frobnicate"], "error: unknown command 'frobnicate'"],
  ])("%j", async (args, line) => {
    const before = await nonce(alex.address);
    const result = await cli(args, {rpc: false});
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe(line);
    expect(result.stdout).toBe("");
    expect(await nonce(alex.address)).toBe(before);
  });

  test("no RPC URL", async () => {
    const result = await cli(["info", "0x0000000000000000000000000000000000000001"], {rpc: false});
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe("error: --rpc-url (or PERSONAL_TOKEN_RPC_URL) is required");
  });

  test("a signing command without a key says how to give one, and never takes a key as a flag", async () => {
    const result = await cli(["launch", "--name", "Alex", "--symbol", "ALEX", "--supply", "1000"], {as: null});
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe(
      "error: this command signs: set PERSONAL_TOKEN_PRIVATE_KEY or pass --keystore <file>",
    );
    const flag = await cli(["launch", "--private-key", alex.key, "--name", "A", "--symbol", "A", "--supply", "1"], {
      as: null,
    });
    expect(flag.code).toBe(2);
    expect(flag.stderr).not.toContain(alex.key.slice(2));
  });
});

describe("keystore", () => {
  const dir = mkdtempSync(join(tmpdir(), "pt-keystore-"));
  const imported = spawnSync(
    foundryBinary("cast"),
    ["wallet", "import", "alex", "--private-key", alex.key, "--unsafe-password", "x", "--keystore-dir", dir],
    {encoding: "utf8"},
  );
  const file = join(dir, readdirSync(dir)[0] ?? "missing");

  test("decrypts a cast keystore with the password from the environment (dry run: nothing sent)", async () => {
    expect(imported.status).toBe(0);
    const before = await nonce(alex.address);
    const result = await cli(
      ["launch", "--name", "Alex", "--symbol", "KEY", "--supply", "1000", "--keystore", file, "--dry-run", "--json"],
      {
        as: null,
        env: {PERSONAL_TOKEN_KEYSTORE_PASSWORD: "x"},
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.json().creator).toBe(alex.address);
    expect(result.stdout + result.stderr).not.toContain(alex.key.slice(2));
    expect(await nonce(alex.address)).toBe(before);
  });

  // util-linux `script` gives the CLI a terminal: the password is typed at a prompt that does not echo it.
  test.skipIf(!existsSync("/usr/bin/script"))(
    "prompts for the password on a terminal, without echoing it",
    async () => {
      const dir2 = mkdtempSync(join(tmpdir(), "pt-keystore-tty-"));
      spawnSync(foundryBinary("cast"), [
        "wallet",
        "import",
        "alex",
        "--private-key",
        alex.key,
        "--unsafe-password",
        "hunter2secret",
        "--keystore-dir",
        dir2,
      ]);
      const command = `${process.execPath} ${CLI} launch --name Alex --symbol TTY --supply 1000 --keystore ${join(dir2, "alex")} --rpc-url ${rpcUrl} --dry-run --json`;
      const {spawn} = await import("node:child_process");
      const output = await new Promise<string>((resolve) => {
        const child = spawn("/usr/bin/script", ["-qec", command, "/dev/null"], {
          stdio: ["pipe", "pipe", "pipe"],
          env: {PATH: process.env.PATH ?? ""},
        });
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          if (out.includes("password for") && !out.includes("typed")) {
            out += "typed";
            child.stdin.write("hunter2secret\r");
          }
        });
        child.once("close", () => resolve(out));
      });
      expect(output).toContain(`password for ${join(dir2, "alex")}: `);
      expect(output).toContain(`"creator":"${alex.address}"`);
      expect(output).not.toContain("hunter2secret");
    },
  );

  test("a wrong password is one line, exit 1", async () => {
    const result = await cli(["launch", "--name", "Alex", "--symbol", "KEY", "--supply", "1000", "--keystore", file], {
      as: null,
      env: {PERSONAL_TOKEN_KEYSTORE_PASSWORD: "y"},
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toBe("error: wrong keystore password (the keystore's MAC does not match)");
  });

  test("no password and no terminal", async () => {
    const result = await cli(["launch", "--name", "Alex", "--symbol", "KEY", "--supply", "1000", "--keystore", file], {
      as: null,
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toBe(
      "error: --keystore needs a password: set PERSONAL_TOKEN_KEYSTORE_PASSWORD or run in a terminal",
    );
  });

  test("a file that is not a keystore", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({hello: "world"}));
    const result = await cli(["launch", "--name", "A", "--symbol", "A", "--supply", "1", "--keystore", bad], {
      as: null,
      env: {PERSONAL_TOKEN_KEYSTORE_PASSWORD: "x"},
    });
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe(`error: --keystore: ${bad} is not an Ethereum V3 keystore`);
  });
});
