// Each test starts from the state globalSetup left and leaves none of its own behind.
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
  const {timestamp} = await publicClient.getBlock();
  await testClient.request({method: "evm_setTime", params: [Number(timestamp) + 1]} as never);
});
