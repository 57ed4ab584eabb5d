import {BaseError} from "./base.js";

export type EventNotFoundErrorType = EventNotFoundError & {name: "EventNotFoundError"};

/** A receipt (or list of logs) does not contain the event a helper looks for. */
export class EventNotFoundError extends BaseError {
  override name = "EventNotFoundError" as const;
  readonly eventName: string;

  constructor({eventName}: {eventName: string}) {
    super(`No ${eventName} event in these logs: pass the receipt of the transaction that emitted it.`, {
      details: "Was the transaction reverted, or sent to another contract than the protocol's?",
    });
    this.eventName = eventName;
  }
}
