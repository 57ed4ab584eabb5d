// Module discovery, in one place so it can be swapped for the SDK's `getTokenModules(token)` when it lands.
// Today: the factory's `moduleCountOf(token)`, then for each index the address every kind of module would have there
// (`predictModuleAddress`, offline); the one with code is the module. No logs, so it works on any RPC.
import {
  getModuleCount,
  type ModuleImplementationKey,
  type ProtocolModuleKind,
  predictModuleAddress,
  protocolModules,
} from "@personal-token/sdk";
import type {Address, PublicClient} from "viem";
import {config} from "../config.js";

export type TokenModule = {kind: ProtocolModuleKind; address: Address; index: bigint};

export async function getTokenModules(client: PublicClient, token: Address): Promise<TokenModule[]> {
  const count = await getModuleCount(client, {token});
  const kinds = Object.entries(protocolModules) as [ProtocolModuleKind, {implementation: ModuleImplementationKey}][];
  const candidates = Array.from({length: Number(count)}, (_, i) =>
    kinds.map(([kind, {implementation}]) => ({
      kind,
      index: BigInt(i),
      address: predictModuleAddress({chainId: config.chain.id, token, implementation, index: BigInt(i)}),
    })),
  ).flat();
  const codes = await Promise.all(candidates.map((c) => client.getCode({address: c.address})));
  return candidates.filter((_, i) => codes[i] && codes[i] !== "0x");
}
