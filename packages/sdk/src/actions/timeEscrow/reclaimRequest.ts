import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ReclaimRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type ReclaimRequestReturnType = Hash;
export type ReclaimRequestErrorType = WriteActionErrorType;

/**
 * The holder takes the tokens back: an accepted request not marked delivered by its deadline, or a dispute the
 * arbiter left unresolved for `arbitrationTimeout`.
 *
 * @example
 * const hash = await reclaimRequest(walletClient, {escrow, requestId: 0n})
 */
export const reclaimRequest = /* @__PURE__ */ defineWriteAction<ReclaimRequestParameters>()({
  name: "reclaimRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "reclaim",
  args: ({requestId}) => [requestId] as const,
});
