import type {Address, Hash} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {type EscrowParameters, escrowContract} from "./escrowContract.js";

export type RecoverEscrowSurplusParameters = EscrowParameters & {
  /** The ERC-20 to recover: the personal token beyond what requests lock, or any other token sent by mistake. */
  asset: Address;
};
export type RecoverEscrowSurplusReturnType = Hash;
export type RecoverEscrowSurplusErrorType = WriteActionErrorType;

/**
 * Sends the creator what no request locked: the personal token beyond the escrow's locked total (sent by a plain
 * transfer), or the whole balance of any other ERC-20. Anyone may call it; locked tokens are never touched. Fails with
 * `TimeEscrow_NoSurplus` when there is nothing to recover.
 *
 * @example
 * const hash = await recoverEscrowSurplus(walletClient, {escrow, asset: token})
 */
export const recoverEscrowSurplus = /* @__PURE__ */ escrowContract.write<RecoverEscrowSurplusParameters>()({
  name: "recoverEscrowSurplus",
  functionName: "recoverSurplus",
  args: ({asset}) => [asset] as const,
});
