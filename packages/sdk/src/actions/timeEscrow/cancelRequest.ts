import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function cancelRequest<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: CancelRequestParameters,
): Promise<CancelRequestReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "cancel", args: [requestId], account},
    "cancelRequest",
  );
}
