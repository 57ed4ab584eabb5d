import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {timeEscrowAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

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
export async function recoverEscrowSurplus<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {escrow, asset, account}: RecoverEscrowSurplusParameters,
): Promise<RecoverEscrowSurplusReturnType> {
  assertAddress(escrow, "escrow");
  assertAddress(asset, "asset");
  return writeProtocolContract(
    client,
    {address: escrow, abi: timeEscrowAbi, functionName: "recoverSurplus", args: [asset], account},
    "recoverEscrowSurplus",
  );
}
