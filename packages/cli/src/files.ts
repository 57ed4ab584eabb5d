import {readFileSync} from "node:fs";
import {UsageError} from "./errors.js";

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
export function isWholeNumber(value: unknown): boolean {
  return (typeof value === "string" || typeof value === "number") && /^\d+$/.test(String(value));
}
