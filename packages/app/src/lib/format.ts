// How amounts, addresses and times read on screen.
import {type Address, formatUnits, getAddress, isAddress} from "viem";

/** `1234567.5` → "1,234,567.5"; at most `maxDecimals` decimals, trailing zeros trimmed. */
export function formatAmount(value: bigint, decimals: number, maxDecimals = 6): string {
  const [whole = "0", fraction = ""] = formatUnits(value, decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = fraction.slice(0, maxDecimals).replace(/0+$/, "");
  return trimmed ? `${grouped}.${trimmed}` : grouped;
}

/**
 * An address as EIP-55 writes it, whatever case it came in (the indexer's are lower case, the chain's checksummed), so
 * the same account reads the same everywhere on screen; anything that is not an address is returned as it is.
 */
export const checksummed = (address: Address | string) =>
  isAddress(address, {strict: false}) ? getAddress(address) : address;

/** `0x7099…79C8`: the checksummed address, shortened. */
export const shortAddress = (address: Address | string) => {
  const a = checksummed(address);
  return `${a.slice(0, 6)}…${a.slice(-4)}`;
};

/** Unix seconds → "2026-01-15 00:00 UTC". */
export function formatTime(seconds: bigint | number): string {
  const n = Number(seconds);
  if (!Number.isFinite(n) || n <= 0) return "—";
  if (n >= 2 ** 63) return "never";
  return `${new Date(n * 1_000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDuration(seconds: bigint | number): string {
  const s = Number(seconds);
  if (s % 86_400 === 0) return `${s / 86_400} day${s === 86_400 ? "" : "s"}`;
  if (s % 3_600 === 0) return `${s / 3_600} hour${s === 3_600 ? "" : "s"}`;
  return `${s} s`;
}

export const formatBps = (bps: bigint | number) => `${Number(bps) / 100}%`;

/** `part / whole` as a percentage with up to two decimals ("3.33%"); a part under 0.01% reads "< 0.01%". */
export function formatShare(part: bigint, whole: bigint): string {
  if (whole === 0n) return "0%";
  const hundredths = (part * 10_000n) / whole;
  return hundredths === 0n && part > 0n ? "< 0.01%" : `${Number(hundredths) / 100}%`;
}

/** What share of `whole` `part` is, in percent with one decimal (0 when `whole` is 0). */
export function percentOf(part: bigint, whole: bigint): number {
  return whole === 0n ? 0 : Number((part * 1000n) / whole) / 10;
}
