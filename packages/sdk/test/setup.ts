// Every test starts from the state globalSetup left (protocol + USDC deployed) and leaves none of its own behind.
// Self-contained (only viem and the injected RPC URL), so the CLI's tests use this same file.
import {createTestClient, http, publicActions} from "viem";
import {foundry} from "viem/chains";
import {afterEach, beforeEach, inject} from "vitest";

const client = createTestClient({chain: foundry, mode: "anvil", transport: http(inject("rpcUrl"))}).extend(
  publicActions,
);

let snapshot: `0x${string}` | undefined;

beforeEach(async () => {
  snapshot = await client.snapshot();
});

afterEach(async () => {
  if (!snapshot) return;
  // Restores the state and, with it, the clock: test anvils follow blocks, not the wall clock (tools/anvil.mjs
  // useBlockClock), so the next test's blocks are timed exactly as this one's were, however loaded the machine is.
  await client.revert({id: snapshot});
  snapshot = undefined;
});
