import type {Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CredentialsParameters, credentialsContract} from "./credentialsContract.js";

export type BurnCredentialParameters = CredentialsParameters & {
  classId: bigint;
};
export type BurnCredentialReturnType = Hash;
export type BurnCredentialErrorType = WriteActionErrorType;

/**
 * The holder burns their own credential of `classId`: always allowed, expired or not, revocable or not. Fails with `Credentials_NotHeld` when the sender holds none.
 *
 * @example
 * const hash = await burnCredential(holderClient, {credentials, classId: 0n})
 */
export const burnCredential = /* @__PURE__ */ credentialsContract.write<BurnCredentialParameters>()({
  name: "burnCredential",
  functionName: "burn",
  args: ({classId}) => [classId] as const,
});
