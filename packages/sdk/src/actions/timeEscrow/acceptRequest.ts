import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type EscrowParameters, escrowContract} from "./escrowContract.js";

export type AcceptRequestParameters = EscrowParameters & {
  requestId: bigint;
  /** When the session takes place (unix seconds, from now to 365 days ahead). */
  scheduledAt: bigint;
};
export type AcceptRequestReturnType = Hash;
export type AcceptRequestErrorType = WriteActionErrorType;

/**
 * The creator accepts a request and schedules the session. The holder can confirm from `scheduledAt`; the creator
 * must mark it delivered before the delivery deadline (see {@link getRequest} `deadlines`).
 *
 * @example
 * const hash = await acceptRequest(walletClient, {escrow, requestId: 0n, scheduledAt: BigInt(Date.parse("2026-07-01T15:00Z") / 1000)})
 */
export const acceptRequest = /* @__PURE__ */ escrowContract.write<AcceptRequestParameters>()({
  name: "acceptRequest",
  functionName: "accept",
  args: ({requestId, scheduledAt}) => [requestId, scheduledAt] as const,
});
