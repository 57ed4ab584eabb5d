import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ConfirmRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type ConfirmRequestReturnType = Hash;
export type ConfirmRequestErrorType = WriteActionErrorType;

/**
 * The holder confirms the session (from its scheduled time): the locked tokens go to the creator (or are burned for a
 * burning offer). Fails with `TimeEscrow_TooEarly` before the scheduled time.
 *
 * @example
 * const hash = await confirmRequest(walletClient, {escrow, requestId: 0n})
 */
export const confirmRequest = /* @__PURE__ */ defineWriteAction<ConfirmRequestParameters>()({
  name: "confirmRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "confirm",
  args: ({requestId}) => [requestId] as const,
});
