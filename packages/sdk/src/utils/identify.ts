// What identifyContract and the failure path run: loaded only when a call fails or an address is identified, never
// with an action's first chunk (utils/identifyContract.ts is the public face; `pnpm size`). It imports no module the
// package index re-exports except what every action loads anyway (a bundler would put what it uses of one in the
// first chunk).
import {type Address, type Chain, type Client, erc20Abi, type Transport} from "viem";
import {getCode, readContract} from "viem/actions";
import type {ContractKind} from "../contracts.js";
import {type Deployment, deploymentOf, implementationKinds} from "../deploymentRegistry.js";
import {UnknownChainError} from "../errors/validation.js";
import {type ContractIdentity, ProtocolNotDeployedError, WrongContractError} from "../errors/wrongContract.js";
import {implementationOfClone} from "./clone.js";
import type {IdentifyContractParameters} from "./identifyContract.js";

/** The registry's deployment for the client's chain, or undefined on a chain the SDK does not know. */
function knownDeployment(chainId: number | undefined): Deployment | undefined {
  try {
    return deploymentOf(chainId);
  } catch (error) {
    if (error instanceof UnknownChainError) return undefined;
    throw error;
  }
}

/** {@link identifyContract} once the address is checked. */
export async function identify(
  client: Client<Transport, Chain | undefined>,
  {address, factory}: IdentifyContractParameters,
): Promise<ContractIdentity> {
  const code = await getCode(client, {address});
  if (!code || code === "0x") return {kind: "none"};
  const deployment = knownDeployment(client.chain?.id);
  const factoryAddress = factory ?? deployment?.factory;
  if (factoryAddress && factoryAddress.toLowerCase() === address.toLowerCase()) return {kind: "factory"};
  const implementation = implementationOfClone(code);
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
    actual = await identify(client, {address});
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
  const registryFactory = knownDeployment(chainId)?.factory;
  if (expected === "factory" && actual.kind === "none" && registryFactory?.toLowerCase() === address.toLowerCase()) {
    throw new ProtocolNotDeployedError({chainId, factory: address, cause});
  }
  throw new WrongContractError({address, expected, actual, chainId, cause});
}
