import {type Address, type Chain, type Client, erc20Abi, getAddress, type Transport} from "viem";
import {getCode, readContract} from "viem/actions";
import type {ContractKind} from "../contracts.js";
import {type Deployment, getDeployment, implementationKinds} from "../deployments.js";
import {UnknownChainError} from "../errors/validation.js";
import {type ContractIdentity, ProtocolNotDeployedError, WrongContractError} from "../errors/wrongContract.js";
import {assertAddress} from "./validate.js";

const CLONE = /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/i;

/** An EIP-1167 clone's implementation, read from its runtime code (undefined for any other code). */
export function cloneImplementationOf(code: string | undefined): Address | undefined {
  const match = code ? CLONE.exec(code) : null;
  return match ? getAddress(`0x${match[1]}`) : undefined;
}

/** The registry's deployment for the client's chain, or undefined on a chain the SDK does not know. */
function deploymentOf(chainId: number | undefined): Deployment | undefined {
  try {
    return getDeployment(chainId);
  } catch (error) {
    if (error instanceof UnknownChainError) return undefined;
    throw error;
  }
}

export type IdentifyContractParameters = {
  address: Address;
  /** Override the registry's factory (as the action did). */
  factory?: Address | undefined;
};

/**
 * What `address` holds on the client's chain: nothing (a wallet), one of the protocol's contracts (the factory, or a
 * clone of a protocol implementation: a token, a vesting wallet, a module), a clone of another implementation, an
 * ERC-20, or another contract. One `eth_getCode`, plus a `symbol()` call for an unknown contract.
 *
 * @example
 * const identity = await identifyContract(publicClient, {address}) // {kind: "incomeShare", implementation: "0x…"}
 */
export async function identifyContract<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {address, factory}: IdentifyContractParameters,
): Promise<ContractIdentity> {
  assertAddress(address, "address");
  const code = await getCode(client, {address});
  if (!code || code === "0x") return {kind: "none"};
  const deployment = deploymentOf(client.chain?.id);
  const factoryAddress = factory ?? deployment?.factory;
  if (factoryAddress && factoryAddress.toLowerCase() === address.toLowerCase()) return {kind: "factory"};
  const implementation = cloneImplementationOf(code);
  if (implementation) {
    for (const [key, kind] of Object.entries(implementationKinds) as [
      keyof typeof implementationKinds,
      Exclude<ContractKind, "erc20">,
    ][]) {
      if (deployment?.[key]?.toLowerCase() === implementation.toLowerCase()) return {kind, implementation};
    }
    return {kind: "clone", implementation};
  }
  try {
    const symbol = await readContract(client, {address, abi: erc20Abi, functionName: "symbol"});
    return {kind: "erc20", symbol};
  } catch {
    return {kind: "contract"};
  }
}

/**
 * After a failed call to `address`: throws {@link WrongContractError} (or {@link ProtocolNotDeployedError} for a
 * registry factory without code) when the address does not hold the `expected` kind of contract; returns otherwise, and
 * the caller rethrows the original error. A clone of a non-protocol implementation counts as the wrong contract, since
 * the call failed on it.
 */
export async function assertContractKind(
  client: Client<Transport, Chain | undefined>,
  {address, expected, cause}: {address: Address; expected: ContractKind; cause?: unknown},
): Promise<void> {
  let actual: ContractIdentity;
  try {
    actual = await identifyContract(client, {address});
  } catch {
    return; // the node did not answer: the original error says more
  }
  // A factory given as an override is some contract that is neither a clone nor an ERC-20: the failure is its own.
  if (
    actual.kind === expected ||
    (expected === "factory" && actual.kind === "contract") ||
    (expected === "erc20" && actual.kind === "token")
  )
    return;
  const chainId = client.chain?.id;
  const registryFactory = deploymentOf(chainId)?.factory;
  if (expected === "factory" && actual.kind === "none" && registryFactory?.toLowerCase() === address.toLowerCase()) {
    throw new ProtocolNotDeployedError({chainId, factory: address, cause});
  }
  throw new WrongContractError({address, expected, actual, chainId, cause});
}

/**
 * Throws {@link ProtocolNotDeployedError} unless the factory (the registry's for the client's chain, or `factory`) has
 * code: the runtime check that the protocol's CREATE2 addresses are deployed on this chain.
 *
 * @example
 * await assertProtocolDeployed(publicClient) // "The protocol is not deployed on chain 8453 yet: …"
 */
export async function assertProtocolDeployed<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {factory}: {factory?: Address | undefined} = {},
): Promise<void> {
  const address = factory ?? getDeployment(client.chain?.id).factory;
  const code = await getCode(client, {address});
  if (!code || code === "0x") {
    if (factory !== undefined)
      throw new WrongContractError({address, expected: "factory", actual: {kind: "none"}, chainId: client.chain?.id});
    throw new ProtocolNotDeployedError({chainId: client.chain?.id, factory: address});
  }
}
