import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {credentialsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {iCredentialsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function burnCredential<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {credentials, classId, account}: BurnCredentialParameters,
): Promise<BurnCredentialReturnType> {
  assertAddress(credentials, "credentials");
  assertAmount(classId, "classId");
  return writeProtocolContract(
    client,
    {
      address: credentials,
      abi: iCredentialsAbi,
      target: credentialsTarget,
      functionName: "burn",
      args: [classId],
      account,
    },
    "burnCredential",
  );
}
