import type {Account, Address, Client, Hex, TypedData, TypedDataDomain} from "viem";
import {signTypedData} from "viem/actions";

/**
 * Signs `message` for a module whose EIP-712 domain was read with ERC-5267 (`getEip712Domain`): name, version, chain
 * id and verifying contract, as the module's `_hashTypedDataV4` builds them (no salt).
 */
export function signForDomain<const types extends TypedData, primaryType extends keyof types & string>(
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
