import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type MarkDeliveredParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type MarkDeliveredReturnType = Hash;
export type MarkDeliveredErrorType = WriteActionErrorType;

/**
 * The creator declares the session delivered, from its scheduled time until the delivery deadline (exclusive).
 * Starts the confirmation window, after which the creator may {@link releaseRequest}.
 *
 * @example
 * const hash = await markDelivered(walletClient, {escrow, requestId: 0n})
 */
export const markDelivered = /* @__PURE__ */ defineWriteAction<MarkDeliveredParameters>()({
  name: "markDelivered",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "markDelivered",
  args: ({requestId}) => [requestId] as const,
});
