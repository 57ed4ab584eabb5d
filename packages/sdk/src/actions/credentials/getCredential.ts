import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readProtocolContract} from "../../utils/contract.js";
import {credentialsContract} from "./credentialsContract.js";

export type GetCredentialParameters = {
  credentials: Address;
  holder: Address;
  classId: bigint;
};
export type GetCredentialReturnType = {
  /** Its ERC-721 id (`classId << 160 | holder`), held or not. */
  tokenId: bigint;
  /** Whether `holder` holds it now (expired or not). */
  held: boolean;
  /** Held and not expired. */
  valid: boolean;
  /** When it stops being valid (unix seconds); 0n: never (or not held). */
  expiresAt: bigint;
  /** The nonce a claim signature for this holder and class must carry now. */
  claimNonce: bigint;
};
export type GetCredentialErrorType = ValidationErrorType | ReadContractErrorType;

/**
 * One account's credential of one class: held, valid (unexpired), its expiry and token id. Fails with
 * `Credentials_UnknownClass` for a class that does not exist.
 *
 * @example
 * const {held, valid, expiresAt} = await getCredential(publicClient, {credentials, holder, classId: 0n})
 */
export async function getCredential<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {credentials, holder, classId}: GetCredentialParameters,
): Promise<GetCredentialReturnType> {
  const contract = credentialsContract.at(credentials);
  // The struct's fields are the return type's, by name.
  return readProtocolContract(client, {...contract, functionName: "credentialOf", args: [holder, classId]});
}
