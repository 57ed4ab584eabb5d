import {type Address, erc20Abi, type Hash} from "viem";
import {erc20Target} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** Any ERC-20, at the parameter `token`. */
const erc20Contract = /* @__PURE__ */ defineProtocolContract("token", erc20Abi, erc20Target);

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
export const approveToken = /* @__PURE__ */ erc20Contract.write<ApproveTokenParameters>()({
  name: "approveToken",
  functionName: "approve",
  args: ({spender, amount}) => [spender, amount] as const,
});
