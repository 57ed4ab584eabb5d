import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type CancelRequestParameters = RequestParameters;
export type CancelRequestReturnType = Hash;
export type CancelRequestErrorType = WriteActionErrorType;

/**
 * The holder takes back a request the creator has not accepted yet; the tokens come back at once.
 * Fails with `TimeEscrow_WrongStatus` once accepted and `TimeEscrow_NotHolder` for anyone else.
 *
 * @example
 * const hash = await cancelRequest(walletClient, {escrow, requestId: 0n})
 */
export const cancelRequest = /* @__PURE__ */ defineRequestAction("cancelRequest", "cancel");
