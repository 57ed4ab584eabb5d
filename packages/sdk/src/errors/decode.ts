import type {Address, Hex} from "viem";
import {protocolErrorsAbi} from "./abi.js";
import type {ContractRevertedError} from "./contract.js";
import {decodeContractRevertWith, decodeRevertDataWith} from "./decodeRevert.js";
import {errorMessages} from "./messages.js";

type Context = {contractAddress?: Address | undefined; functionName?: string | undefined};

/** Every protocol error and its sentence (what the actions use is one contract's part of it). */
const everyError = {abi: protocolErrorsAbi, messages: errorMessages};

/**
 * Finds the revert data in a viem error (simulation, call or estimate) and decodes it against every protocol error.
 * Returns undefined when the error is not a revert or its selector is not a protocol error.
 *
 * @example
 * const decoded = decodeContractRevert(viemError) // undefined unless a protocol custom error
 */
export function decodeContractRevert(error: unknown, context: Context = {}): ContractRevertedError | undefined {
  return decodeContractRevertWith(error, everyError, context);
}

/**
 * Decodes raw revert data (e.g. the `reason` bytes of a `VoteSkipped` event or `checkSignedVote`) into a
 * {@link ContractRevertedError}; undefined for empty data or an unknown selector.
 *
 * @example
 * const error = decodeRevertData(skipped.args.reason) // e.g. errorName "HolderPolls_NoVotingWeight"
 */
export function decodeRevertData(data: Hex, context: Context = {}): ContractRevertedError | undefined {
  return decodeRevertDataWith(data, everyError, context);
}
