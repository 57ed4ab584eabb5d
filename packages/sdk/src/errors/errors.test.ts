import {type AbiParameter, encodeErrorResult, RawContractError, BaseError as ViemBaseError, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import * as generated from "../generated.js";
import * as generatedRegistry from "../generatedRegistry.js";
import {
  BaseError,
  ContractRevertedError,
  decodeContractRevert,
  errorMessages,
  InvalidAddressError,
  InvalidAmountError,
  isContractRevertedError,
  protocolErrorsAbi,
  UnknownChainError,
} from "../index.js";

/** Every custom error of every generated ABI (implementations and interfaces alike). */
const generatedErrorNames = new Set(
  Object.entries({...generated, ...generatedRegistry})
    .filter(([name]) => name.endsWith("Abi"))
    .flatMap(([, abi]) => (abi as readonly {type: string; name?: string}[]).filter((i) => i.type === "error"))
    .map((item) => item.name as string),
);

function sample(parameter: AbiParameter): unknown {
  if (parameter.type === "address") return zeroAddress;
  if (parameter.type === "bool") return true;
  if (parameter.type === "string") return "reason";
  if (parameter.type === "bytes32") return `0x${"11".repeat(32)}`;
  if (/^uint(8|16|32|48)$/.test(parameter.type)) return 1;
  if (parameter.type.startsWith("uint")) return 1_000_000_000_000_000_000n;
  throw new Error(`no sample for ${parameter.type}`);
}

describe("errorMessages", () => {
  test("has a message for every custom error in the generated ABIs, and no other", () => {
    expect(generatedErrorNames.size).toBeGreaterThan(60);
    expect(Object.keys(errorMessages).sort()).toEqual([...generatedErrorNames].sort());
  });

  test.each(protocolErrorsAbi.map((item) => [item.name, item] as const))(
    "%s decodes to a readable sentence",
    (name, item) => {
      const args = item.inputs.map(sample);
      const data = encodeErrorResult({abi: [item], errorName: name, args} as never);
      const error = decodeContractRevert(new ViemBaseError("reverted", {cause: new RawContractError({data: data})}));
      expect(error).toBeInstanceOf(ContractRevertedError);
      expect(error?.errorName).toBe(name);
      expect(error?.shortMessage).toMatch(/^[A-Z0-9].{10,}\.$/s);
      expect(error?.shortMessage).not.toContain("undefined");
    },
  );
});

describe("decodeContractRevert", () => {
  test("leaves errors that are not protocol reverts alone", () => {
    expect(decodeContractRevert(new Error("network down"))).toBeUndefined();
    expect(decodeContractRevert(new ViemBaseError("no data"))).toBeUndefined();
    const unknownSelector = new ViemBaseError("reverted", {cause: new RawContractError({data: "0xdeadbeef"})});
    expect(decodeContractRevert(unknownSelector)).toBeUndefined();
  });

  test("isContractRevertedError narrows on the error name", () => {
    const data = encodeErrorResult({abi: protocolErrorsAbi, errorName: "TimeEscrow_ZeroUnits"});
    const error = decodeContractRevert(new ViemBaseError("reverted", {cause: new RawContractError({data: data})}));
    expect(isContractRevertedError(error, "TimeEscrow_ZeroUnits")).toBe(true);
    expect(isContractRevertedError(error, "TimeEscrow_NoArbiter")).toBe(false);
    expect(isContractRevertedError(new Error("x"))).toBe(false);
  });
});

describe("BaseError", () => {
  test("is shaped like viem's: shortMessage, details, cause, version, walk", () => {
    const cause = new Error("socket hang up");
    const error = new BaseError("Could not read the sale.", {cause, metaMessages: ["Splitter: 0x1"]});
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PersonalTokenError");
    expect(error.shortMessage).toBe("Could not read the sale.");
    expect(error.details).toBe("socket hang up");
    expect(error.cause).toBe(cause);
    expect(error.version).toMatch(/^@personal-token\/sdk@/);
    expect(error.message).toBe(
      `Could not read the sale.\n\nSplitter: 0x1\n\nDetails: socket hang up\nVersion: ${error.version}`,
    );
    expect(error.walk()).toBe(cause);
    expect(error.walk((e) => e === cause)).toBe(cause);
    expect(error.walk(() => false)).toBeNull();
  });

  test("validation errors name the field and say what is expected", () => {
    expect(new InvalidAddressError({field: "splitter", address: "0x12"}).shortMessage).toBe(
      'splitter must be a 0x-prefixed 20-byte address, got "0x12".',
    );
    expect(new InvalidAmountError({field: "tokens", amount: -1n, expected: "a non-negative bigint"}).shortMessage).toBe(
      "tokens must be a non-negative bigint, got -1n.",
    );
    expect(new UnknownChainError({chainId: 5, knownChainIds: [31337]}).shortMessage).toBe(
      "The protocol is not deployed on chain 5 (known chains: 31337).",
    );
    for (const error of [
      new InvalidAddressError({field: "a", address: 1}),
      new UnknownChainError({chainId: undefined, knownChainIds: []}),
    ]) {
      expect(error).toBeInstanceOf(BaseError);
    }
  });
});
