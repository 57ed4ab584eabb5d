// The test anvil as every test sees it (started by globalSetup.ts): its URL and test USDC, clients, clock, and the
// USDC's open mint. Self-contained (only viem and the injected context) like setup.ts, so the CLI's tests share it.
import {type Address, createPublicClient, createTestClient, erc20Abi, type Hex, http, parseAbi} from "viem";
import {foundry} from "viem/chains";
import {inject} from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    rpcUrl: string;
    usdc: Hex;
  }
}

export const rpcUrl = inject("rpcUrl");
/** The 6-decimal MockERC20 globalSetup deploys as the local USD stablecoin. */
export const usdc = inject("usdc");
export const transport = http(rpcUrl);

export const publicClient = createPublicClient({chain: foundry, transport});
export const testClient = createTestClient({chain: foundry, mode: "anvil", transport});

/** `account`'s balance of the ERC-20 `token`. */
export const balanceOf = (token: Address, account: Address) =>
  publicClient.readContract({address: token, abi: erc20Abi, functionName: "balanceOf", args: [account]});

export async function now(): Promise<bigint> {
  return (await publicClient.getBlock()).timestamp;
}

/** Mines a block exactly `seconds` after the latest one (test anvils follow blocks, not the wall clock). */
export async function warp(seconds: bigint | number) {
  await warpTo((await now()) + BigInt(seconds));
}

/** Mines a block at exactly `timestamp` (later blocks follow it one second apart). */
export async function warpTo(timestamp: bigint) {
  await testClient.setNextBlockTimestamp({timestamp});
  await testClient.mine({blocks: 1});
}

/** test/utils/mocks/MockERC20's open `mint(to, amount)`. */
export const mockErc20Abi = parseAbi(["function mint(address to, uint256 amount)"]);
