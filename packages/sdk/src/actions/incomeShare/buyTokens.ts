import type {Account, Chain, Client, Hash, Hex, Transport} from "viem";
import {zeroAddress} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {readProtocolContract, senderAddress, writeProtocolContract} from "../../utils/contract.js";
import {assertAmount} from "../../utils/validate.js";
import {type SplitterParameters, splitterContract} from "./splitterContract.js";

export type BuyTokensParameters = SplitterParameters & {
  /** Tokens wanted (18 decimals); the last buyer gets what is left. */
  tokens: bigint;
  /** The allowlist signer's approval, for allowlisted sales only. */
  allowance?: {maxTokens: bigint; deadline: bigint; signature: Hex} | undefined;
};
export type BuyTokensReturnType = Hash;
export type BuyTokensErrorType = WriteActionErrorType;

/**
 * What `tokens` cost at `price` (payment-asset units per whole token), rounded up as the splitter does.
 *
 * @example
 * const cost = purchaseCost(parseEther("100000"), terms.price) // payment-asset units
 */
export function purchaseCost(tokens: bigint, price: bigint): bigint {
  assertAmount(tokens, "tokens");
  assertAmount(price, "price");
  return (tokens * price + 10n ** 18n - 1n) / 10n ** 18n;
}

/**
 * Buys tokens (and as many claim shares) in an income-share sale. A sale in ETH sends the cost as value (any excess
 * of a partial fill comes back); a sale in an ERC-20 needs {@link approveToken} for {@link purchaseCost} first —
 * without it the simulation fails with `ERC20InsufficientAllowance`.
 *
 * @example
 * const hash = await buyTokens(walletClient, {splitter, tokens: parseEther("100000")})
 */
export async function buyTokens<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {splitter, tokens, allowance, account}: BuyTokensParameters,
): Promise<BuyTokensReturnType> {
  const contract = splitterContract.at(splitter);
  assertAmount(tokens, "tokens", {min: 1n});
  senderAddress(client as Client, account, "buyTokens");
  const terms = await readProtocolContract(client, {...contract, functionName: "terms"});
  const value = terms.paymentAsset === zeroAddress ? purchaseCost(tokens, terms.price) : undefined;
  return writeProtocolContract(
    client,
    {
      ...contract,
      functionName: "buy",
      args: [tokens, allowance ?? {maxTokens: 0n, deadline: 0n, signature: "0x"}],
      value,
      account,
    },
    "buyTokens",
  );
}
