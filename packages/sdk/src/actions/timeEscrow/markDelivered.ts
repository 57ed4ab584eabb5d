import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type MarkDeliveredParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type MarkDeliveredReturnType = Hash;
export type MarkDeliveredErrorType = WriteActionErrorType;

/**
 * The creator declares the session delivered, from its scheduled time until the delivery deadline (exclusive).
 * Starts the confirmation window, after which the creator may {@link releaseRequest}.
 *
 * @example
 * const hash = await markDelivered(walletClient, {escrow, requestId: 0n})
 */
export async function markDelivered<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: MarkDeliveredParameters,
): Promise<MarkDeliveredReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "markDelivered", args: [requestId], account},
    "markDelivered",
  );
}
