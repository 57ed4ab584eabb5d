import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type DeclineRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type DeclineRequestReturnType = Hash;
export type DeclineRequestErrorType = WriteActionErrorType;

/**
 * The creator declines a request; the holder's tokens go back at once (creator only, before acceptance).
 *
 * @example
 * const hash = await declineRequest(walletClient, {escrow, requestId: 0n})
 */
export async function declineRequest<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: DeclineRequestParameters,
): Promise<DeclineRequestReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "decline", args: [requestId], account},
    "declineRequest",
  );
}
