import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type SetOfferOpenParameters = WriteParameters & {escrow: Address; offerId: bigint; open: boolean};
export type SetOfferOpenReturnType = Hash;
export type SetOfferOpenErrorType = WriteActionErrorType;

/**
 * Opens or closes an offer to new requests (creator only); requests already made are unaffected.
 *
 * @example
 * const hash = await setOfferOpen(walletClient, {escrow, offerId: 0n, open: false})
 */
export async function setOfferOpen<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, offerId, open, account}: SetOfferOpenParameters,
): Promise<SetOfferOpenReturnType> {
  assertAddress(escrow, "escrow");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "setOfferOpen", args: [offerId, open], account},
    "setOfferOpen",
  );
}
