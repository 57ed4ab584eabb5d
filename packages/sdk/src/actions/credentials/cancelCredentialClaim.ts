import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import {credentialsTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {iCredentialsAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

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
export async function cancelCredentialClaim<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {credentials, classId, recipient, account}: CancelCredentialClaimParameters,
): Promise<CancelCredentialClaimReturnType> {
  assertAddress(credentials, "credentials");
  assertAmount(classId, "classId");
  assertAddress(recipient, "recipient");
  return writeProtocolContract(
    client,
    {
      address: credentials,
      abi: iCredentialsAbi,
      target: credentialsTarget,
      functionName: "cancelClaim",
      args: [classId, recipient],
      account,
    },
    "cancelCredentialClaim",
  );
}
