import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type EscrowParameters, escrowContract} from "./escrowContract.js";

export type ResolveDisputeParameters = EscrowParameters & {
  requestId: bigint;
  /** Tokens to the creator (burned for a burning offer); the rest goes back to the holder. */
  toCreator: bigint;
};
export type ResolveDisputeReturnType = Hash;
export type ResolveDisputeErrorType = WriteActionErrorType;

/**
 * The arbiter splits a disputed request's locked tokens between creator and holder (arbiter only), before
 * `disputedAt + arbitrationTimeout`: from then on the holder may reclaim everything and this fails with
 * `TimeEscrow_ArbitrationClosed`.
 *
 * @example
 * const hash = await resolveDispute(arbiterClient, {escrow, requestId: 0n, toCreator: parseEther("25000")})
 */
export const resolveDispute = /* @__PURE__ */ escrowContract.write<ResolveDisputeParameters>()({
  name: "resolveDispute",
  functionName: "resolve",
  args: ({requestId, toCreator}) => [requestId, toCreator] as const,
});
