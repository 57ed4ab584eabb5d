import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type SetOfferOpenParameters = WriteParameters & {escrow: Address; offerId: bigint; open: boolean};
export type SetOfferOpenReturnType = Hash;
export type SetOfferOpenErrorType = WriteActionErrorType;

/**
 * Opens or closes an offer to new requests (creator only); requests already made are unaffected.
 *
 * @example
 * const hash = await setOfferOpen(walletClient, {escrow, offerId: 0n, open: false})
 */
export const setOfferOpen = /* @__PURE__ */ defineWriteAction<SetOfferOpenParameters>()({
  name: "setOfferOpen",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "setOfferOpen",
  args: ({offerId, open}) => [offerId, open] as const,
});
