import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type DisputeRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type DisputeRequestReturnType = Hash;
export type DisputeRequestErrorType = WriteActionErrorType;

/**
 * The holder disputes a delivery within the confirmation window; the escrow's arbiter then decides
 * (`TimeEscrow_NoArbiter` if the escrow was launched without one).
 *
 * @example
 * const hash = await disputeRequest(walletClient, {escrow, requestId: 0n})
 */
export const disputeRequest = /* @__PURE__ */ defineWriteAction<DisputeRequestParameters>()({
  name: "disputeRequest",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "dispute",
  args: ({requestId}) => [requestId] as const,
});
