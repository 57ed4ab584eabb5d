import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {multicallProtocolContracts, readProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";
import {escrowContract} from "./escrowContract.js";
import {type RawDeadlines, type RawRequest, requestCalls, type TimeRequest, toTimeRequest} from "./getRequest.js";

export type GetOpenRequestsParameters = {
  escrow: Address;
  /** A holder's open requests. Without it: the creator's inbox, every open request among ids `[start, start + limit)`. */
  holder?: Address | undefined;
  /** Inbox page start (default 0) and size (default 100). */
  start?: bigint | undefined;
  limit?: bigint | undefined;
};

/** Open requests (requested, accepted, delivered, disputed), oldest first, with their deadlines. */
export type GetOpenRequestsReturnType = TimeRequest[];

export type GetOpenRequestsErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * Lists open requests: a holder's (`openRequestIdsOf`) or the creator's inbox (`openRequestIds`, paginated).
 *
 * @example
 * const mine = await getOpenRequests(publicClient, {escrow, holder: alice})
 * const inbox = await getOpenRequests(publicClient, {escrow}) // the creator's
 */
export async function getOpenRequests<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {escrow, holder, start = 0n, limit = 100n}: GetOpenRequestsParameters,
): Promise<GetOpenRequestsReturnType> {
  const contract = escrowContract.at(escrow);
  if (holder !== undefined) assertAddress(holder, "holder");
  assertAmount(start, "start");
  assertAmount(limit, "limit", {min: 1n});
  const ids =
    holder === undefined
      ? await readProtocolContract(client, {...contract, functionName: "openRequestIds", args: [start, limit]})
      : await readProtocolContract(client, {...contract, functionName: "openRequestIdsOf", args: [holder]});
  if (ids.length === 0) return [];
  // Every request and its deadlines in one multicall.
  const reads = await multicallProtocolContracts(
    client,
    ids.flatMap((requestId) => requestCalls(contract, requestId)),
  );
  return ids.map((requestId, i) =>
    toTimeRequest(requestId, reads[2 * i] as RawRequest, reads[2 * i + 1] as RawDeadlines),
  );
}
