import type {Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {WriteActionErrorType} from "../../errors/write.js";
import {creatorVestingAbi} from "../../generated.js";
import {type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type ReleaseVestedParameters = WriteParameters & {vesting: Address};
export type ReleaseVestedReturnType = Hash;
export type ReleaseVestedErrorType = WriteActionErrorType;

/**
 * Sends what has vested to the creator (`CreatorVesting.release`). Anyone may call it; the tokens only ever go to the
 * beneficiary. Fails with `CreatorVesting_NothingToRelease` before the cliff.
 *
 * @example
 * const hash = await releaseVested(walletClient, {vesting})
 */
export async function releaseVested<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  {vesting, account}: ReleaseVestedParameters,
): Promise<ReleaseVestedReturnType> {
  assertAddress(vesting, "vesting");
  return writeProtocolContract(
    client,
    {address: vesting, abi: creatorVestingAbi, functionName: "release", args: [], account},
    "releaseVested",
  );
}
