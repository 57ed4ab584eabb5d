import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {credentialsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {iCredentialsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function revokeCredential<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {credentials, classId, holder, account}: RevokeCredentialParameters,
): Promise<RevokeCredentialReturnType> {
  assertAddress(credentials, "credentials");
  assertAmount(classId, "classId");
  assertAddress(holder, "holder");
  return writeProtocolContract(
    client,
    {
      address: credentials,
      abi: iCredentialsAbi,
      target: credentialsTarget,
      functionName: "revoke",
      args: [classId, holder],
      account,
    },
    "revokeCredential",
  );
}
