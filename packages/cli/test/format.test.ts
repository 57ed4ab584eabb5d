// The one formatter every command prints with, imported directly (no child process).
import {describe, expect, test} from "vitest";
import {formatAmount, formatDuration, formatTime, formatTokens, humanLines, show, toJson} from "../src/format.js";

describe("format", () => {
  test("amounts: grouped, trailing zeros dropped, personal tokens at 18 decimals, assets with their symbol", () => {
    expect(formatAmount(1_234_500_000_000_000_000_000n, 18)).toBe("1,234.5");
    expect(formatAmount(0n, 6)).toBe("0");
    expect(formatTokens(10_000_000n * 10n ** 18n)).toBe("10,000,000");
    expect(
      show(6_000_000_000n, {address: "0x0000000000000000000000000000000000000001", symbol: "USDC", decimals: 6}),
    ).toBe("6,000 USDC");
  });

  test("durations and times", () => {
    expect(formatDuration(0n)).toBe("0s");
    expect(formatDuration(5_400n)).toBe("1h 30m");
    expect(formatDuration(3n * 86_400n + 1n)).toBe("3d 1s");
    expect(formatTime(0n)).toBe("-");
    expect(formatTime(BigInt(Date.UTC(2027, 0, 15, 10) / 1000))).toBe("2027-01-15T10:00:00Z");
  });

  test("JSON with bigints as strings; key: value lines for people", () => {
    expect(toJson({a: 1n, b: [2n], c: "x"})).toBe('{"a":"1","b":["2"],"c":"x"}');
    expect(
      humanLines({token: "0xabc", supply: 5n, skipped: undefined, tags: [], terms: {share: 15}, list: [{id: 1}]}),
    ).toEqual(["token: 0xabc", "supply: 5", "tags: none", "terms:", "  share: 15", "list:", "  [0]", "    id: 1"]);
  });
});
