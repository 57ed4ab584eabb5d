// The README's "A dApp that holds only a token address" snippet is examples/tokenOnly.ts, verbatim, and it runs.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {toHex} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {expect, test, vi} from "vitest";
import {ANVIL_MNEMONIC, ROOT} from "./constants.js";
import {launchAlex, mintUsdc, rpcUrl} from "./utils.js";

const example = readFileSync(join(ROOT, "packages/sdk/examples/tokenOnly.ts"), "utf8");

test("the SDK README shows examples/tokenOnly.ts verbatim", () => {
  const readme = readFileSync(join(ROOT, "packages/sdk/README.md"), "utf8");
  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});

test("examples/tokenOnly.ts finds the sale from the token address, buys, and names a wrong address", async () => {
  const {token, splitter} = await launchAlex({isa: true});
  const account = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 7});
  await mintUsdc(account.address, 20_000_000n); // 20 USDC: 1,000 tokens at 0.02
  vi.stubEnv("PRIVATE_KEY", toHex(account.getHdKey().privateKey!));
  vi.stubEnv("RPC_URL", rpcUrl);
  vi.stubEnv("TOKEN", token);
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    await import("../examples/tokenOnly.js");
    expect(log).toHaveBeenCalledWith(`bought 1000000000000000000000 for 20000000 from ${splitter}`);
    expect(log).toHaveBeenCalledWith(`${token} is a personal token, not an income-share splitter.`);
  } finally {
    log.mockRestore();
    vi.unstubAllEnvs();
  }
});
