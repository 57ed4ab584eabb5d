import type {Account, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type TimeEscrowOffer, timeEscrowOfferParameter} from "../../modules/timeEscrow.js";
import {writeProtocolContract} from "../../utils/contract.js";
import {assertAbiValue} from "../../utils/validate.js";
import {type EscrowParameters, escrowContract} from "./escrowContract.js";

export type PublishOfferParameters = EscrowParameters & {
  /** Price per unit (18 decimals), unit length (seconds), capacity per capacity period, open, burn, description URI. */
  offer: TimeEscrowOffer;
};
export type PublishOfferReturnType = Hash;
export type PublishOfferErrorType = WriteActionErrorType;

/**
 * Publishes an offer (creator only), e.g. one hour for 25,000 tokens, at most 10 hours per capacity period. An offer's
 * price, length, capacity and burn flag never change; only `setOfferOpen` opens or closes it.
 *
 * @example
 * const hash = await publishOffer(walletClient, {
 *   escrow,
 *   offer: {pricePerUnit: parseEther("25000"), unitLength: 3_600n, capacity: 10, open: true, burn: false, uri: "ipfs://an-hour"},
 * })
 */
export async function publishOffer<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, offer, account}: PublishOfferParameters,
): Promise<PublishOfferReturnType> {
  const contract = escrowContract.at(escrow);
  assertAbiValue(timeEscrowOfferParameter, offer, "offer");
  return writeProtocolContract(
    client,
    {...contract, functionName: "publishOffer", args: [offer], account},
    "publishOffer",
  );
}
