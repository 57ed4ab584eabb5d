import type {Abi, Address, Hex} from "viem";
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

export type Context = {contractAddress?: Address | undefined; functionName?: string | undefined};

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
