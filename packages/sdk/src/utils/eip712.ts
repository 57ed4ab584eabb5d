import type {
  Account,
  Address,
  Client,
  Hex,
  ReadContractErrorType,
  SignTypedDataErrorType,
  TypedData,
  TypedDataDomain,
} from "viem";
import {getEip712Domain, signTypedData} from "viem/actions";
import type {ValidationErrorType} from "../errors/validation.js";
import {senderOf} from "./contract.js";

/** What signing a module's message can fail with: a parameter refused, a read of what it needs, the signing itself. */
export type SignModuleMessageErrorType = ValidationErrorType | ReadContractErrorType | SignTypedDataErrorType;

/**
 * Signs `message` for a module whose EIP-712 domain was read with ERC-5267 (`getEip712Domain`): name, version, chain
 * id and verifying contract, as the module's `_hashTypedDataV4` builds them (no salt).
 */
function signForDomain<const types extends TypedData, primaryType extends keyof types & string>(
  client: Client,
  {
    account,
    domain,
    types,
    primaryType,
    message,
  }: {
    account: Account | Address;
    domain: TypedDataDomain;
    types: types;
    primaryType: primaryType;
    message: Record<string, unknown>;
  },
): Promise<Hex> {
  return signTypedData(client, {
    account,
    domain: {
      name: domain.name,
      version: domain.version,
      chainId: domain.chainId,
      verifyingContract: domain.verifyingContract,
    },
    types,
    primaryType,
    message,
  } as Parameters<typeof signTypedData>[1]);
}

/**
 * An off-chain signature for module `address` (a vote, a credential claim): finds the signer (the parameter's account,
 * else the client's), reads the module's EIP-712 domain and, beside it, what the message needs (`read`, given the
 * signer's address: a nonce, the poll), builds the message from that (`build` may refuse it) and signs it.
 */
export async function signModuleMessage<
  const types extends TypedData,
  primaryType extends keyof types & string,
  read,
  message extends Record<string, unknown>,
>(
  client: Client,
  {
    address,
    account,
    action,
    types,
    primaryType,
    read,
    build,
  }: {
    address: Address;
    account: Account | Address | undefined;
    /** The action's name, for the error when there is no account. */
    action: string;
    types: types;
    primaryType: primaryType;
    read: (signer: Address) => Promise<read>;
    build: (values: read, signer: Address) => message;
  },
): Promise<{message: message; signature: Hex}> {
  const signer = senderOf(client, account, action);
  const signerAddress = typeof signer === "string" ? signer : signer.address;
  const [{domain}, values] = await Promise.all([getEip712Domain(client, {address}), read(signerAddress)]);
  const message = build(values, signerAddress);
  const signature = await signForDomain(client, {account: signer, domain, types, primaryType, message});
  return {message, signature};
}
