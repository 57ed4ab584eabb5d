import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {readFields} from "../../utils/contract.js";
import {vestingContract} from "./vestingContract.js";

export type GetVestingParameters = {
  /** The vesting wallet (from {@link getTokenInfo} or {@link getLaunchFromReceipt}). */
  vesting: Address;
};

export type GetVestingReturnType = {
  token: Address;
  beneficiary: Address;
  /** Unix seconds: launch, end of the cliff, end of vesting. */
  start: bigint;
  cliffEnd: bigint;
  end: bigint;
  released: bigint;
  /** What `releaseVested` would send the beneficiary now. */
  releasable: bigint;
};

export type GetVestingErrorType = ValidationErrorType | ReadContractErrorType | MulticallErrorType;

/**
 * Reads a creator vesting wallet's schedule and what can be released now.
 *
 * @example
 * const {releasable, end} = await getVesting(publicClient, {vesting})
 */
export async function getVesting<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {vesting}: GetVestingParameters,
): Promise<GetVestingReturnType> {
  const contract = vestingContract.at(vesting);
  return readFields(client, contract, ["token", "beneficiary", "start", "cliffEnd", "end", "released", "releasable"]);
}
