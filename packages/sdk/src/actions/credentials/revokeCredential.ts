import type {Address, Hash} from "viem";
import {credentialsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {iCredentialsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type RevokeCredentialParameters = WriteParameters & {
  /** The token's credentials module (`Credentials`). */
  credentials: Address;
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
export const revokeCredential = /* @__PURE__ */ defineWriteAction<RevokeCredentialParameters>()({
  name: "revokeCredential",
  address: "credentials",
  target: credentialsTarget,
  abi: iCredentialsAbi,
  functionName: "revoke",
  args: ({classId, holder}) => [classId, holder] as const,
  validate: ({classId, holder}) => {
    assertAmount(classId, "classId");
    assertAddress(holder, "holder");
  },
});
