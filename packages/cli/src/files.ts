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
