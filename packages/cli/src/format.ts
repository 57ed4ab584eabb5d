// Output for people and for --json: amounts with thousands separators, durations, times, `key: value` lines, and
// JSON with bigints as strings.
import {formatUnits} from "viem";
import type {Asset} from "./assets.js";
import {TOKEN_DECIMALS} from "./parse.js";

/** 1234500000000000000000n, 18 → "1,234.5". */
export function formatAmount(value: bigint, decimals: number): string {
  const [whole = "", fraction] = formatUnits(value, decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** An amount of a personal token (18 decimals), without a symbol: "25,000". */
export const formatTokens = (amount: bigint): string => formatAmount(amount, TOKEN_DECIMALS);

/** An amount of an asset with its symbol: "6,000 USDC". */
export const show = (amount: bigint, asset: Asset): string => `${formatAmount(amount, asset.decimals)} ${asset.symbol}`;

/** Seconds → "3d", "1h 30m". */
export function formatDuration(seconds: bigint): string {
  if (seconds === 0n) return "0s";
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ["d", 86_400n],
    ["h", 3_600n],
    ["m", 60n],
    ["s", 1n],
  ] as const) {
    if (rest >= size) {
      parts.push(`${rest / size}${unit}`);
      rest %= size;
    }
  }
  return parts.join(" ");
}

/** Unix seconds → "2027-01-15T10:00:00Z" ("-" for 0: not set). */
export function formatTime(unix: bigint): string {
  return unix === 0n ? "-" : new Date(Number(unix) * 1000).toISOString().replace(".000Z", "Z");
}

/** One line of JSON, bigints as decimal strings. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));

/** `key: value` lines for a flat-ish result object. */
export function humanLines(result: Record<string, unknown>, indent = ""): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      lines.push(`${indent}${key}:`);
      lines.push(...humanLines(value as Record<string, unknown>, `${indent}  `));
    } else if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: none`);
      else if (value.every((v) => typeof v !== "object" || v === null))
        lines.push(`${indent}${key}: ${value.join(", ")}`);
      else {
        lines.push(`${indent}${key}:`);
        value.forEach((item, i) => {
          lines.push(`${indent}  [${i}]`);
          lines.push(...humanLines(item as Record<string, unknown>, `${indent}    `));
        });
      }
    } else lines.push(`${indent}${key}: ${String(value)}`);
  }
  return lines;
}
