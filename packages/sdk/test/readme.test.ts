import {readFileSync} from "node:fs";
import {join} from "node:path";
import {toHex} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {describe, expect, test, vi} from "vitest";
import {getCreatorTokens} from "../src/index.js";
import {ANVIL_MNEMONIC, ROOT} from "./constants.js";
import {publicClient, rpcUrl} from "./utils.js";

const quickstart = readFileSync(join(ROOT, "packages/sdk/examples/quickstart.ts"), "utf8");

describe("README quick start", () => {
  test("the README's first screen shows examples/quickstart.ts, verbatim, in at most 10 lines of code", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const firstScreen = readme.slice(0, readme.indexOf("\n## "));
    const fence = "```";
    expect(firstScreen).toContain(`${fence}ts\n${quickstart}${fence}`);
    expect(
      quickstart.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("import ")).length,
    ).toBeLessThanOrEqual(10);
  });

  test("examples/quickstart.ts runs against anvil with the built package and launches ALEX", async () => {
    const account = mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: 6});
    vi.stubEnv("PRIVATE_KEY", toHex(account.getHdKey().privateKey!));
    vi.stubEnv("RPC_URL", rpcUrl);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await import("../examples/quickstart.js");
      expect(log).toHaveBeenCalledWith(
        expect.objectContaining({name: "Alex", symbol: "ALEX", creator: account.address}),
      );
      expect(await getCreatorTokens(publicClient, {creator: account.address})).toHaveLength(1);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
