// Strict parsing of form input. Amounts: the SDK's shared `parseAmount` (the rule the CLI applies too: digits, "," or "_" only between
// groups of three, one dot, never more decimals than the unit has), plus what a form needs on top — the field's bounds
// and an echo of the amount with its unit, so the person sees what will be sent before anything is signed.
import {parseAmount as sdkParseAmount} from "@personal-token/sdk";
import {type Address, isAddress, zeroAddress} from "viem";
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

export function parseAmount(input: string, {decimals, unit, min = 1n, max}: ParseAmountOptions): ParsedAmount {
  const text = input.trim();
  if (text === "") return {ok: false, error: `Enter an amount of ${unit}.`};
  let value: bigint;
  try {
    value = sdkParseAmount(text, decimals, {field: unit, allowZero: true});
  } catch (error) {
    const message = (error as {shortMessage?: string; message?: string}).shortMessage ?? String(error);
    const fraction = /^[\d,_]*\.(\d+)$/.exec(text)?.[1];
    if (fraction && fraction.length > decimals && /at most \d+ decimals/.test(message)) {
      return {ok: false, error: `${unit} has ${decimals} decimals; "${input}" has ${fraction.length}.`};
    }
    // The SDK's sentence is "<unit> must be <what is expected>, got <input>."; keep what is expected.
    const expected = /must be (.*), got /s.exec(message)?.[1] ?? "digits and at most one dot, e.g. 1500 or 0.25";
    return {ok: false, error: `"${input}" is not an amount: expected ${expected}.`};
  }
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

/** An account's address, as typed (checksummed or not). */
export function parseAddress(input: string): {ok: true; value: Address} | {ok: false; error: string} {
  const text = input.trim();
  return isAddress(text)
    ? {ok: true, value: text}
    : {ok: false, error: "Not an address (0x followed by 40 hex digits)."};
}

/** An asset field: "ETH" (the zero address) or an ERC-20's address. */
export function parseAsset(input: string): {ok: true; value: Address} | {ok: false; error: string} {
  const text = input.trim();
  if (text === "ETH") return {ok: true, value: zeroAddress};
  return isAddress(text) ? {ok: true, value: text} : {ok: false, error: "ETH, or the address of an ERC-20."};
}
