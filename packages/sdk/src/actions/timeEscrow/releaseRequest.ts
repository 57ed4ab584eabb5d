import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ReleaseRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type ReleaseRequestReturnType = Hash;
export type ReleaseRequestErrorType = WriteActionErrorType;

/**
 * The creator collects a delivered request the holder neither confirmed nor disputed, once the confirmation window
 * has passed (`TimeEscrow_TooEarly` before).
 *
 * @example
 * const hash = await releaseRequest(walletClient, {escrow, requestId: 0n})
 */
export const releaseRequest = /* @__PURE__ */ defineWriteAction<ReleaseRequestParameters>()({
  name: "releaseRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "release",
  args: ({requestId}) => [requestId] as const,
});
