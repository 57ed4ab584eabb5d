import type {Address, Chain, Client, Transport} from "viem";
import {getCode} from "viem/actions";
import {getDeployment} from "../deployments.js";
import {type ContractIdentity, ProtocolNotDeployedError, WrongContractError} from "../errors/wrongContract.js";
import {implementationOfClone} from "./clone.js";
import {assertAddress} from "./validate.js";

/** An EIP-1167 clone's implementation, read from its runtime code (undefined for any other code). */
export function cloneImplementationOf(code: string | undefined): Address | undefined {
  return implementationOfClone(code);
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
  // The work is loaded on the first call: an app that only sends calls ships none of it (`pnpm size`).
  const {identify} = await import("./identify.js");
  return identify(client, {address, factory});
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
