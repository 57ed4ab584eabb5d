import type {Address, Hash} from "viem";
import {credentialsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {iCredentialsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type CancelCredentialClaimParameters = WriteParameters & {
  /** The token's credentials module (`Credentials`). */
  credentials: Address;
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
export const cancelCredentialClaim = /* @__PURE__ */ defineWriteAction<CancelCredentialClaimParameters>()({
  name: "cancelCredentialClaim",
  address: "credentials",
  target: credentialsTarget,
  abi: iCredentialsAbi,
  functionName: "cancelClaim",
  args: ({classId, recipient}) => [classId, recipient] as const,
  validate: ({classId, recipient}) => {
    assertAmount(classId, "classId");
    assertAddress(recipient, "recipient");
  },
});
