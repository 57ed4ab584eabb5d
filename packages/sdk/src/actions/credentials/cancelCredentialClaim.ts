import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CredentialsParameters, credentialsContract} from "./credentialsContract.js";

export type CancelCredentialClaimParameters = CredentialsParameters & {
  classId: bigint;
  /** Whose claim signatures are cancelled. */
  recipient: Address;
};
export type CancelCredentialClaimReturnType = Hash;
export type CancelCredentialClaimErrorType = WriteActionErrorType;

/**
 * The creator cancels every claim signature given to `recipient` for `classId` and not used yet (their nonce moves on).
 *
 * @example
 * const hash = await cancelCredentialClaim(creator, {credentials, classId: 0n, recipient})
 */
export const cancelCredentialClaim = /* @__PURE__ */ credentialsContract.write<CancelCredentialClaimParameters>()({
  name: "cancelCredentialClaim",
  functionName: "cancelClaim",
  args: ({classId, recipient}) => [classId, recipient] as const,
});
