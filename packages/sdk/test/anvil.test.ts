import {describe, expect, test} from "vitest";
import {deployments} from "../src/index.js";
import {DAY, launchAlex, now, publicClient, testClient, warp} from "./utils.js";

describe("test setup", () => {
  test("anvil runs the protocol at deployments/31337.json's addresses", async () => {
    expect(await publicClient.getChainId()).toBe(31337);
    for (const address of Object.values(deployments[31337])) {
      expect(await publicClient.getCode({address})).toMatch(/^0x[0-9a-f]{100,}$/);
    }
  });

  test("launches $ALEX with an ISA and a time escrow", async () => {
    const alex = await launchAlex({isa: true, escrow: true});
    expect(alex.splitter).toMatch(/^0x/);
    expect(alex.escrow).toMatch(/^0x/);
  });
});

describe("isolation", () => {
  test("a test warps the clock a year ahead", async () => {
    await warp(365n * DAY);
  });

  test("the next test's blocks follow its latest block, not the previous test's warp", async () => {
    const before = await now();
    await testClient.mine({blocks: 1});
    expect((await now()) - before).toBeLessThan(DAY);
  });
});
