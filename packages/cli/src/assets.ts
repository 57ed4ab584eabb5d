// The ERC-20s (or ETH) a command pays, stakes or reports in: symbol and decimals for amounts, and balances.
import {type Address, erc20Abi, type PublicClient, zeroAddress} from "viem";
import {CliError} from "./errors.js";

export type Asset = {address: Address; symbol: string; decimals: number};

/** An ERC-20's symbol and decimals (ETH for the zero address). */
export async function assetInfo(client: PublicClient, address: Address): Promise<Asset> {
  if (address === zeroAddress) return {address, symbol: "ETH", decimals: 18};
  try {
    const [symbol, decimals] = await Promise.all([
      client.readContract({address, abi: erc20Abi, functionName: "symbol"}),
      client.readContract({address, abi: erc20Abi, functionName: "decimals"}),
    ]);
    return {address, symbol, decimals};
  } catch {
    throw new CliError(`${address} is not an ERC-20 token on chain ${client.chain?.id}`);
  }
}

/** `account`'s balance of an ERC-20, or of ETH for the zero address. */
export async function balanceOf(client: PublicClient, asset: Address, account: Address): Promise<bigint> {
  if (asset === zeroAddress) return client.getBalance({address: account});
  return client.readContract({address: asset, abi: erc20Abi, functionName: "balanceOf", args: [account]});
}
