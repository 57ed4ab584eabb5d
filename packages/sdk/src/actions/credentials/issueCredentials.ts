import {type Address, getAddress, type Hash} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {assertAddress} from "../../utils/validate.js";
import {type CredentialsParameters, credentialsContract} from "./credentialsContract.js";

export type IssueCredentialsParameters = CredentialsParameters & {
  classId: bigint;
  /** Who receives one; distinct, none the zero address, none already holding one of the class. */
  recipients: readonly Address[];
};
export type IssueCredentialsReturnType = Hash;
export type IssueCredentialsErrorType = WriteActionErrorType;

/**
 * The creator issues a credential of `classId` to every recipient, in one transaction (about 52,000 gas each without
 * expiry). Duplicates and the zero address are refused offline; a recipient who already holds one fails the
 * simulation with `Credentials_AlreadyHeld`, before any gas is spent. For recipients who claim themselves (the creator
 * paying nothing per recipient) see {@link signCredentialClaim}.
 *
 * @example
 * const hash = await issueCredentials(creator, {credentials, classId: 0n, recipients: buyers})
 */
export const issueCredentials = /* @__PURE__ */ credentialsContract.write<IssueCredentialsParameters>()({
  name: "issueCredentials",
  functionName: "issue",
  args: ({classId, recipients}) => [classId, recipients] as const,
  validate: ({recipients}) => {
    if (!Array.isArray(recipients) || recipients.length === 0) {
      throw new InvalidParameterError({field: "recipients", reason: "must be a non-empty array of addresses"});
    }
    const seen = new Set<string>();
    recipients.forEach((recipient, i) => {
      assertAddress(recipient, `recipients[${i}]`);
      if (/^0x0{40}$/i.test(recipient)) {
        throw new InvalidParameterError({field: `recipients[${i}]`, reason: "must not be the zero address"});
      }
      const key = getAddress(recipient);
      if (seen.has(key)) throw new InvalidParameterError({field: `recipients[${i}]`, reason: `repeats ${key}`});
      seen.add(key);
    });
  },
});
