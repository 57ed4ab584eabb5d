import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type DisputeRequestParameters = RequestParameters;
export type DisputeRequestReturnType = Hash;
export type DisputeRequestErrorType = WriteActionErrorType;

/**
 * The holder disputes a delivery within the confirmation window; the escrow's arbiter then decides
 * (`TimeEscrow_NoArbiter` if the escrow was launched without one).
 *
 * @example
 * const hash = await disputeRequest(walletClient, {escrow, requestId: 0n})
 */
export const disputeRequest = /* @__PURE__ */ defineRequestAction("disputeRequest", "dispute");
