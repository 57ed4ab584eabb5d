import {type Address, erc20Abi, type Hash} from "viem";
import {erc20Target} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineWriteAction} from "../../utils/writeAction.js";

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
export const approveToken = /* @__PURE__ */ defineWriteAction<ApproveTokenParameters>()({
  name: "approveToken",
  address: "token",
  target: erc20Target,
  abi: erc20Abi,
  functionName: "approve",
  args: ({spender, amount}) => [spender, amount] as const,
});
