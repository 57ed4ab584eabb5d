import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ConfirmRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type ConfirmRequestReturnType = Hash;
export type ConfirmRequestErrorType = WriteActionErrorType;

/**
 * The holder confirms the session (from its scheduled time): the locked tokens go to the creator (or are burned for a
 * burning offer). Fails with `TimeEscrow_TooEarly` before the scheduled time.
 *
 * @example
 * const hash = await confirmRequest(walletClient, {escrow, requestId: 0n})
 */
export async function confirmRequest<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: ConfirmRequestParameters,
): Promise<ConfirmRequestReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "confirm", args: [requestId], account},
    "confirmRequest",
  );
}
