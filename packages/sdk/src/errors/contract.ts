import {
  type Address,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  RawContractError,
  BaseError as ViemBaseError,
} from "viem";
import {type ProtocolErrorName, protocolErrorsAbi} from "./abi.js";
import {BaseError} from "./base.js";
import {errorMessages, type ProtocolErrorArgs} from "./messages.js";

export type ContractRevertedErrorType = ContractRevertedError & {name: "ContractRevertedError"};

/**
 * A call reverted with one of the protocol's custom errors. `errorName` and `args` are decoded with the generated ABIs;
 * `shortMessage` says in words what went wrong and what to do. Narrow on a specific error with
 * {@link isContractRevertedError}.
 */
export class ContractRevertedError<name extends ProtocolErrorName = ProtocolErrorName> extends BaseError {
  override name = "ContractRevertedError" as const;
  /** The custom error, e.g. `"TimeEscrow_TooEarly"`. */
  readonly errorName: name;
  /** Its decoded arguments (an empty array for errors without arguments). */
  readonly args: NonNullable<ProtocolErrorArgs<name>> | readonly [];
  /** The contract that reverted and the function called. */
  readonly contractAddress: Address | undefined;
  readonly functionName: string | undefined;
  /** The raw revert data. */
  readonly data: Hex;

  constructor(parameters: {
    errorName: name;
    args: ProtocolErrorArgs<name>;
    data: Hex;
    contractAddress?: Address | undefined;
    functionName?: string | undefined;
    cause?: unknown;
  }) {
    const {errorName, data, contractAddress, functionName, cause} = parameters;
    const args = (parameters.args ?? []) as NonNullable<ProtocolErrorArgs<name>> | readonly [];
    const describe = errorMessages[errorName] as (args: unknown) => string;
    super(describe(args), {
      cause,
      details: `${errorName}(${args.map(String).join(", ")})`,
      metaMessages: [
        ...(functionName ? [`Function: ${functionName}`] : []),
        ...(contractAddress ? [`Contract: ${contractAddress}`] : []),
      ],
    });
    this.errorName = errorName;
    this.args = args;
    this.data = data;
    this.contractAddress = contractAddress;
    this.functionName = functionName;
  }
}

/**
 * Whether `error` is a {@link ContractRevertedError}, optionally for one custom error (then `args` is typed).
 *
 * @example
 * try {
 *   await requestTime(walletClient, {escrow, offerId: 0n, units: 2})
 * } catch (error) {
 *   if (isContractRevertedError(error, "TimeEscrow_CapacityExceeded")) console.log(error.shortMessage, error.args)
 * }
 */
export function isContractRevertedError<name extends ProtocolErrorName>(
  error: unknown,
  errorName?: name,
): error is ContractRevertedError<name> {
  return error instanceof ContractRevertedError && (errorName === undefined || error.errorName === errorName);
}

/**
 * Finds the revert data in a viem error (simulation, call or estimate) and decodes it against every protocol error.
 * Returns undefined when the error is not a revert or its selector is not a protocol error.
 *
 * @example
 * const decoded = decodeContractRevert(viemError) // undefined unless a protocol custom error
 */
export function decodeContractRevert(
  error: unknown,
  context: {contractAddress?: Address | undefined; functionName?: string | undefined} = {},
): ContractRevertedError | undefined {
  if (!(error instanceof ViemBaseError)) return undefined;
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError || e instanceof RawContractError);
  const data =
    reverted instanceof ContractFunctionRevertedError
      ? reverted.raw
      : reverted instanceof RawContractError && typeof reverted.data === "string"
        ? reverted.data
        : undefined;
  if (!data || data.length < 10) return undefined;
  try {
    const decoded = decodeErrorResult({abi: protocolErrorsAbi, data});
    return new ContractRevertedError({
      errorName: decoded.errorName,
      args: decoded.args,
      data,
      ...context,
      cause: error,
    } as ConstructorParameters<typeof ContractRevertedError>[0]);
  } catch {
    return undefined;
  }
}

/**
 * Decodes raw revert data (e.g. the `reason` bytes of a `VoteSkipped` event or `checkSignedVote`) into a
 * {@link ContractRevertedError}; undefined for empty data or an unknown selector.
 *
 * @example
 * const error = decodeRevertData(skipped.args.reason) // e.g. errorName "HolderPolls_NoVotingWeight"
 */
export function decodeRevertData(
  data: Hex,
  context: {contractAddress?: Address | undefined; functionName?: string | undefined} = {},
): ContractRevertedError | undefined {
  if (!data || data.length < 10) return undefined;
  try {
    const decoded = decodeErrorResult({abi: protocolErrorsAbi, data});
    return new ContractRevertedError({
      errorName: decoded.errorName,
      args: decoded.args,
      data,
      ...context,
    } as ConstructorParameters<typeof ContractRevertedError>[0]);
  } catch {
    return undefined;
  }
}
