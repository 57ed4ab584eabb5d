// Every test starts from the state globalSetup left (protocol + USDC deployed) and leaves none of its own behind.
import {afterEach, beforeEach} from "vitest";
import {publicClient, testClient} from "./utils.js";

let snapshot: `0x${string}` | undefined;

beforeEach(async () => {
  snapshot = await testClient.snapshot();
});

afterEach(async () => {
  if (!snapshot) return;
  await testClient.revert({id: snapshot});
  snapshot = undefined;
  // evm_revert restores the chain but not anvil's clock offset: after a test that warped, the next block would jump
  // ahead of the latest block by the warp. Put the clock back next to the latest block.
  const {timestamp} = await publicClient.getBlock();
  await testClient.request({method: "evm_setTime", params: [Number(timestamp) + 1]} as never);
});
