import type {Address} from "viem";
import {vestingTarget} from "../../contracts.js";
import {creatorVestingAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the vesting takes: the vesting, and optionally the account that sends. */
export type VestingParameters = WriteParameters & {
  /** The creator's vesting wallet (`CreatorVesting`), from {@link getTokenInfo}. */
  vesting: Address;
};

/**
 * The vesting as its actions call it: `vestingContract.write` defines a write action, `vestingContract.at(address)`
 * binds the address, checked, for reads.
 */
export const vestingContract = /* @__PURE__ */ defineProtocolContract("vesting", creatorVestingAbi, vestingTarget);
