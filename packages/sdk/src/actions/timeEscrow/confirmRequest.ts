import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type ConfirmRequestParameters = RequestParameters;
export type ConfirmRequestReturnType = Hash;
export type ConfirmRequestErrorType = WriteActionErrorType;

/**
 * The holder confirms the session (from its scheduled time): the locked tokens go to the creator (or are burned for a
 * burning offer). Fails with `TimeEscrow_TooEarly` before the scheduled time.
 *
 * @example
 * const hash = await confirmRequest(walletClient, {escrow, requestId: 0n})
 */
export const confirmRequest = /* @__PURE__ */ defineRequestAction("confirmRequest", "confirm");
