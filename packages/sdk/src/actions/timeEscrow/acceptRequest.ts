import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type AcceptRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
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
export const acceptRequest = /* @__PURE__ */ defineWriteAction<AcceptRequestParameters>()({
  name: "acceptRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "accept",
  args: ({requestId, scheduledAt}) => [requestId, scheduledAt] as const,
});
