import type {Address, Hash} from "viem";
import {credentialsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {iCredentialsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type BurnCredentialParameters = WriteParameters & {
  /** The token's credentials module (`Credentials`). */
  credentials: Address;
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
export const burnCredential = /* @__PURE__ */ defineWriteAction<BurnCredentialParameters>()({
  name: "burnCredential",
  address: "credentials",
  target: credentialsTarget,
  abi: iCredentialsAbi,
  functionName: "burn",
  args: ({classId}) => [classId] as const,
  validate: ({classId}) => {
    assertAmount(classId, "classId");
  },
});
