import type {
  Address,
  Chain,
  Client,
  ContractFunctionReturnType,
  MulticallErrorType,
  ReadContractErrorType,
  Transport,
} from "viem";
import type {ContractRevertedErrorType} from "../../errors/contract.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import type {timeEscrowAbi} from "../../generated.js";
import {type RequestStatus, requestStatuses} from "../../types.js";
import type {BoundContract} from "../../utils/boundContract.js";
import {multicallProtocolContracts} from "../../utils/contract.js";
import {escrowContract} from "./escrowContract.js";

export type GetRequestParameters = {escrow: Address; requestId: bigint};

export type TimeRequest = {
  requestId: bigint;
  holder: Address;
  offerId: bigint;
  units: number;
  status: RequestStatus;
  /** Whether released tokens are burned (the offer's flag when requested). */
  burn: boolean;
  /** Unix seconds; 0 until set. */
  scheduledAt: bigint;
  deliveredAt: bigint;
  disputedAt: bigint;
  /** Tokens locked. */
  amount: bigint;
  /** The deadlines that apply now (0 where none applies): see `ITimeEscrow.deadlines`. */
  deadlines: {
    /** The creator must mark the session delivered before this. */
    deliveryDeadline: bigint;
    /** The creator may release from this. */
    releaseOpensAt: bigint;
    /** The holder may reclaim from this. */
    reclaimOpensAt: bigint;
  };
};
export type GetRequestReturnType = TimeRequest;

export type GetRequestErrorType =
  | ValidationErrorType
  | ContractRevertedErrorType
  | ReadContractErrorType
  | MulticallErrorType;

/**
 * Reads one request with its status name and deadlines; an unknown id fails with `TimeEscrow_UnknownRequest`.
 *
 * @example
 * const {status, amount, deadlines} = await getRequest(publicClient, {escrow, requestId: 0n})
 */
export async function getRequest<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {escrow, requestId}: GetRequestParameters,
): Promise<GetRequestReturnType> {
  const contract = escrowContract.at(escrow);
  const [request, deadlines] = await multicallProtocolContracts(client, requestCalls(contract, requestId));
  return toTimeRequest(requestId, request, deadlines);
}

/** The two reads that make a request, for one multicall: `getRequest(id)` and `deadlines(id)`. */
export function requestCalls(contract: BoundContract<typeof timeEscrowAbi>, requestId: bigint) {
  return [
    {...contract, functionName: "getRequest", args: [requestId]},
    {...contract, functionName: "deadlines", args: [requestId]},
  ] as const;
}

export type RawRequest = ContractFunctionReturnType<typeof timeEscrowAbi, "view", "getRequest">;
export type RawDeadlines = ContractFunctionReturnType<typeof timeEscrowAbi, "view", "deadlines">;

/** A request as `getRequest(id)` and `deadlines(id)` return it, with its status named. */
export function toTimeRequest(
  requestId: bigint,
  request: RawRequest,
  [deliveryDeadline, releaseOpensAt, reclaimOpensAt]: RawDeadlines,
): TimeRequest {
  const {holder, offerId, units, status, burn, scheduledAt, deliveredAt, disputedAt, amount} = request;
  return {
    requestId,
    holder,
    offerId,
    units,
    status: requestStatuses[status] ?? "none",
    burn,
    scheduledAt,
    deliveredAt,
    disputedAt,
    amount,
    deadlines: {deliveryDeadline, releaseOpensAt, reclaimOpensAt},
  };
}
