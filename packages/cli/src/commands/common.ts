import {approveToken} from "@personal-token/sdk";
import {type Address, erc20Abi, type PublicClient, zeroAddress} from "viem";
import type {Context} from "../context.js";
import {parseAddress} from "../config.js";
import {CliError} from "../errors.js";
import {factoryFor, type ModuleKind, resolveModule} from "../registry.js";
import {formatAmount} from "../units.js";

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

export const show = (amount: bigint, asset: Asset) => `${formatAmount(amount, asset.decimals)} ${asset.symbol}`;

/** Parses a module-or-token argument offline, then resolves it to the module of `kind` (reads only). */
export async function moduleArg(ctx: Context, text: string, kind: ModuleKind, field: string) {
  const address = parseAddress(text, field);
  const client = await ctx.client();
  const factory = factoryFor(client.chain!.id, ctx.factory);
  return {client, factory, module: await resolveModule(client, factory, address, kind)};
}

/** Approves `spender` for `amount` of `asset` first when the sender's allowance is short (a progress step). */
export async function ensureAllowance(ctx: Context, asset: Asset, spender: Address, amount: bigint) {
  const client = await ctx.client();
  const owner = await ctx.sender();
  const [balance, allowance] = await Promise.all([
    client.readContract({address: asset.address, abi: erc20Abi, functionName: "balanceOf", args: [owner]}),
    client.readContract({address: asset.address, abi: erc20Abi, functionName: "allowance", args: [owner, spender]}),
  ]);
  if (balance < amount) throw new CliError(`${owner} holds ${show(balance, asset)}, needs ${show(amount, asset)}`);
  if (allowance >= amount) return;
  await ctx.send(`approve ${show(amount, asset)} to ${spender}`, (w) => approveToken(w, {token: asset.address, spender, amount}));
}
