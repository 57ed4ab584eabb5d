import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type ReclaimRequestParameters = RequestParameters;
export type ReclaimRequestReturnType = Hash;
export type ReclaimRequestErrorType = WriteActionErrorType;

/**
 * The holder takes the tokens back: an accepted request not marked delivered by its deadline, or a dispute the
 * arbiter left unresolved for `arbitrationTimeout`.
 *
 * @example
 * const hash = await reclaimRequest(walletClient, {escrow, requestId: 0n})
 */
export const reclaimRequest = /* @__PURE__ */ defineRequestAction("reclaimRequest", "reclaim");
