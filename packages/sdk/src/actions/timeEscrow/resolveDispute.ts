import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function resolveDispute<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, toCreator, account}: ResolveDisputeParameters,
): Promise<ResolveDisputeReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "resolve", args: [requestId, toCreator], account},
    "resolveDispute",
  );
}
