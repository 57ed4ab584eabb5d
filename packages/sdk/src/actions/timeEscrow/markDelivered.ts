import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {defineRequestAction, type RequestParameters} from "./escrowContract.js";

export type MarkDeliveredParameters = RequestParameters;
export type MarkDeliveredReturnType = Hash;
export type MarkDeliveredErrorType = WriteActionErrorType;

/**
 * The creator declares the session delivered, from its scheduled time until the delivery deadline (exclusive).
 * Starts the confirmation window, after which the creator may {@link releaseRequest}.
 *
 * @example
 * const hash = await markDelivered(walletClient, {escrow, requestId: 0n})
 */
export const markDelivered = /* @__PURE__ */ defineRequestAction("markDelivered", "markDelivered");
