// Finds a token's modules and tells their kind, so commands take either the module's address or the token's.
import {
  assertProtocolDeployed,
  cloneImplementationOf,
  type Deployment,
  getDeployment,
  getTokenModules,
  moduleKindOf,
  type ProtocolModuleKind,
  personalTokenFactoryAbi,
  protocolChains,
  UnknownChainError,
} from "@personal-token/sdk";
import {type Address, getAddress, zeroAddress} from "viem";
import type {ChainClient, Context} from "./context.js";
import {CliError, UsageError} from "./errors.js";
import {parseAddress} from "./parse.js";

export type ModuleKind = ProtocolModuleKind;

export const KIND_NAMES: Record<ModuleKind, string> = {
  incomeShare: "income-share agreement",
  timeEscrow: "time escrow",
  staking: "staking campaign",
  polls: "holder polls",
  loan: "personal loan",
  credentials: "credentials module",
};

/** The SDK's registry entry for the chain, if the protocol's addresses are known there. */
function deploymentOn(chainId: number): Deployment | undefined {
  try {
    return getDeployment(chainId);
  } catch (error) {
    if (error instanceof UnknownChainError) return undefined; // the caller says what to pass instead
    throw error;
  }
}

export function factoryFor(chainId: number, override: Address | undefined): Address {
  if (override) return getAddress(override);
  const deployment = deploymentOn(chainId);
  if (!deployment) {
    const known = Object.entries(protocolChains)
      .map(([id, name]) => `${name} ${id}`)
      .join(", ");
    throw new CliError(
      `no Personal Token addresses known on chain ${chainId} (known: ${known}): pass --factory <address>`,
    );
  }
  return deployment.factory;
}

export type ModuleInfo = {kind: ModuleKind | "unknown"; address: Address; index: number};

/** Every module the factory launched for `token`, in order, with its kind ("unknown" for a foreign implementation). */
export async function modulesOf(client: ChainClient, factory: Address, token: Address): Promise<ModuleInfo[]> {
  const modules = await getTokenModules(client, {token, factory});
  return modules.map((m) => ({
    kind: m.isProtocolImplementation && m.kind ? m.kind : "unknown",
    address: m.address,
    index: Number(m.index),
  }));
}

/**
 * `address` is a module of `kind`, or a token with exactly one such module: returns the module's address. Anything else
 * is a readable error (not a launched token, no such module, several of them).
 */
export async function resolveModule(
  client: ChainClient,
  factory: Address,
  address: Address,
  kind: ModuleKind,
): Promise<Address> {
  const chainId = client.chain.id;
  const ownToken = await client.readContract({
    address: factory,
    abi: personalTokenFactoryAbi,
    functionName: "moduleTokenOf",
    args: [address],
  });
  if (ownToken !== zeroAddress) {
    const implementation = cloneImplementationOf(await client.getCode({address}));
    const actual = implementation ? moduleKindOf(implementation, chainId) : undefined;
    if (actual && actual !== kind)
      throw new UsageError(`${address} is ${article(KIND_NAMES[actual])}, not ${article(KIND_NAMES[kind])}`);
    return getAddress(address);
  }
  const launched = await client.readContract({
    address: factory,
    abi: personalTokenFactoryAbi,
    functionName: "isLaunched",
    args: [address],
  });
  if (!launched)
    throw new UsageError(`${address} is neither a personal token nor one of its modules on chain ${chainId}`);
  const matches = (await modulesOf(client, factory, address)).filter((m) => m.kind === kind);
  const [match] = matches;
  if (!match) throw new UsageError(`token ${address} has no ${KIND_NAMES[kind]}`);
  if (matches.length > 1) {
    throw new UsageError(
      `token ${address} has ${matches.length} ${KIND_NAMES[kind]}s: pass one's address (${matches.map((m) => m.address).join(", ")})`,
    );
  }
  return match.address;
}

/** A token argument, checked offline, with the client and the factory (from --factory or the SDK's registry). */
export async function tokenArg(ctx: Context, text: string, field = "token") {
  const token = parseAddress(text, field);
  const client = await ctx.client();
  const factory = factoryFor(client.chain.id, ctx.factory);
  // "The protocol is not deployed on chain 8453 yet" rather than a call that returns no data.
  await assertProtocolDeployed(client, {factory: ctx.factory});
  return {client, factory, token};
}

/** A module-or-token argument, checked offline, then resolved to the module of `kind` (reads only). */
export async function moduleArg(ctx: Context, text: string, kind: ModuleKind, field: string) {
  const {client, factory, token: address} = await tokenArg(ctx, text, field);
  return {client, factory, module: await resolveModule(client, factory, address, kind)};
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
