import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAddress} from "../../utils/validate.js";
import {type LoanParameters, loanContract} from "./loanContract.js";

export type ClaimLoanRepaymentsParameters = LoanParameters & {
  /** Where the sender's repayments go; defaults to the sender. */
  to?: Address | undefined;
  /** Claim for another account instead (`claimFor`): the repayments go to that account itself, e.g. a Uniswap pair. */
  for?: Address | undefined;
};
export type ClaimLoanRepaymentsReturnType = Hash;
export type ClaimLoanRepaymentsErrorType = WriteActionErrorType;

/**
 * Pays out the repayments the sender's claim tokens earned (`claim(to)`), or pushes another account's to it
 * (`claimFor(account)`, anyone may). Read what is claimable first with {@link getLoanPosition}.
 *
 * @example
 * const hash = await claimLoanRepayments(walletClient, {loan})
 */
export async function claimLoanRepayments<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: ClaimLoanRepaymentsParameters,
): Promise<ClaimLoanRepaymentsReturnType> {
  const {loan, to} = parameters;
  assertAddress(loan, "loan");
  if (to !== undefined) assertAddress(to, "to");
  if (parameters.for === undefined) return claim(client, parameters);
  assertAddress(parameters.for, "for");
  if (to !== undefined) {
    throw new InvalidParameterError({
      field: "to",
      reason: "cannot be combined with `for` (claimFor pays the account)",
    });
  }
  return claimFor(client, {...parameters, for: parameters.for});
}

/** `claim(to)`: the sender's repayments, to `to` or the sender. */
const claim = /* @__PURE__ */ loanContract.write<ClaimLoanRepaymentsParameters>()({
  name: "claimLoanRepayments",
  functionName: "claim",
  args: ({to}, {sender}) => [to ?? sender] as const,
});

/** `claimFor(account)`: another account's repayments, to that account. */
const claimFor = /* @__PURE__ */ loanContract.write<ClaimLoanRepaymentsParameters & {for: Address}>()({
  name: "claimLoanRepayments",
  functionName: "claimFor",
  args: (parameters) => [parameters.for] as const,
});
