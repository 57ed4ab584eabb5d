import {
  type Abi,
  type Address,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  RawContractError,
  BaseError as ViemBaseError,
} from "viem";
import {ierc20ErrorsAbi} from "../generated.js";
import type {ProtocolErrorName} from "./abi.js";
import {BaseError} from "./base.js";
import type {ProtocolErrorArgs} from "./messages/format.js";

export type ContractRevertedErrorType = ContractRevertedError & {name: "ContractRevertedError"};

/**
 * The decoded arguments of custom error `name` as {@link ContractRevertedError.args} holds them: a tuple typed from the
 * ABI (`readonly []` for an error without arguments), never undefined, so `const [period] = error.args` compiles under
 * `strict` once {@link isContractRevertedError} has narrowed the name.
 */
export type ContractRevertedErrorArgs<name extends ProtocolErrorName> = [NonNullable<ProtocolErrorArgs<name>>] extends [
  never,
]
  ? readonly []
  : NonNullable<ProtocolErrorArgs<name>>;

/**
 * Where a revert is decoded: the ABI holding the called contract's custom errors and their sentences. An action
 * passes its own contract's (`errors/messages/<contract>.ts`), so it ships only those; the OpenZeppelin errors any
 * protocol call can raise through a token (ERC-6093, SafeERC20, reentrancy) are always added.
 */
export type ErrorCatalog = {
  abi: Abi | readonly unknown[];
  /**
   * The sentences, or a loader for them: actions load theirs only when a call fails, so a bundle's first chunk carries
   * no message at all (bundlers split a dynamic `import()` into its own chunk).
   */
  messages: MessageTable | (() => Promise<MessageTable>);
};

/** Custom error name → the sentence for its decoded arguments. */
export type MessageTable = {readonly [name: string]: ((args: never) => string) | undefined};

/** A catalog's sentences, loading them if they are loaded lazily. */
export async function loadMessages(catalog: ErrorCatalog): Promise<MessageTable> {
  return typeof catalog.messages === "function" ? catalog.messages() : catalog.messages;
}

type Context = {contractAddress?: Address | undefined; functionName?: string | undefined};

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
  readonly args: ContractRevertedErrorArgs<name>;
  /** The contract that reverted and the function called. */
  readonly contractAddress: Address | undefined;
  readonly functionName: string | undefined;
  /** The raw revert data. */
  readonly data: Hex;

  constructor(
    parameters: Context & {
      errorName: name;
      args: ProtocolErrorArgs<name>;
      data: Hex;
      /** The sentence; the decoder takes it from the catalog (`errorMessages` has every one). */
      message: string;
      cause?: unknown;
    },
  ) {
    const {errorName, data, contractAddress, functionName, cause, message} = parameters;
    const args = (parameters.args ?? []) as unknown as ContractRevertedErrorArgs<name>;
    super(message, {
      cause,
      details: `${errorName}(${(args as readonly unknown[]).map(String).join(", ")})`,
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
 *   if (isContractRevertedError(error, "TimeEscrow_CapacityExceeded")) {
 *     const [offerId, requested, available] = error.args
 *   }
 * }
 */
export function isContractRevertedError<name extends ProtocolErrorName>(
  error: unknown,
  errorName?: name,
): error is ContractRevertedError<name> {
  return error instanceof ContractRevertedError && (errorName === undefined || error.errorName === errorName);
}

/** The revert data inside a viem error (simulation, call or estimate), if it is a revert with data. */
export function revertDataOf(error: unknown): Hex | undefined {
  if (!(error instanceof ViemBaseError)) return undefined;
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError || e instanceof RawContractError);
  const data =
    reverted instanceof ContractFunctionRevertedError
      ? reverted.raw
      : reverted instanceof RawContractError && typeof reverted.data === "string"
        ? reverted.data
        : undefined;
  return data && data.length >= 10 ? data : undefined;
}

/**
 * Decodes raw revert data against `catalog` (plus the ERC-6093 errors every call can raise through a token) into a
 * {@link ContractRevertedError}; undefined for empty data or a selector the catalog does not know.
 */
export function decodeRevertDataWith(
  data: Hex | undefined,
  catalog: {abi: Abi | readonly unknown[]; messages: MessageTable},
  context: Context & {cause?: unknown} = {},
): ContractRevertedError | undefined {
  if (!data || data.length < 10) return undefined;
  try {
    const decoded = decodeErrorResult({abi: [...(catalog.abi as Abi), ...ierc20ErrorsAbi], data});
    const describe = catalog.messages[decoded.errorName] as ((args: unknown) => string) | undefined;
    const args = decoded.args ?? [];
    const message = describe
      ? describe(args)
      : `The contract reverted with ${decoded.errorName}(${args.map(String).join(", ")}).`;
    return new ContractRevertedError({
      errorName: decoded.errorName as ProtocolErrorName,
      args: decoded.args as never,
      data,
      message,
      ...context,
    });
  } catch {
    return undefined;
  }
}

/** {@link decodeContractRevert} against one catalog: what every action uses, so it ships only its contract's errors. */
export function decodeContractRevertWith(
  error: unknown,
  catalog: {abi: Abi | readonly unknown[]; messages: MessageTable},
  context: Context = {},
): ContractRevertedError | undefined {
  return decodeRevertDataWith(revertDataOf(error), catalog, {...context, cause: error});
}
