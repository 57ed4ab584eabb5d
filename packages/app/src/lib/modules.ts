// Module discovery: the SDK's `getTokenModules` (each protocol module found by its CREATE2 address, one
// `eth_getCode` per candidate; a module of another implementation read from the factory's `ModuleLaunched` log). A
// module whose implementation is not the protocol's own is unknown code: the app shows a warning for it and never
// offers a write to it, whatever its interface looks like.
import {type TokenModule as SdkTokenModule, getTokenModules as sdkGetTokenModules} from "@personal-token/sdk";
import type {Address, PublicClient} from "viem";

export type TokenModule = SdkTokenModule;

/** A module the app knows how to use: one of the protocol's own implementations. */
export type KnownModule = TokenModule & {kind: NonNullable<TokenModule["kind"]>; isProtocolImplementation: true};

export const isKnownModule = (m: TokenModule): m is KnownModule => m.isProtocolImplementation && m.kind !== undefined;

export function getTokenModules(client: PublicClient, token: Address): Promise<TokenModule[]> {
  return sdkGetTokenModules(client, {token});
}
