import {type AbiParameter, type Address, isAddress, isHex} from "viem";
import {InvalidAddressError, InvalidAmountError, InvalidParameterError} from "../errors/validation.js";

/**
 * Throws {@link InvalidAddressError} unless `value` is an address: 0x and 40 hex digits, all lowercase, all uppercase,
 * or mixed case with a valid EIP-55 checksum (a wrong-case letter is a typo the checksum exists to catch).
 */
export function assertAddress(value: unknown, field: string): asserts value is Address {
  if (typeof value !== "string" || !isAddress(value, {strict: false}))
    throw new InvalidAddressError({field, address: value});
  if (!isAddress(value, {strict: true})) throw new InvalidAddressError({field, address: value, checksum: true});
}

/** Throws {@link InvalidAmountError} unless `value` is a bigint in `[min, 2^bits)`. */
export function assertAmount(value: unknown, field: string, {min = 0n, bits = 256} = {}): asserts value is bigint {
  const max = (1n << BigInt(bits)) - 1n;
  if (typeof value !== "bigint" || value < min || value > max) {
    throw new InvalidAmountError({field, amount: value, expected: expectation(min, bits)});
  }
}

/**
 * Checks `value` against a Solidity ABI parameter (recursing into tuples and arrays) so that a bad input fails here,
 * with its field name, instead of as an RPC or encoding error: addresses, unsigned integers in range (bigint, or a
 * safe integer number where viem types them as numbers), booleans, strings and fixed-size bytes.
 */
export function assertAbiValue(parameter: AbiParameter, value: unknown, field: string): void {
  const {type} = parameter;
  const array = /^(.*)\[(\d*)\]$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) throw new InvalidParameterError({field, reason: "must be an array"});
    if (array[2] && value.length !== Number(array[2])) {
      throw new InvalidParameterError({field, reason: `must have ${array[2]} elements`});
    }
    const [, elementType = ""] = array; // `(.*)` always matches
    const element = {...parameter, type: elementType} as AbiParameter;
    for (const [i, item] of value.entries()) assertAbiValue(element, item, `${field}[${i}]`);
    return;
  }
  if (type === "tuple") {
    if (typeof value !== "object" || value === null)
      throw new InvalidParameterError({field, reason: "must be an object"});
    for (const component of (parameter as {components: readonly AbiParameter[]}).components) {
      const name = component.name ?? ""; // the protocol's tuples name every component
      assertAbiValue(component, (value as Record<string, unknown>)[name], `${field}.${name}`);
    }
    return;
  }
  if (type === "address") {
    assertAddress(value, field);
    return;
  }
  const uint = /^uint(\d*)$/.exec(type);
  if (uint) {
    const bits = Number(uint[1] || 256);
    const asBigint = typeof value === "number" && Number.isSafeInteger(value) ? BigInt(value) : value;
    if (typeof asBigint !== "bigint") {
      throw new InvalidAmountError({field, amount: value, expected: expectation(0n, bits)});
    }
    assertAmount(asBigint, field, {bits});
    return;
  }
  if (type === "bool") {
    if (typeof value !== "boolean") throw new InvalidParameterError({field, reason: "must be true or false"});
    return;
  }
  if (type === "string") {
    if (typeof value !== "string") throw new InvalidParameterError({field, reason: "must be a string"});
    return;
  }
  const bytes = /^bytes(\d*)$/.exec(type);
  if (bytes) {
    const size = bytes[1] ? Number(bytes[1]) : undefined;
    if (typeof value !== "string" || !isHex(value, {strict: true}) || (value.length - 2) % 2 !== 0) {
      throw new InvalidParameterError({field, reason: `must be 0x-prefixed hex bytes`});
    }
    if (size !== undefined && value.length !== 2 + size * 2) {
      throw new InvalidParameterError({field, reason: `must be ${size} bytes (${2 + size * 2} characters with 0x)`});
    }
    return;
  }
  // int types and anything exotic are left to viem's encoder; the protocol's ABIs use none as inputs.
}

function expectation(min: bigint, bits: number): string {
  return `a bigint from ${min} to 2^${bits} - 1`;
}

/** The first input or output of function `name` in `abi`, as the generated ABI types it. */
export type FirstParameter<abi extends readonly unknown[], name extends string, side extends "inputs" | "outputs"> =
  Extract<abi[number], {type: "function"; name: name}> extends {
    readonly [key in side]: readonly [infer first, ...unknown[]];
  }
    ? first
    : never;

/**
 * The first input or output of function `name` in `abi` (a struct the SDK encodes, e.g. `ITimeEscrow.Config`), typed
 * from the generated ABI; throws if the ABI has no such function, which would be a bug in this SDK. A function so
 * module constants stay tree-shakeable (`/* @__PURE__ *\/ firstParameter(...)`).
 */
export function firstParameter<
  const abi extends readonly unknown[],
  name extends string,
  side extends "inputs" | "outputs",
>(abi: abi, name: name, side: side): FirstParameter<abi, name, side> {
  const fn = (abi as readonly {type: string; name?: string; inputs?: AbiParameter[]; outputs?: AbiParameter[]}[]).find(
    (item) => item.type === "function" && item.name === name,
  );
  const parameter = fn?.[side]?.[0];
  if (!parameter) throw new Error(`the ABI has no ${name} ${side}`);
  return parameter as FirstParameter<abi, name, side>;
}
