import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type CancelRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type CancelRequestReturnType = Hash;
export type CancelRequestErrorType = WriteActionErrorType;

/**
 * The holder takes back a request the creator has not accepted yet; the tokens come back at once.
 * Fails with `TimeEscrow_WrongStatus` once accepted and `TimeEscrow_NotHolder` for anyone else.
 *
 * @example
 * const hash = await cancelRequest(walletClient, {escrow, requestId: 0n})
 */
export const cancelRequest = /* @__PURE__ */ defineWriteAction<CancelRequestParameters>()({
  name: "cancelRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "cancel",
  args: ({requestId}) => [requestId] as const,
});
