import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function disputeRequest<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: DisputeRequestParameters,
): Promise<DisputeRequestReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "dispute", args: [requestId], account},
    "disputeRequest",
  );
}
