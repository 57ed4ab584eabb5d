// Finds a token's modules and tells their kind, so commands take either the module's address or the token's.
import {
  type Deployment,
  getDeployment,
  type ModuleImplementationKey,
  personalTokenFactoryAbi,
  predictModuleAddress,
  UnknownChainError,
} from "@personal-token/sdk";
import {type Address, getAddress, type PublicClient, zeroAddress} from "viem";
import type {ChainClient, Context} from "./context.js";
import {CliError, UsageError} from "./errors.js";
import {parseAddress} from "./parse.js";

export type ModuleKind = "incomeShare" | "timeEscrow" | "staking" | "polls" | "loan";

const IMPLEMENTATION_KEYS: Record<ModuleKind, ModuleImplementationKey> = {
  incomeShare: "incomeShareSplitterImplementation",
  timeEscrow: "timeEscrowImplementation",
  staking: "stakingRewardsImplementation",
  polls: "holderPollsImplementation",
  loan: "personalLoanImplementation",
};

export const KIND_NAMES: Record<ModuleKind, string> = {
  incomeShare: "income-share agreement",
  timeEscrow: "time escrow",
  staking: "staking campaign",
  polls: "holder polls",
  loan: "personal loan",
};

/** The SDK's registry entry for the chain, if the protocol is deployed there. */
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
  if (!deployment)
    throw new CliError(`no Personal Token deployment known on chain ${chainId}: pass --factory <address>`);
  return deployment.factory;
}

export function implementationsFor(chainId: number): Partial<Record<ModuleKind, Address>> {
  const deployment = deploymentOn(chainId);
  const out: Partial<Record<ModuleKind, Address>> = {};
  if (!deployment) return out;
  for (const [kind, key] of Object.entries(IMPLEMENTATION_KEYS)) {
    if (deployment[key]) out[kind as ModuleKind] = deployment[key];
  }
  return out;
}

/** An EIP-1167 clone's implementation, read from its runtime code (undefined for anything else). */
export async function cloneImplementation(client: PublicClient, address: Address): Promise<Address | undefined> {
  const code = await client.getCode({address});
  const match = code && /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/i.exec(code);
  return match ? getAddress(`0x${match[1]}`) : undefined;
}

export function kindOf(chainId: number, implementation: Address | undefined): ModuleKind | undefined {
  if (!implementation) return undefined;
  const entries = Object.entries(implementationsFor(chainId)) as [ModuleKind, Address][];
  return entries.find(([, impl]) => impl.toLowerCase() === implementation.toLowerCase())?.[0];
}

export type ModuleInfo = {kind: ModuleKind | "unknown"; address: Address; index: number};

/** Every module the factory launched for `token`, in order, with its kind. */
export async function modulesOf(client: ChainClient, factory: Address, token: Address): Promise<ModuleInfo[]> {
  const chainId = client.chain.id;
  const count = await client.readContract({
    address: factory,
    abi: personalTokenFactoryAbi,
    functionName: "moduleCountOf",
    args: [token],
  });
  const implementations = Object.entries(implementationsFor(chainId)) as [ModuleKind, Address][];
  // Each index holds one clone: of the implementations, the one whose CREATE2 address (computed offline) has code.
  return Promise.all(
    Array.from({length: Number(count)}, async (_, index) => {
      const candidates = await Promise.all(
        implementations.map(async ([kind, implementation]) => {
          const address = predictModuleAddress({token, implementation, index: BigInt(index), factory});
          const code = await client.getCode({address});
          return code && code !== "0x" ? {kind, address, index} : undefined;
        }),
      );
      return candidates.find((c) => c !== undefined) ?? {kind: "unknown" as const, address: zeroAddress, index};
    }),
  );
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
    const actual = kindOf(chainId, await cloneImplementation(client, address));
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
  return {client, factory, token};
}

/** A module-or-token argument, checked offline, then resolved to the module of `kind` (reads only). */
export async function moduleArg(ctx: Context, text: string, kind: ModuleKind, field: string) {
  const {client, factory, token: address} = await tokenArg(ctx, text, field);
  return {client, factory, module: await resolveModule(client, factory, address, kind)};
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
