import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, type Hex, zeroAddress} from "viem";
import {timeEscrowAbi} from "../generated.js";
import {assertAbiValue, firstParameter} from "../utils/validate.js";
import type {LaunchModule, ModuleDefinition} from "./types.js";

/** `ITimeEscrow.Config` and `ITimeEscrow.Offer`, taken from the generated ABI. */
export const timeEscrowConfigParameter = /* @__PURE__ */ firstParameter(timeEscrowAbi, "config", "outputs");
export const timeEscrowOfferParameter = /* @__PURE__ */ firstParameter(timeEscrowAbi, "publishOffer", "inputs");

export type TimeEscrowConfig = AbiParameterToPrimitiveType<typeof timeEscrowConfigParameter>;
export type TimeEscrowOffer = AbiParameterToPrimitiveType<typeof timeEscrowOfferParameter>;

export type TimeEscrowModuleParameters = {
  /** Escrow-wide settings; `arbiter` defaults to none (the timeouts decide) and `arbitrationTimeout` to 0. */
  config: Omit<TimeEscrowConfig, "arbiter" | "arbitrationTimeout"> &
    Partial<Pick<TimeEscrowConfig, "arbiter" | "arbitrationTimeout">>;
  /** Offers published at launch (more can be published later with `publishOffer`). */
  offers?: readonly TimeEscrowOffer[] | undefined;
  /** Override the implementation (defaults to the registry's `timeEscrowImplementation`). */
  implementation?: Address | undefined;
};

/** The time escrow's entry in {@link protocolModules}: deployment key, ABI and `data` encoder. */
export const timeEscrowModuleDefinition: ModuleDefinition<
  "timeEscrowImplementation",
  typeof timeEscrowAbi,
  (config: TimeEscrowConfig, offers: readonly TimeEscrowOffer[]) => Hex
> = {
  implementation: "timeEscrowImplementation",
  abi: timeEscrowAbi,
  /** `abi.encode(Config, Offer[])`. */
  encode: (config: TimeEscrowConfig, offers: readonly TimeEscrowOffer[]): Hex =>
    encodeAbiParameters(
      [timeEscrowConfigParameter, {type: "tuple[]", components: timeEscrowOfferParameter.components}],
      [config, offers],
    ),
};

/**
 * A time escrow ("selling your time") to launch with the token; it holds no tokens at launch.
 *
 * @example
 * const module = timeEscrowModule({
 *   config: {confirmationWindow: 3n * 86_400n, deliveryGrace: 86_400n, capacityPeriod: 30n * 86_400n},
 *   offers: [{pricePerUnit: parseEther("25000"), unitLength: 3_600n, capacity: 10, open: true, burn: false, uri: "ipfs://an-hour"}],
 * })
 */
export function timeEscrowModule({config, offers = [], implementation}: TimeEscrowModuleParameters): LaunchModule {
  const full: TimeEscrowConfig = {arbiter: zeroAddress, arbitrationTimeout: 0n, ...config};
  assertAbiValue(timeEscrowConfigParameter, full, "timeEscrow.config");
  for (const [i, offer] of offers.entries()) assertAbiValue(timeEscrowOfferParameter, offer, `timeEscrow.offers[${i}]`);
  return {
    implementation: implementation ?? timeEscrowModuleDefinition.implementation,
    tokenAmount: 0n,
    data: timeEscrowModuleDefinition.encode(full, offers),
  };
}
