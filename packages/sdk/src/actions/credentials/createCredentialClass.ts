import type {Account, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type CredentialClass, credentialClassTuple} from "../../modules/credentials.js";
import {readProtocolContract, writeProtocolContract} from "../../utils/contract.js";
import {type CredentialsParameters, credentialsContract} from "./credentialsContract.js";

export type CreateCredentialClassParameters = CredentialsParameters & CredentialClass;
export type CreateCredentialClassReturnType = {
  hash: Hash;
  /** The new class's id (`classCount()` read before sending: only the creator creates classes). */
  classId: bigint;
};
export type CreateCredentialClassErrorType = WriteActionErrorType;

/**
 * The creator defines a credential class: its metadata URI, an optional expiry (a date, a duration from each issue, or
 * both: the earlier wins) and whether its credentials can ever be revoked. None of it can change afterwards. Fails
 * with `Credentials_ExpiryInPast` for a date not in the future, `Credentials_NotCreator` for anyone else.
 *
 * @example
 * const {classId} = await createCredentialClass(creator, {credentials, uri: "ipfs://great-developer", validFor: 365n * 86_400n, revocable: true})
 */
export async function createCredentialClass<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {credentials, account, ...params}: CreateCredentialClassParameters,
): Promise<CreateCredentialClassReturnType> {
  const module = credentialsContract.at(credentials);
  const tuple = credentialClassTuple(params);
  const classId = await readProtocolContract(client, {...module, functionName: "classCount"});
  const hash = await writeProtocolContract(
    client,
    {...module, functionName: "createClass", args: [tuple], account},
    "createCredentialClass",
  );
  return {hash, classId};
}
