import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, zeroAddress} from "viem";
import {timeEscrowAbi} from "../generated.js";
import {assertAbiValue} from "../utils/validate.js";
import type {LaunchModule} from "./types.js";

type ConfigFunction = Extract<(typeof timeEscrowAbi)[number], {type: "function"; name: "config"}>;
type PublishOfferFunction = Extract<(typeof timeEscrowAbi)[number], {type: "function"; name: "publishOffer"}>;

/** `ITimeEscrow.Config` and `ITimeEscrow.Offer`, taken from the generated ABI. */
export const timeEscrowConfigParameter: ConfigFunction["outputs"][0] = timeEscrowAbi.find(
  (item): item is ConfigFunction => item.type === "function" && item.name === "config",
)!.outputs[0];
export const timeEscrowOfferParameter: PublishOfferFunction["inputs"][0] = timeEscrowAbi.find(
  (item): item is PublishOfferFunction => item.type === "function" && item.name === "publishOffer",
)!.inputs[0];

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

/** A time escrow ("selling your time") to launch with the token; it holds no tokens at launch. */
export function timeEscrowModule({config, offers = [], implementation}: TimeEscrowModuleParameters): LaunchModule {
  const full: TimeEscrowConfig = {arbiter: zeroAddress, arbitrationTimeout: 0n, ...config};
  assertAbiValue(timeEscrowConfigParameter, full, "timeEscrow.config");
  offers.forEach((offer, i) => assertAbiValue(timeEscrowOfferParameter, offer, `timeEscrow.offers[${i}]`));
  return {
    implementation: implementation ?? "timeEscrowImplementation",
    tokenAmount: 0n,
    data: encodeAbiParameters(
      [timeEscrowConfigParameter, {type: "tuple[]", components: timeEscrowOfferParameter.components}],
      [full, offers],
    ),
  };
}
