import type {Abi, Address} from "viem";
import {type ContractTarget, factoryTarget} from "../contracts.js";
import {resolveFactory} from "../deployments.js";
import {personalTokenFactoryAbi} from "../generated.js";
import {assertAddress} from "./validate.js";

/** A protocol contract at an address checked once: what every call to it spreads (`{...escrow, functionName}`). */
export type BoundContract<abi extends Abi | readonly unknown[]> = {
  readonly address: Address;
  readonly abi: abi;
  readonly target: ContractTarget;
};

/**
 * Binds a contract's ABI and target to the address an action was given, checked first (an `InvalidAddressError`
 * named `field` if it is not an address): each call then spreads it and names only its function and arguments.
 *
 * @example
 * const escrow = contractAt(timeEscrowAbi, timeEscrowTarget, parameters.escrow, "escrow")
 * const offer = await readProtocolContract(client, {...escrow, functionName: "offer", args: [offerId]})
 */
export function contractAt<const abi extends Abi | readonly unknown[]>(
  abi: abi,
  target: ContractTarget,
  address: Address,
  field: string,
): BoundContract<abi> {
  assertAddress(address, field);
  return {address, abi, target};
}

/**
 * The factory as a bound contract: `override` if given (checked: an `InvalidAddressError` named "factory"), else the
 * chain's deployment.
 *
 * @example
 * const factory = factoryAt(client.chain?.id, parameters.factory)
 * const count = await readProtocolContract(client, {...factory, functionName: "moduleCountOf", args: [token]})
 */
export function factoryAt(
  chainId: number | undefined,
  override: Address | undefined,
): BoundContract<typeof personalTokenFactoryAbi> {
  return {address: resolveFactory(chainId, override), abi: personalTokenFactoryAbi, target: factoryTarget};
}
