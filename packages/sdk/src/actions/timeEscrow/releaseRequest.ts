import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type ReleaseRequestParameters = RequestParameters;
export type ReleaseRequestReturnType = Hash;
export type ReleaseRequestErrorType = WriteActionErrorType;

/**
 * The creator collects a delivered request the holder neither confirmed nor disputed, once the confirmation window
 * has passed (`TimeEscrow_TooEarly` before).
 *
 * @example
 * const hash = await releaseRequest(walletClient, {escrow, requestId: 0n})
 */
export const releaseRequest = /* @__PURE__ */ defineRequestAction("releaseRequest", "release");
