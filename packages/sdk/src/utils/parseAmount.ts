import {parseUnits} from "viem";
import {InvalidAmountError} from "../errors/validation.js";

export type ParseAmountOptions = {
  /** Named in the error: "tokens", "amount". */
  field?: string | undefined;
  /** Accept 0 (refused by default: nobody means to buy, pay or stake nothing). */
  allowZero?: boolean | undefined;
};

/**
 * Digits with optional thousands groups, written with `,` or `_` and always three digits a group, then an optional
 * `.` and decimals: "25000", "25,000", "1_000_000.5", "0.02".
 */
const AMOUNT = /^(?:\d+|\d{1,3}(?:[,_]\d{3})+)(?:\.\d+)?$/;

/**
 * A decimal amount a person typed, as base units of an asset with `decimals`: strict, so that a slip never moves
 * 100× the money. Thousands separators must group by three ("25,000", "1_000_000"); a decimal comma ("1,5", "1,00"),
 * a misplaced group ("1,0000"), a sign, an exponent, more decimals than the asset has, or a value of 2^256 or more
 * throws {@link InvalidAmountError} naming the field. The CLI and apps share it.
 *
 * @example
 * parseAmount("25,000", 18) // 25000000000000000000000n
 * parseAmount("0.02", 6)    // 20000n
 * parseAmount("1,5", 6)     // throws: "1,5" is not an amount — write 1.5 for one and a half
 */
export function parseAmount(
  text: string,
  decimals: number,
  {field = "amount", allowZero = false}: ParseAmountOptions = {},
): bigint {
  const trimmed = typeof text === "string" ? text.trim() : "";
  if (!AMOUNT.test(trimmed)) {
    const decimalComma = /^\d+,\d{1,2}$|^\d+,\d{4,}$/.test(trimmed);
    throw new InvalidAmountError({
      field,
      amount: text,
      expected: decimalComma
        ? `an amount with "." for decimals and "," only between groups of three digits (write ${trimmed.replace(",", ".")} for ${trimmed.replace(",", ".")})`
        : `an amount such as 25000, 25,000 or 0.5 ("," or "_" only between groups of three digits)`,
    });
  }
  const plain = trimmed.replace(/[,_]/g, "");
  const fraction = plain.split(".")[1] ?? "";
  if (fraction.length > decimals) {
    throw new InvalidAmountError({field, amount: text, expected: `an amount with at most ${decimals} decimals`});
  }
  const value = parseUnits(plain, decimals);
  if (value === 0n && !allowZero) throw new InvalidAmountError({field, amount: text, expected: "more than 0"});
  if (value >= 1n << 256n) throw new InvalidAmountError({field, amount: text, expected: "below 2^256 base units"});
  return value;
}
