// Type tests, checked by `tsc --noEmit` (pnpm typecheck): the types are part of the product.
import type {Address, Hash} from "viem";
import {expectTypeOf, test} from "vitest";
import {
  type ContractRevertedError,
  type GetRequestReturnType,
  type IncomeShareTerms,
  isContractRevertedError,
  type LaunchTokenReturnType,
  type ProtocolErrorName,
  type TimeEscrowOffer,
} from "./index.js";

test("isContractRevertedError narrows args to the custom error's inputs", () => {
  const error: unknown = undefined;
  if (isContractRevertedError(error, "TimeEscrow_TooEarly")) {
    expectTypeOf(error.errorName).toEqualTypeOf<"TimeEscrow_TooEarly">();
    expectTypeOf(error.args).toEqualTypeOf<readonly [bigint, bigint]>();
  }
  if (isContractRevertedError(error, "PersonalTokenFactory_SaltAlreadyUsed")) {
    expectTypeOf(error.args).toEqualTypeOf<readonly [Address, `0x${string}`, Address]>();
  }
  if (isContractRevertedError(error, "IncomeShareSplitter_UnknownPeriod")) {
    // Destructures under `strict` (issue 15: the args were possibly undefined, or an empty tuple).
    const [period, periodCount] = error.args;
    expectTypeOf(period).toEqualTypeOf<bigint>();
    expectTypeOf(periodCount).toEqualTypeOf<bigint>();
  }
  if (isContractRevertedError(error, "IncomeShareSplitter_ZeroPrice")) {
    expectTypeOf(error.args).toEqualTypeOf<readonly []>();
  }
  expectTypeOf<ContractRevertedError["errorName"]>().toEqualTypeOf<ProtocolErrorName>();
  expectTypeOf<"NotAnError">().not.toMatchTypeOf<ProtocolErrorName>();
});

test("module and read types come from the generated ABIs", () => {
  expectTypeOf<IncomeShareTerms["shareBps"]>().toEqualTypeOf<number>(); // uint16
  expectTypeOf<IncomeShareTerms["price"]>().toEqualTypeOf<bigint>();
  expectTypeOf<TimeEscrowOffer["capacity"]>().toEqualTypeOf<number>(); // uint32
  expectTypeOf<GetRequestReturnType["status"]>().toEqualTypeOf<
    | "none"
    | "requested"
    | "accepted"
    | "delivered"
    | "disputed"
    | "cancelled"
    | "declined"
    | "released"
    | "refunded"
    | "resolved"
  >();
  expectTypeOf<LaunchTokenReturnType>().toEqualTypeOf<Hash>();
});
