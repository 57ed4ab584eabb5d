import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ReclaimRequestParameters = WriteParameters & {
  /** The creator's time escrow (a module of the token). */
  escrow: Address;
  requestId: bigint;
};
export type ReclaimRequestReturnType = Hash;
export type ReclaimRequestErrorType = WriteActionErrorType;

/**
 * The holder takes the tokens back: an accepted request not marked delivered by its deadline, or a dispute the
 * arbiter left unresolved for `arbitrationTimeout`.
 *
 * @example
 * const hash = await reclaimRequest(walletClient, {escrow, requestId: 0n})
 */
export async function reclaimRequest<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, requestId, account}: ReclaimRequestParameters,
): Promise<ReclaimRequestReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "reclaim", args: [requestId], account},
    "reclaimRequest",
  );
}
