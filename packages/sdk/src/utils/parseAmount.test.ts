// Issue 15, item 1: amounts people type are parsed strictly, so a decimal comma never moves 100× the money.
import {describe, expect, test} from "vitest";
import {InvalidAmountError, parseAmount} from "../index.js";

describe("parseAmount", () => {
  test.each([
    ["25000", 18, 25_000n * 10n ** 18n],
    ["25,000", 18, 25_000n * 10n ** 18n],
    ["1_000_000", 18, 1_000_000n * 10n ** 18n],
    ["1,234,567.5", 6, 1_234_567_500_000n],
    ["1_000,000.5", 6, 1_000_000_500_000n],
    ["0.02", 6, 20_000n],
    [" 7 ", 0, 7n],
    ["100", 18, 100n * 10n ** 18n],
  ])("%s with %i decimals is %s base units", (text, decimals, expected) => {
    expect(parseAmount(text, decimals)).toBe(expected);
  });

  test.each([
    ["1,00", /decimals.*write 1\.00 for 1\.00/],
    ["1,5", /write 1\.5 for 1\.5/],
    ["1,0000", /write 1\.0000/],
    ["12,34,567", /groups of three/],
    ["1.000,5", /groups of three/],
    [",100", /groups of three/],
    ["-1", /groups of three/],
    ["1e18", /groups of three/],
    [".5", /groups of three/],
    ["", /groups of three/],
  ])("refuses %j", (text, message) => {
    expect(() => parseAmount(text, 18, {field: "tokens"})).toThrow(InvalidAmountError);
    expect(() => parseAmount(text, 18, {field: "tokens"})).toThrow(message);
  });

  test("refuses too many decimals, zero (unless allowed) and 2^256", () => {
    expect(() => parseAmount("0.0000001", 6)).toThrow(/at most 6 decimals/);
    expect(() => parseAmount("0", 6)).toThrow(/more than 0/);
    expect(parseAmount("0", 6, {allowZero: true})).toBe(0n);
    expect(() => parseAmount((2n ** 256n).toString(), 0)).toThrow(/below 2\^256/);
    expect(() => parseAmount("1,5", 6, {field: "amount"})).toThrow(/^amount must be an amount with "\."/);
  });
});
