import {type DecodeErrorResultReturnType, formatUnits} from "viem";
import type {ProtocolErrorAbiItem, ProtocolErrorName} from "../abi.js";

/** The decoded arguments of custom error `name`, typed from the ABI. */
export type ProtocolErrorArgs<name extends ProtocolErrorName> = Extract<
  DecodeErrorResultReturnType<readonly ProtocolErrorAbiItem[]>,
  {errorName: name}
>["args"];

/** A sentence for each of the custom errors `names`, from their decoded arguments. */
export type MessagesOf<names extends ProtocolErrorName> = {
  [name in names]: (args: NonNullable<ProtocolErrorArgs<name>>) => string;
};

export const SALE_STATUS = ["upcoming", "active", "succeeded", "failed"] as const;
export const REQUEST_STATUS = [
  "None",
  "Requested",
  "Accepted",
  "Delivered",
  "Disputed",
  "Cancelled",
  "Declined",
  "Released",
  "Refunded",
  "Resolved",
] as const;

export const LOAN_STATUS = ["funding", "failed (below the principal at the deadline)", "active", "repaid"] as const;

/** Personal-token amounts (18 decimals) as a person reads them. */
export const tokens = (amount: bigint) => `${formatUnits(amount, 18)} tokens`;
/** A unix timestamp as an ISO date. */
export const time = (seconds: bigint | number) => {
  const date = new Date(Number(seconds) * 1000);
  return Number.isNaN(date.getTime()) ? `unix time ${seconds}` : date.toISOString();
};
export const days = (seconds: bigint | number) => `${Number(seconds) / 86_400} days`;
