import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type ResolveDisputeParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
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
export const resolveDispute = /* @__PURE__ */ defineWriteAction<ResolveDisputeParameters>()({
  name: "resolveDispute",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "resolve",
  args: ({requestId, toCreator}) => [requestId, toCreator] as const,
});
