import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {REQUEST_STATUS, time, tokens} from "./format.js";

/** The timeEscrow contract's custom errors in words: what went wrong and what to do. */
export const timeEscrowMessages: MessagesOf<Extract<ProtocolErrorName, `TimeEscrow_${string}`>> = {
  TimeEscrow_FundedAtLaunch: ([amount]) =>
    `The time escrow was given ${tokens(amount)} at launch: launch it with tokenAmount 0 (it only holds what requests lock).`,
  TimeEscrow_ConfirmationWindowOutOfRange: ([window, max]) =>
    `The confirmation window is ${window} s: choose between 1 s and ${max} s.`,
  TimeEscrow_DeliveryGraceOutOfRange: ([grace, max]) =>
    `The delivery grace is ${grace} s: choose between 1 s and ${max} s.`,
  TimeEscrow_ArbitrationTimeoutOutOfRange: ([timeout, max]) =>
    `The arbitration timeout is ${timeout} s: with an arbiter, choose between 1 s and ${max} s.`,
  TimeEscrow_CapacityPeriodOutOfRange: ([period, max]) =>
    `The capacity period is ${period} s: choose between 1 s and ${max} s.`,
  TimeEscrow_ZeroPricePerUnit: () => "The offer's price per unit is zero: set a positive pricePerUnit.",
  TimeEscrow_UnitLengthOutOfRange: ([length, max]) =>
    `The offer's unit length is ${length} s: choose between 1 s and ${max} s.`,
  TimeEscrow_ZeroCapacity: () => "The offer's capacity is zero: allow at least one unit per capacity period.",
  TimeEscrow_NotCreator: ([caller]) => `${caller} is not the creator: only the creator can do this.`,
  TimeEscrow_NotHolder: ([caller]) => `${caller} did not make this request: only its holder can do this.`,
  TimeEscrow_NotArbiter: ([caller]) => `${caller} is not the escrow's arbiter: only the arbiter resolves disputes.`,
  TimeEscrow_UnknownOffer: ([offerId]) => `Offer ${offerId} does not exist: list the offers with getEscrow().`,
  TimeEscrow_OfferClosed: ([offerId]) => `Offer ${offerId} is closed to new requests.`,
  TimeEscrow_ZeroUnits: () => "Request at least one unit.",
  TimeEscrow_CapacityExceeded: ([offerId, available, requested]) =>
    `Offer ${offerId} has ${available} units left this capacity period, fewer than the ${requested} requested: request fewer units or wait for the next period.`,
  TimeEscrow_WrongStatus: ([requestId, status]) =>
    `Request ${requestId} is ${REQUEST_STATUS[status] ?? `in state ${status}`}, which does not allow this.`,
  TimeEscrow_InvalidSchedule: ([scheduledAt]) =>
    `The session cannot be scheduled at ${time(scheduledAt)}: pick a time from now to 365 days ahead.`,
  TimeEscrow_TooEarly: ([requestId, opensAt]) =>
    `Request ${requestId}: this is possible from ${time(opensAt)} on; try again then.`,
  TimeEscrow_TooLate: ([requestId, closedAt]) => `Request ${requestId}: this was possible until ${time(closedAt)}.`,
  TimeEscrow_ArbitrationClosed: ([requestId, closedAt]) =>
    `Request ${requestId}: arbitration closed at ${time(closedAt)}; the holder can now reclaim everything.`,
  TimeEscrow_NoArbiter: () => "This escrow has no arbiter, so deliveries cannot be disputed; the timeouts decide.",
  TimeEscrow_InvalidSplit: ([toCreator, amount]) =>
    `The creator's part (${tokens(toCreator)}) is more than the request locks (${tokens(amount)}).`,
  TimeEscrow_UnknownRequest: ([requestId]) => `Request ${requestId} does not exist.`,
  TimeEscrow_NoSurplus: ([asset]) => `The escrow holds no ${asset} beyond what open requests lock: nothing to recover.`,
};
