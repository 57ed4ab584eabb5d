// The failure-time half of errors/contract.ts: finding the revert data in a viem error and decoding it into a
// ContractRevertedError. Nothing a public module re-exports imports this file statically, so an app's bundler puts it
// in a chunk the actions load only when a call fails (`pnpm size`); the public decoders (errors/decode.ts) and the
// receipt parsers that decode synchronously import it like any module.
import {
  type Abi,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  RawContractError,
  BaseError as ViemBaseError,
} from "viem";
import {ierc20ErrorsAbi} from "../generatedRegistry.js";
import type {ProtocolErrorName} from "./abi.js";
import {type Context, ContractRevertedError, type ErrorCatalog, type MessageTable} from "./contract.js";

/** A catalog's sentences, loading them if they are loaded lazily. */
export async function loadMessages(catalog: ErrorCatalog): Promise<MessageTable> {
  return typeof catalog.messages === "function" ? catalog.messages() : catalog.messages;
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
