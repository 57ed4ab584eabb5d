import {readFileSync} from "node:fs";
import {type Address, type Hex, isHex} from "viem";
import {UsageError} from "./errors.js";
import {parseAddress} from "./parse.js";

/** A file named by `flag` (--config, --keystore), as text; a file that cannot be read is a usage error naming both. */
export function readTextFile(path: string, flag: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** A JSON file someone handed over (a signed claim, signed votes); one that cannot be read or parsed is a usage error. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code ? `cannot read (${code})` : "is not JSON"}`);
  }
}

/** Whether a field of such a file holds a whole number (digits, as a string or a number). */
function isWholeNumber(value: unknown): boolean {
  return (typeof value === "string" || typeof value === "number") && /^\d+$/.test(String(value));
}

/**
 * A signed EIP-712 message as `credential sign-claim` and `poll vote --sign-only` write it, `{"<key>": {...},
 * "signature"}`: every field a whole number but `address`, which must be an address; anything else is a usage error
 * naming `where` and the shape expected.
 */
export function parseSignedMessage<const field extends string, const address extends field>(
  item: unknown,
  where: string,
  {
    key,
    fields,
    address,
    emptySignature = false,
  }: {key: string; fields: readonly field[]; address: address; emptySignature?: boolean},
): {message: Record<Exclude<field, address>, bigint> & Record<address, Address>; signature: Hex} {
  const fieldsOf = (item as Record<string, unknown> | null | undefined)?.[key] as Record<string, unknown> | undefined;
  const signature = (item as {signature?: unknown} | null | undefined)?.signature;
  if (
    !fieldsOf ||
    fields.some((name) => (name === address ? typeof fieldsOf[name] !== "string" : !isWholeNumber(fieldsOf[name]))) ||
    typeof signature !== "string" ||
    !isHex(signature) ||
    (!emptySignature && signature === "0x")
  ) {
    const shape = fields.map((name) => `"${name}"`).join(", ");
    throw new UsageError(`${where}: not a signed ${key} ({"${key}": {${shape}}, "signature"})`);
  }
  const message = Object.fromEntries(
    fields.map((name) => [
      name,
      name === address
        ? parseAddress(fieldsOf[name] as string, `${where}.${key}.${name}`)
        : BigInt(fieldsOf[name] as string),
    ]),
  );
  return {message: message as never, signature};
}
