import {type Account, type Address, type Chain, type Client, erc20Abi, type Hash, type Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ApproveTokenParameters = WriteParameters & {
  /** Any ERC-20: the personal token (for a time escrow) or the sale currency (for an income-share sale). */
  token: Address;
  spender: Address;
  amount: bigint;
};
export type ApproveTokenReturnType = Hash;
export type ApproveTokenErrorType = WriteActionErrorType;

/**
 * Approves `spender` (a splitter or an escrow) to take `amount` of `token` from the sender.
 *
 * @example
 * const hash = await approveToken(walletClient, {token, spender: escrow, amount: parseEther("50000")})
 */
export async function approveToken<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {token, spender, amount, account}: ApproveTokenParameters,
): Promise<ApproveTokenReturnType> {
  assertAddress(token, "token");
  return writeProtocolContract(
    client,
    {address: token, abi: erc20Abi, functionName: "approve", args: [spender, amount], account},
    "approveToken",
  );
}
