import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ReleaseRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type ReleaseRequestReturnType = Hash;
export type ReleaseRequestErrorType = WriteActionErrorType;

/**
 * The creator collects a delivered request the holder neither confirmed nor disputed, once the confirmation window
 * has passed (`TimeEscrow_TooEarly` before).
 *
 * @example
 * const hash = await releaseRequest(walletClient, {escrow, requestId: 0n})
 */
export async function releaseRequest<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: ReleaseRequestParameters,
): Promise<ReleaseRequestReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "release", args: [requestId], account},
    "releaseRequest",
  );
}
