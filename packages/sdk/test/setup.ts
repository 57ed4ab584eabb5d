// Every test starts from the state globalSetup left (protocol + USDC deployed) and leaves none of its own behind.
import {afterEach, beforeEach} from "vitest";
import {testClient} from "./utils.js";

let snapshot: `0x${string}` | undefined;

beforeEach(async () => {
  snapshot = await testClient.snapshot();
});

afterEach(async () => {
  if (snapshot) await testClient.revert({id: snapshot});
  snapshot = undefined;
});
