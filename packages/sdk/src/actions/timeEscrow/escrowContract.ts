import type {Address} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the escrow takes: the escrow, and optionally the account that sends. */
export type EscrowParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
};

/**
 * The escrow as its actions call it: `escrowContract.write` defines a write action, `escrowContract.at(address)` binds
 * the address, checked, for reads.
 */
export const escrowContract = /* @__PURE__ */ defineProtocolContract("escrow", timeEscrowAbi, timeEscrowTarget);

/** What the request's own transitions take: the escrow and the request. */
export type RequestParameters = EscrowParameters & {requestId: bigint};

/** A transition that takes only the request, `functionName(requestId)`: cancel, confirm, decline and the rest. */
export function defineRequestAction(
  name: string,
  functionName: "cancel" | "confirm" | "decline" | "dispute" | "markDelivered" | "reclaim" | "release",
) {
  return escrowContract.write<RequestParameters>()({name, functionName, args: ({requestId}) => [requestId] as const});
}
