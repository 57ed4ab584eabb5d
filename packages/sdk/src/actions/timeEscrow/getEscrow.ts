import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import {getBlockNumber} from "viem/actions";
import type {ValidationErrorType} from "../../errors/validation.js";
import type {TimeEscrowConfig, TimeEscrowOffer} from "../../modules/timeEscrow.js";
import {multicallProtocolContracts, readFields} from "../../utils/contract.js";
import {escrowContract} from "./escrowContract.js";

export type GetEscrowParameters = {escrow: Address};

export type GetEscrowReturnType = {
  token: Address;
  creator: Address;
  config: TimeEscrowConfig;
  /** Every offer, by id, with the units still requestable in the current capacity period. */
  offers: (TimeEscrowOffer & {offerId: bigint; availableUnits: bigint})[];
  requestCount: bigint;
  /** Tokens locked in open requests (equal to the escrow's token balance). */
  totalLocked: bigint;
};

export type GetEscrowErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * Reads a time escrow: its settings, its offers and what is locked.
 *
 * @example
 * const {config, offers, totalLocked} = await getEscrow(publicClient, {escrow})
 */
export async function getEscrow<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {escrow}: GetEscrowParameters,
): Promise<GetEscrowReturnType> {
  const contract = escrowContract.at(escrow);
  // Two multicalls (the offers' count comes from the first), both at one block.
  const blockNumber = await getBlockNumber(client, {cacheTime: 0});
  const {token, creator, config, offerCount, requestCount, totalLocked} = await readFields(
    client,
    contract,
    ["token", "creator", "config", "offerCount", "requestCount", "totalLocked"],
    {blockNumber},
  );
  const offerIds = Array.from({length: Number(offerCount)}, (_, i) => BigInt(i));
  const perOffer = await multicallProtocolContracts(
    client,
    offerIds.flatMap(
      (offerId) =>
        [
          {...contract, functionName: "offer", args: [offerId]},
          {...contract, functionName: "availableUnits", args: [offerId]},
        ] as const,
    ),
    {blockNumber},
  );
  const offers = offerIds.map((offerId, i) => ({
    ...(perOffer[2 * i] as TimeEscrowOffer),
    offerId,
    availableUnits: perOffer[2 * i + 1] as bigint,
  }));
  return {token, creator, config, offers, requestCount, totalLocked};
}
