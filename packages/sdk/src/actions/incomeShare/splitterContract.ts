import type {Address} from "viem";
import {incomeShareTarget} from "../../contracts.js";
import {incomeShareSplitterAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the splitter takes: the splitter, and optionally the account that sends. */
export type SplitterParameters = WriteParameters & {
  /** The token's income-share splitter (an `IncomeShareSplitter` module of the token). */
  splitter: Address;
};

/**
 * The splitter as its actions call it: `splitterContract.write` defines a write action, `splitterContract.at(address)`
 * binds the address, checked, for reads.
 */
export const splitterContract = /* @__PURE__ */ defineProtocolContract(
  "splitter",
  incomeShareSplitterAbi,
  incomeShareTarget,
);
