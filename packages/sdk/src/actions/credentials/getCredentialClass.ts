import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readProtocolContract} from "../../utils/contract.js";
import {credentialsContract} from "./credentialsContract.js";

export type GetCredentialClassParameters = {credentials: Address; classId: bigint};
export type GetCredentialClassReturnType = {
  classId: bigint;
  /** The class's metadata URI (every one of its credentials' `tokenURI`). */
  uri: string;
  /** No credential of the class is valid from this date, and none can be issued (unix seconds); 0n: none. */
  validUntil: bigint;
  /** Each credential is valid this long from its issue (seconds); 0n: no duration. */
  validFor: bigint;
  /** Whether the creator may revoke a credential (fixed at creation). */
  revocable: boolean;
  issued: bigint;
  burned: bigint;
  revoked: bigint;
  /** Accounts holding one now, expired or not: issued − burned − revoked. */
  holders: bigint;
};
export type GetCredentialClassErrorType = ValidationErrorType | ReadContractErrorType;

/**
 * A credential class's terms and counts. Fails with `Credentials_UnknownClass` for an id that does not exist.
 *
 * @example
 * const {uri, revocable, holders} = await getCredentialClass(publicClient, {credentials, classId: 0n})
 */
export async function getCredentialClass<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {credentials, classId}: GetCredentialClassParameters,
): Promise<GetCredentialClassReturnType> {
  const contract = credentialsContract.at(credentials);
  const c = await readProtocolContract(client, {...contract, functionName: "getClass", args: [classId]});
  return {classId, ...c}; // the struct's fields are the return type's, by name
}
