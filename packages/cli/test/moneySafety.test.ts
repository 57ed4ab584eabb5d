// Issue 15, items 1 and 2 (through child processes): amounts are parsed strictly and echoed before money moves;
// an interrupt or a timeout says which transactions were sent (hashes), which may still confirm, and how to resume.
import {spawn} from "node:child_process";
import {afterEach, describe, expect, test} from "vitest";
import {testClient} from "../../sdk/test/chain.js";
import {alice, CLI, cli, errorLine, launchAlex, mintUsdc, nonce, rpcUrl} from "./utils.js";

afterEach(async () => {
  await testClient.setAutomine(true);
});

/** Starts the CLI and resolves once stderr shows `until`; then `stop` sends a signal and collects the end. */
function start(args: string[], key: string, until: RegExp) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: {PATH: process.env.PATH ?? "", PERSONAL_TOKEN_RPC_URL: rpcUrl, PERSONAL_TOKEN_PRIVATE_KEY: key},
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  const closed = new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) =>
    child.once("close", (code) => resolve({code, stdout, stderr})),
  );
  const reached = new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      if (until.test(stderr)) resolve();
    });
    child.once("close", () => reject(new Error(`exited before ${until}:\n${stderr}`)));
  });
  return {reached, closed, stop: (signal: NodeJS.Signals) => child.kill(signal)};
}

describe("amounts", () => {
  test("a decimal comma is refused with one line before any RPC, nothing sent", async () => {
    const {token, modules} = await launchAlex();
    const before = await nonce(alice.address);
    const buy = await cli(["isa", "buy", token, "1,00", "--dry-run"], {as: alice});
    expect(buy.code).toBe(2);
    expect(errorLine(buy)).toBe(
      'error: tokens: "1,00" is not an amount: write 1.00 for a decimal ("," only separates thousands, as in 25,000)',
    );
    const pay = await cli(["isa", "pay", modules[0]!.address, "0", "1,5"]);
    expect(pay.code).toBe(2);
    expect(errorLine(pay)).toMatch(/^error: amount: "1,5" is not an amount: write 1\.5 for a decimal/);
    const grouped = await cli(["isa", "buy", token, "10,00,000", "--dry-run"], {as: alice});
    expect(errorLine(grouped)).toMatch(/"," and "_" only separate groups of three digits/);
    expect(await nonce(alice.address)).toBe(before);
  });

  test("well-formed thousands are read as written and echoed with the asset, in a dry run too", async () => {
    const {token, modules} = await launchAlex();
    await mintUsdc(alice.address, "20");
    const dry = await cli(["isa", "buy", token, "1,000", "--dry-run"], {as: alice});
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain(`approve 20 USDC to ${modules[0]!.address}: simulated`);
    expect(dry.stdout).toContain(`would buy 1,000 tokens for 20 USDC from ${modules[0]!.address}`);
    const real = await cli(["isa", "buy", token, "1_000"], {as: alice});
    expect(real.code, real.stderr).toBe(0);
    expect(real.stderr).toContain("sending: buy 1,000 tokens for 20 USDC\n");
  });

  test("a wrong-case checksum address is refused", async () => {
    const result = await cli(["isa", "status", "0x70997970c51812dc3A010C7d01b50e0d17dc79C8"], {as: null});
    expect(result.code).toBe(2);
    expect(errorLine(result)).toMatch(/has a wrong checksum \(a letter in the wrong case\)/);
  });
});

describe("interrupts and timeouts", () => {
  test("Ctrl-C while waiting: the sent approval is listed with its hash, the purchase as not sent", async () => {
    const {token} = await launchAlex();
    await mintUsdc(alice.address, "20");
    const before = await nonce(alice.address);
    await testClient.setAutomine(false); // nothing mines: the approval waits for its receipt
    const run = start(["isa", "buy", token, "1000"], alice.key, /waiting for the receipt/);
    await run.reached;
    run.stop("SIGINT");
    const {code, stderr} = await run.closed;
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; transactions of this command:\n/);
    expect(stderr).toMatch(
      / {2}sent, not confirmed yet \(it may still confirm\): approve 20 USDC to 0x[0-9a-fA-F]{40} — 0x[0-9a-f]{64}\n/,
    );
    expect(stderr).toContain("nothing after these was sent");
    expect(stderr).not.toContain("sending: buy");
    // The approval is in the node's pool: it confirms later, as the message said it might.
    await testClient.mine({blocks: 1});
    expect(await nonce(alice.address)).toBe(before + 1);
  });

  test("no receipt within --timeout: 'still waiting' lines, then one error that says it may still confirm", async () => {
    const {token} = await launchAlex();
    await mintUsdc(alice.address, "20");
    await testClient.setAutomine(false);
    const result = await cli(["isa", "buy", token, "1000", "--timeout", "2s"], {as: alice});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/still waiting for 0x[0-9a-f]{64} \(\d+ s; gives up after 2 s/);
    expect(result.stderr).toMatch(/ {2}sent, not confirmed yet \(it may still confirm\): approve 20 USDC/);
    const last = result.stderr.trim().split("\n").at(-1);
    expect(last).toMatch(
      /^error: approve 20 USDC to 0x[0-9a-fA-F]{40}: transaction 0x[0-9a-f]{64} was sent but had no receipt after 2 s: it may still confirm — look it up before sending it again$/,
    );
  });
});
