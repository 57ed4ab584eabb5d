// Strict amount parsing (src/lib/amount.ts), the rule every amount field applies before anything is signed.
import {expect, test} from "@playwright/test";
import {parseAmount} from "../src/lib/amount.js";

const alex = {decimals: 18, unit: "ALEX"};
const usdc = {decimals: 6, unit: "USDC"};

test("accepts plain decimals and echoes them with their unit", () => {
  expect(parseAmount("30000", alex)).toEqual({ok: true, value: 30_000n * 10n ** 18n, echo: "30,000 ALEX"});
  expect(parseAmount(" 0.02 ", usdc)).toEqual({ok: true, value: 20_000n, echo: "0.02 USDC"});
  expect(parseAmount("1000000.5", alex)).toMatchObject({ok: true, echo: "1,000,000.5 ALEX"});
  // The SDK's rule: "," or "_" between groups of three digits, as people write thousands.
  expect(parseAmount("25,000", alex)).toMatchObject({ok: true, value: 25_000n * 10n ** 18n, echo: "25,000 ALEX"});
  expect(parseAmount("1_000_000.5", usdc)).toMatchObject({ok: true, value: 1_000_000_500_000n});
});

test("refuses anything else, saying why", () => {
  for (const input of ["1,5", "1,0000", "12,34,567", "1e18", "-1", "+1", ".5", "5.", "0x10", "1 000", "NaN", "½"]) {
    expect(parseAmount(input, alex), input).toMatchObject({
      ok: false,
      error: expect.stringContaining("is not an amount"),
    });
  }
  expect(parseAmount("1,5", usdc)).toMatchObject({ok: false, error: expect.stringContaining("write 1.5")});
  expect(parseAmount("", alex)).toEqual({ok: false, error: "Enter an amount of ALEX."});
  expect(parseAmount("0.0000001", usdc)).toEqual({ok: false, error: 'USDC has 6 decimals; "0.0000001" has 7.'});
  expect(parseAmount("0", alex)).toEqual({ok: false, error: "Must be more than 0 ALEX."});
  expect(parseAmount("0.000000000000000001", alex)).toMatchObject({ok: true, echo: "0.000000000000000001 ALEX"});
  expect(parseAmount("0", {...alex, min: 0n})).toMatchObject({ok: true, value: 0n});
  expect(parseAmount("11", {...alex, max: {value: 10n * 10n ** 18n, what: "what you hold"}})).toEqual({
    ok: false,
    error: "11 ALEX is more than what you hold (10 ALEX).",
  });
});
