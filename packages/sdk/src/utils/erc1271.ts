import {type Address, type Client, getAddress} from "viem";
import {getCode} from "viem/actions";

/**
 * The gas to send on top of the estimate for signatures whose signer is a smart wallet. A wallet's ERC-1271 check may
 * cost more when mined than in any simulation (a hostile one burns what it gets): the module caps each check at its
 * `ERC1271_GAS_LIMIT` (`gasLimit`, read only when a signer has code), so that much per wallet signature always suffices.
 */
export async function erc1271ExtraGas(
  client: Client,
  signers: readonly Address[],
  gasLimit: () => Promise<bigint>,
): Promise<bigint> {
  const unique = [...new Set(signers.map((signer) => getAddress(signer)))];
  const codes = await Promise.all(unique.map((address) => getCode(client, {address})));
  const wallets = new Set(unique.filter((_, i) => codes[i] !== undefined && codes[i] !== "0x"));
  const checks = BigInt(signers.filter((signer) => wallets.has(getAddress(signer))).length);
  return checks === 0n ? 0n : checks * (await gasLimit());
}
