import type {Abi, Address, Hex} from "viem";
import type {ModuleImplementationKey} from "../deployments.js";

/**
 * A module launched beside the token (`IPersonalTokenFactory.ModuleParams`), with its `data` already encoded. Build it
 * with a module helper ({@link incomeShareModule}, {@link timeEscrowModule}, {@link stakingModule},
 * {@link pollsModule}) or by hand for a custom module. Launch it with the token or later with {@link launchModule}.
 */
export type LaunchModule = {
  /** The implementation to clone: an address, or a deployment registry key resolved for the client's chain. */
  implementation: Address | ModuleImplementationKey;
  /** Tokens minted to the module at launch (part of the total supply). */
  tokenAmount: bigint;
  /** The module's ABI-encoded initialization data. */
  data: Hex;
};

/**
 * What the SDK knows about one kind of module, in one place ({@link protocolModules}): the deployment registry key of
 * its implementation, its generated ABI (its custom errors decode, its calls are typed) and the encoder of its
 * initialization `data`.
 */
export type ModuleDefinition<
  implementation extends ModuleImplementationKey = ModuleImplementationKey,
  abi extends Abi = Abi,
  encode extends (...settings: never[]) => Hex = (...settings: never[]) => Hex,
> = {
  readonly implementation: implementation;
  readonly abi: abi;
  readonly encode: encode;
};
