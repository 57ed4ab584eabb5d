import {describe, expect, test} from "vitest";
import {ANVIL_GENESIS_TIMESTAMP} from "../../../tools/anvil.mjs";
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
    expect((await now()) - before).toBe(1n);
  });
});

// A slow machine once decided whether a transfer landed before a poll's snapshot: block time followed the wall clock
// plus an offset that evm_increaseTime, evm_setTime and evm_revert each moved. Block time now follows blocks only.
describe("block clock", () => {
  test("a block is its parent + 1 s however long the machine takes between them", async () => {
    const before = await now();
    await new Promise((resolve) => setTimeout(resolve, 2_100)); // a loaded machine: seconds between two steps
    await testClient.mine({blocks: 1});
    expect((await now()) - before).toBe(1n);
  });

  test("warp moves the clock by exactly the seconds asked", async () => {
    const before = await now();
    await warp(10);
    await testClient.mine({blocks: 1});
    expect((await now()) - before).toBe(11n);
  });

  test("the chain starts at the fixed genesis time, not today", async () => {
    const genesis = await publicClient.getBlock({blockNumber: 0n});
    expect(genesis.timestamp).toBe(BigInt(ANVIL_GENESIS_TIMESTAMP));
  });
});
