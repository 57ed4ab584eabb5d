import type {Address} from "viem";
import {pollsTarget} from "../../contracts.js";
import {holderPollsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the polls takes: the polls, and optionally the account that sends. */
export type PollsParameters = WriteParameters & {
  /** The token's polls module (`HolderPolls`). */
  polls: Address;
};

/**
 * The polls as its actions call it: `pollsContract.write` defines a write action, `pollsContract.at(address)` binds the
 * address, checked, for reads.
 */
export const pollsContract = /* @__PURE__ */ defineProtocolContract("polls", holderPollsAbi, pollsTarget);
