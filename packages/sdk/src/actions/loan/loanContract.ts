import type {Address} from "viem";
import {loanTarget} from "../../contracts.js";
import {personalLoanAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the loan takes: the loan, and optionally the account that sends. */
export type LoanParameters = WriteParameters & {
  /** The loan (a `PersonalLoan` module of the token). */
  loan: Address;
};

/**
 * The loan as its actions call it: `loanContract.write` defines a write action, `loanContract.at(address)` binds the
 * address, checked, for reads.
 */
export const loanContract = /* @__PURE__ */ defineProtocolContract("loan", personalLoanAbi, loanTarget);
