import type {Account, Chain, Client, Hash, Hex, Transport} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {readProtocolContract, writeProtocolContract} from "../../utils/contract.js";
import {erc1271ExtraGas} from "../../utils/erc1271.js";
import {assertAbiValue} from "../../utils/validate.js";
import {type CredentialsParameters, credentialsContract} from "./credentialsContract.js";
import {type CredentialClaim, credentialClaimTypes} from "./signCredentialClaim.js";

export type ClaimCredentialParameters = CredentialsParameters & {
  /** The claim the creator signed ({@link signCredentialClaim}). */
  claim: CredentialClaim;
  /** The creator's signature of it. */
  signature: Hex;
};
export type ClaimCredentialReturnType = Hash;
export type ClaimCredentialErrorType = WriteActionErrorType;

/**
 * Submits a claim the creator signed: the credential goes to `claim.recipient`, whoever sends it (the recipient, or a
 * relayer paying the gas). Fails with `Credentials_ClaimExpired` after the deadline, `Credentials_InvalidNonce` for a
 * claim already used or cancelled, `Credentials_InvalidSignature` for a signature that is not the creator's.
 *
 * @example
 * const hash = await claimCredential(buyerClient, {credentials, claim: signed.claim, signature: signed.signature})
 */
export async function claimCredential<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {credentials, claim, signature, account}: ClaimCredentialParameters,
): Promise<ClaimCredentialReturnType> {
  const module = credentialsContract.at(credentials);
  assertAbiValue({type: "tuple", components: credentialClaimTypes.Claim}, claim, "claim");
  assertAbiValue({type: "bytes"}, signature, "signature");
  if (signature === "0x") throw new InvalidParameterError({field: "signature", reason: "must not be empty"});
  const creator = await readProtocolContract(client, {...module, functionName: "creator"});
  const extraGas = await erc1271ExtraGas(client as Client, [creator], () =>
    readProtocolContract(client, {...module, functionName: "ERC1271_GAS_LIMIT"}),
  );
  return writeProtocolContract(
    client,
    {...module, functionName: "claim", args: [claim, signature], account, extraGas},
    "claimCredential",
  );
}
