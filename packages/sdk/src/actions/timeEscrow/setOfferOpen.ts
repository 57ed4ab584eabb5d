import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type EscrowParameters, escrowContract} from "./escrowContract.js";

export type SetOfferOpenParameters = EscrowParameters & {offerId: bigint; open: boolean};
export type SetOfferOpenReturnType = Hash;
export type SetOfferOpenErrorType = WriteActionErrorType;

/**
 * Opens or closes an offer to new requests (creator only); requests already made are unaffected.
 *
 * @example
 * const hash = await setOfferOpen(walletClient, {escrow, offerId: 0n, open: false})
 */
export const setOfferOpen = /* @__PURE__ */ escrowContract.write<SetOfferOpenParameters>()({
  name: "setOfferOpen",
  functionName: "setOfferOpen",
  args: ({offerId, open}) => [offerId, open] as const,
});
