// Human input: amounts in whole tokens ("25000", "0.5", "1_000_000"), durations ("3d", "1h", "90 days"), times,
// addresses, ids. Each parser names the field in its error, a usage error (exit 2) raised before any RPC.
import {InvalidAmountError, parseAmount as parseStrictAmount} from "@personal-token/sdk";
import {type Address, getAddress, isAddress} from "viem";
import {UsageError} from "./errors.js";

/** A personal token's decimals (every token the factory launches has 18). */
export const TOKEN_DECIMALS = 18;

/**
 * "25000", "25,000", "1_000_000", "0.5" → base units, through the SDK's strict `parseAmount`: separators only between
 * groups of three digits, so "1,00" or "1,5" (a decimal comma) is refused instead of read as 100 or 15. With `raw`,
 * the text is already base units (whole numbers).
 */
export function parseAmount(
  text: string,
  decimals: number,
  {field, raw = false, allowZero = false}: {field: string; raw?: boolean; allowZero?: boolean},
): bigint {
  const written = String(text).trim();
  if (raw && written.includes(".")) {
    throw new UsageError(`${field}: "${text}" has decimals, but --raw amounts are whole base units`);
  }
  try {
    return parseStrictAmount(written, raw ? 0 : decimals, {field, allowZero});
  } catch (error) {
    if (!(error instanceof InvalidAmountError)) throw error;
    throw new UsageError(amountProblem(text, raw ? 0 : decimals, field, allowZero));
  }
}

/** One line for an amount the SDK refused, in the CLI's `field: "text" …` shape. */
function amountProblem(text: string, decimals: number, field: string, allowZero: boolean): string {
  const written = String(text).trim();
  if (/^\d+,\d{1,2}$|^\d+,\d{4,}$/.test(written)) {
    return `${field}: "${text}" is not an amount: write ${written.replace(",", ".")} for a decimal ("," only separates thousands, as in 25,000)`;
  }
  const plain = written.replace(/[,_]/g, "");
  if (/^\d+(\.\d+)?$/.test(plain)) {
    if ((plain.split(".")[1] ?? "").length > decimals) return `${field}: "${text}" has more than ${decimals} decimals`;
    if (!allowZero && /^[0.]+$/.test(plain)) return `${field}: must be more than 0`;
    if (!/^(\d{1,3}([,_]\d{3})*|\d+)(\.\d+)?$/.test(written)) {
      return `${field}: "${text}" is not an amount: "," and "_" only separate groups of three digits (25,000 or 25_000)`;
    }
    return `${field}: "${text}" is too large`;
  }
  return `${field}: "${text}" is not an amount (e.g. 25000 or 0.5)`;
}

/** Checks an amount's syntax before the decimals are known (read from the chain): bad input fails before any RPC. */
export function checkAmountText(text: string, field: string): void {
  // As many decimals as the text has: only the syntax is checked here; the asset's decimals are checked later.
  const decimals = (String(text).trim().split(".")[1] ?? "").length;
  parseAmount(text, decimals, {field, allowZero: true});
}

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(s|secs?|seconds?)$/, 1],
  [/^(m|mins?|minutes?)$/, 60],
  [/^(h|hrs?|hours?)$/, 3_600],
  [/^(d|days?)$/, 86_400],
  [/^(w|weeks?)$/, 7 * 86_400],
  [/^(y|yrs?|years?)$/, 365 * 86_400],
];

/** "3d", "1h", "90 days", "1.5h", "3600" (seconds) → seconds. */
export function parseDuration(text: string | number, field: string, {allowZero = false} = {}): bigint {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(String(text).trim());
  const unit = match?.[2]?.toLowerCase() ?? "";
  const factor = unit === "" ? 1 : UNIT_SECONDS.find(([re]) => re.test(unit))?.[1];
  if (!match || factor === undefined) {
    throw new UsageError(`${field}: "${text}" is not a duration (e.g. 3d, 1h, 90 days, 3600)`);
  }
  const seconds = Number(match[1]) * factor;
  if (!Number.isInteger(seconds)) throw new UsageError(`${field}: "${text}" is not a whole number of seconds`);
  if (seconds === 0 && !allowZero) throw new UsageError(`${field}: must be longer than 0`);
  return BigInt(seconds);
}

/** "now", "+2d" (from `now`), unix seconds, or an ISO date ("2027-01-15T10:00Z") → unix seconds. */
export function parseTime(text: string, field: string, now: bigint): bigint {
  const trimmed = String(text).trim();
  if (trimmed === "now") return now;
  if (trimmed.startsWith("+")) return now + parseDuration(trimmed.slice(1), field);
  if (/^\d+$/.test(trimmed)) return BigInt(trimmed);
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms))
    throw new UsageError(`${field}: "${text}" is not a time (now, +2d, unix seconds or an ISO date)`);
  return BigInt(Math.floor(ms / 1000));
}

/** A non-negative integer id ("3" → 3n). */
export function parseId(text: string, field: string): bigint {
  if (!/^\d+$/.test(String(text).trim())) throw new UsageError(`${field}: "${text}" is not a number`);
  return BigInt(String(text).trim());
}

export function parseCount(text: string, field: string, {min = 1, max = 2 ** 32 - 1} = {}): number {
  const value = /^\d+$/.test(String(text).trim()) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${field}: "${text}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function parseAddress(text: string, field: string): Address {
  if (typeof text !== "string" || !isAddress(text.trim(), {strict: false}))
    throw new UsageError(`${field}: "${text}" is not an address`);
  if (!isAddress(text.trim(), {strict: true})) {
    throw new UsageError(
      `${field}: "${text}" has a wrong checksum (a letter in the wrong case): check it, or write it all lowercase`,
    );
  }
  return getAddress(text.trim());
}
