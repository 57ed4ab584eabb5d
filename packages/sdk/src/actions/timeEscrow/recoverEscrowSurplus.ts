import type {Address, Hash} from "viem";
import {timeEscrowTarget} from "../../contracts.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";
import {defineWriteAction} from "../../utils/writeAction.js";

export type RecoverEscrowSurplusParameters = WriteParameters & {
  escrow: Address;
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
export const recoverEscrowSurplus = /* @__PURE__ */ defineWriteAction<RecoverEscrowSurplusParameters>()({
  name: "recoverEscrowSurplus",
  address: "escrow",
  target: timeEscrowTarget,
  abi: timeEscrowAbi,
  functionName: "recoverSurplus",
  args: ({asset}) => [asset] as const,
  validate: ({asset}) => {
    assertAddress(asset, "asset");
  },
});
