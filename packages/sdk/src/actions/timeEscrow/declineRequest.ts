import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type DeclineRequestParameters = RequestParameters;
export type DeclineRequestReturnType = Hash;
export type DeclineRequestErrorType = WriteActionErrorType;

/**
 * The creator declines a request; the holder's tokens go back at once (creator only, before acceptance).
 *
 * @example
 * const hash = await declineRequest(walletClient, {escrow, requestId: 0n})
 */
export const declineRequest = /* @__PURE__ */ defineRequestAction("declineRequest", "decline");
