import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type DeclineRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type DeclineRequestReturnType = Hash;
export type DeclineRequestErrorType = WriteActionErrorType;

/**
 * The creator declines a request; the holder's tokens go back at once (creator only, before acceptance).
 *
 * @example
 * const hash = await declineRequest(walletClient, {escrow, requestId: 0n})
 */
export const declineRequest = /* @__PURE__ */ defineWriteAction<DeclineRequestParameters>()({
  name: "declineRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "decline",
  args: ({requestId}) => [requestId] as const,
});
