import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CredentialsParameters, credentialsContract} from "./credentialsContract.js";

export type RevokeCredentialParameters = CredentialsParameters & {
  classId: bigint;
  /** The holder whose credential is revoked. */
  holder: Address;
};
export type RevokeCredentialReturnType = Hash;
export type RevokeCredentialErrorType = WriteActionErrorType;

/**
 * The creator revokes `holder`'s credential of a revocable class (fixed when the class was created) and cancels any claim signature given to them. Fails with `Credentials_NotRevocable` for a class created not revocable, `Credentials_NotHeld` when `holder` holds none.
 *
 * @example
 * const hash = await revokeCredential(creator, {credentials, classId: 1n, holder})
 */
export const revokeCredential = /* @__PURE__ */ credentialsContract.write<RevokeCredentialParameters>()({
  name: "revokeCredential",
  functionName: "revoke",
  args: ({classId, holder}) => [classId, holder] as const,
});
