// Every test starts from the state globalSetup left (protocol + USDC deployed) and leaves none of its own behind.
// Self-contained (only viem and the injected RPC URL), so the CLI's tests use this same file.
import {createTestClient, http, publicActions} from "viem";
import {foundry} from "viem/chains";
import {afterEach, beforeEach, inject} from "vitest";

const client = createTestClient({chain: foundry, mode: "anvil", transport: http(inject("rpcUrl"))}).extend(publicActions);

let snapshot: `0x${string}` | undefined;

beforeEach(async () => {
  snapshot = await client.snapshot();
});

afterEach(async () => {
  if (!snapshot) return;
  await client.revert({id: snapshot});
  snapshot = undefined;
  // evm_revert restores the chain but not anvil's clock offset: after a test that warped, the next block would jump
  // ahead of the latest block by the warp. Put the clock back next to the latest block.
  const {timestamp} = await client.getBlock();
  await client.request({method: "evm_setTime", params: [Number(timestamp) + 1]} as never);
});
