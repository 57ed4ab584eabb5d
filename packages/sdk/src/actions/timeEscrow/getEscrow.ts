import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {timeEscrowAbi} from "../../generated.js";
import type {TimeEscrowConfig, TimeEscrowOffer} from "../../modules/timeEscrow.js";
import {readProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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

export type GetEscrowErrorType = ValidationErrorType | ReadContractErrorType;

/** Reads a time escrow: its settings, its offers and what is locked. */
export async function getEscrow<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {escrow}: GetEscrowParameters,
): Promise<GetEscrowReturnType> {
  assertAddress(escrow, "escrow");
  const read = <result>(functionName: string, args?: readonly unknown[]) =>
    readProtocolContract<result>(client, {address: escrow, abi: timeEscrowAbi, functionName, args});
  const [token, creator, config, offerCount, requestCount, totalLocked] = await Promise.all([
    read<Address>("token"),
    read<Address>("creator"),
    read<TimeEscrowConfig>("config"),
    read<bigint>("offerCount"),
    read<bigint>("requestCount"),
    read<bigint>("totalLocked"),
  ]);
  const offers = await Promise.all(
    Array.from({length: Number(offerCount)}, async (_, i) => {
      const offerId = BigInt(i);
      const [offer, availableUnits] = await Promise.all([
        read<TimeEscrowOffer>("offer", [offerId]),
        read<bigint>("availableUnits", [offerId]),
      ]);
      return {...offer, offerId, availableUnits};
    }),
  );
  return {token, creator, config, offers, requestCount, totalLocked};
}
