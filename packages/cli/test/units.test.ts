// Pure helpers, imported directly (no child process).
import {describe, expect, test} from "vitest";
import {parseLaunchSpec, parseShare} from "../src/config.js";
import {formatAmount} from "../src/format.js";
import {decryptKeystore} from "../src/keystore.js";
import {parseAmount, parseDuration, parseTime} from "../src/parse.js";

describe("amounts and durations", () => {
  test("human units, separators, --raw, and what is refused", () => {
    expect(parseAmount("25000", 18, {field: "a"})).toBe(25_000n * 10n ** 18n);
    expect(parseAmount("1_000,000.5", 6, {field: "a"})).toBe(1_000_000_500_000n);
    expect(parseAmount("123", 18, {field: "a", raw: true})).toBe(123n);
    expect(() => parseAmount("0.0000001", 6, {field: "price"})).toThrow('price: "0.0000001" has more than 6 decimals');
    expect(() => parseAmount("1.5", 18, {field: "a", raw: true})).toThrow("--raw amounts are whole base units");
    expect(() => parseAmount("0", 18, {field: "a"})).toThrow("a: must be more than 0");
    expect(formatAmount(1_234_500_000_000_000_000_000n, 18)).toBe("1,234.5");
  });

  test("durations and times", () => {
    expect(parseDuration("3d", "d")).toBe(259_200n);
    expect(parseDuration("90 days", "d")).toBe(7_776_000n);
    expect(parseDuration("1.5h", "d")).toBe(5_400n);
    expect(parseDuration("3600", "d")).toBe(3_600n);
    expect(parseDuration("3y", "d")).toBe(3n * 365n * 86_400n);
    expect(() => parseDuration("0.5s", "d")).toThrow("not a whole number of seconds");
    expect(() => parseDuration("soon", "d")).toThrow('d: "soon" is not a duration');
    expect(parseTime("+2d", "t", 1_000n)).toBe(1_000n + 172_800n);
    expect(parseTime("2027-01-15T10:00:00Z", "t", 0n)).toBe(BigInt(Date.UTC(2027, 0, 15, 10) / 1000));
    expect(parseShare("15%", "share")).toBe(1_500);
    expect(() => parseShare("150%", "share")).toThrow("must be a share");
  });

  test("launch files: isa needs price or raise, not both", () => {
    const base = {name: "A", symbol: "A", supply: "100"};
    const isa = {
      tokens: "10",
      payment_asset: "ETH",
      soft_cap: "5",
      sale_duration: "1d",
      share: "10%",
      period: "monthly",
      periods: 3,
    };
    expect(() => parseLaunchSpec({...base, isa})).toThrow(
      "isa: give exactly one of price (per whole token) or raise (for all the tokens)",
    );
    expect(parseLaunchSpec({...base, isa: {...isa, price: "0.01"}}).isa).toMatchObject({
      paymentAsset: "ETH",
      shareBps: 1_000,
      periodLength: 2_592_000n,
      periods: 3,
    });
  });
});

describe("keystore", () => {
  // The Web3 Secret Storage definition's pbkdf2 test vector (password "testpassword").
  const pbkdf2Keystore = {
    version: 3,
    crypto: {
      cipher: "aes-128-ctr",
      cipherparams: {iv: "6087dab2f9fdbbfaddc31a909735c1e6"},
      ciphertext: "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
      kdf: "pbkdf2" as const,
      kdfparams: {
        c: 262_144,
        dklen: 32,
        prf: "hmac-sha256",
        salt: "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd",
      },
      mac: "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2",
    },
  };

  test("pbkdf2-sha256 keystores decrypt too", async () => {
    expect(await decryptKeystore(pbkdf2Keystore, "testpassword")).toBe(
      "0x7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d",
    );
    await expect(decryptKeystore(pbkdf2Keystore, "wrong")).rejects.toThrow("wrong keystore password");
  });
});
