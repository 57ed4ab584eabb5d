import type {Account, Address, Chain, Client, Hex, Transport} from "viem";
import {iCredentialsAbi} from "../../generated.js";
import {readProtocolContract} from "../../utils/contract.js";
import {type SignModuleMessageErrorType, signModuleMessage} from "../../utils/eip712.js";
import {assertAddress, assertAmount, firstParameter} from "../../utils/validate.js";
import {credentialsContract} from "./credentialsContract.js";

/** `ICredentials.Claim`, the EIP-712 struct the creator signs. */
export type CredentialClaim = {classId: bigint; recipient: Address; nonce: bigint; deadline: bigint};

/** A claim signed off-chain by the creator: hand it to the recipient, who (or anyone) submits it with {@link claimCredential}. */
export type SignedCredentialClaim = {claim: CredentialClaim; signature: Hex};

export type SignCredentialClaimParameters = {
  /** The token's credentials module (`Credentials`). */
  credentials: Address;
  classId: bigint;
  /** Who may receive the credential. */
  recipient: Address;
  /** Last second the claim may be submitted (unix seconds). */
  deadline: bigint;
  /**
   * The signer; defaults to the client's account. It must be the creator, or — when the creator is an ERC-1271 smart
   * wallet — an account whose signature the wallet accepts.
   */
  account?: Account | Address | undefined;
};
export type SignCredentialClaimReturnType = SignedCredentialClaim;
export type SignCredentialClaimErrorType = SignModuleMessageErrorType;

/**
 * The EIP-712 types of `ICredentials.Claim` (`CLAIM_TYPEHASH`:
 * `Claim(uint256 classId,address recipient,uint256 nonce,uint256 deadline)`), from the generated ABI's struct.
 *
 * @example
 * // check a signed claim off-chain: the creator's address, or false for a forged one
 * const valid = await verifyTypedData({address: creator, domain, types: credentialClaimTypes, primaryType: "Claim", message, signature})
 */
export const credentialClaimTypes = {
  Claim: /* @__PURE__ */ firstParameter(iCredentialsAbi, "claimDigest", "inputs").components,
} as const;

/**
 * The creator signs a claim (no transaction, no gas): reads the recipient's claim nonce for the class and the module's
 * EIP-712 domain (ERC-5267 `eip712Domain()`: "PersonalToken Credentials", "1", chain id, the module) and signs
 * `Claim{classId, recipient, nonce, deadline}`. The claim works once; the creator can cancel it before it is used
 * (`cancelCredentialClaim`), and revoking the recipient's credential cancels it too.
 *
 * @example
 * const signed = await signCredentialClaim(creator, {credentials, classId: 0n, recipient: buyer, deadline: now + 30n * 86_400n})
 * // send `signed` to the buyer, who calls claimCredential(buyerClient, {credentials, ...signed})
 */
export async function signCredentialClaim<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {credentials, classId, recipient, deadline, account}: SignCredentialClaimParameters,
): Promise<SignCredentialClaimReturnType> {
  const contract = credentialsContract.at(credentials);
  assertAmount(classId, "classId");
  assertAddress(recipient, "recipient");
  assertAmount(deadline, "deadline");
  const {message: claim, signature} = await signModuleMessage(client as Client, {
    address: contract.address,
    account,
    action: "signCredentialClaim",
    types: credentialClaimTypes,
    primaryType: "Claim",
    read: () => readProtocolContract(client, {...contract, functionName: "claimNonce", args: [classId, recipient]}),
    build: (nonce): CredentialClaim => ({classId, recipient, nonce, deadline}),
  });
  return {claim, signature};
}
