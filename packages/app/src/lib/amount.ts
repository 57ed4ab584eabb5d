// Strict amount parsing, in one place so it can be swapped for the SDK's shared `parseAmount` when it lands.
// Accepts plain decimal numbers only ("1500", "0.02", "1000000.5"): no sign, exponent, separators or spaces inside,
// and never more decimals than the unit has. The result echoes the amount with its unit so the person sees what will
// be sent before anything is signed.
import {parseUnits} from "viem";
import {formatAmount} from "./format.js";

export type ParsedAmount = {ok: true; value: bigint; echo: string} | {ok: false; error: string};

export type ParseAmountOptions = {
  decimals: number;
  unit: string;
  /** Smallest accepted value in base units (default 1: zero is refused). */
  min?: bigint;
  /** Largest accepted value in base units, with what it is (e.g. "the tokens left on sale"). */
  max?: {value: bigint; what: string};
};

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function parseAmount(input: string, {decimals, unit, min = 1n, max}: ParseAmountOptions): ParsedAmount {
  const text = input.trim();
  if (text === "") return {ok: false, error: `Enter an amount of ${unit}.`};
  const match = DECIMAL.exec(text);
  if (!match) {
    return {ok: false, error: `"${input}" is not an amount: use digits and at most one dot, e.g. 1500 or 0.25.`};
  }
  const fraction = match[2] ?? "";
  if (fraction.length > decimals) {
    return {ok: false, error: `${unit} has ${decimals} decimals; "${input}" has ${fraction.length}.`};
  }
  const value = parseUnits(text, decimals);
  // Every figure at the unit's full precision: the echo is exactly what will be sent.
  const exact = (v: bigint) => formatAmount(v, decimals, decimals);
  if (value < min) {
    return {ok: false, error: min === 1n ? `Must be more than 0 ${unit}.` : `Must be at least ${exact(min)} ${unit}.`};
  }
  if (max && value > max.value) {
    return {ok: false, error: `${exact(value)} ${unit} is more than ${max.what} (${exact(max.value)} ${unit}).`};
  }
  return {ok: true, value, echo: `${exact(value)} ${unit}`};
}

/** A whole number in a range (units of time, days, periods), parsed as strictly. */
export function parseWhole(
  input: string,
  {what, min = 0, max = Number.MAX_SAFE_INTEGER}: {what: string; min?: number; max?: number},
) {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return {ok: false as const, error: `${what}: enter a whole number.`};
  const value = Number(text);
  if (value < min || value > max) return {ok: false as const, error: `${what}: must be ${min} to ${max}.`};
  return {ok: true as const, value};
}
