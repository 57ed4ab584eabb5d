import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, type Hex, zeroAddress} from "viem";
import {InvalidParameterError} from "../errors/validation.js";
import {personalLoanAbi} from "../generated.js";
import {assertAbiValue, assertAddress} from "../utils/validate.js";
import type {LaunchModule, ModuleDefinition} from "./types.js";

/** `IPersonalLoan.Terms`: the module's initialization data (`abi.encode(Terms)`). */
export const loanTermsParameter = {
  type: "tuple",
  name: "terms",
  components: [
    {name: "name", type: "string"},
    {name: "symbol", type: "string"},
    {name: "asset", type: "address"},
    {name: "principal", type: "uint128"},
    {name: "fundingDeadline", type: "uint64"},
    {name: "gracePeriod", type: "uint32"},
    {
      name: "installments",
      type: "tuple[]",
      components: [
        {name: "dueDate", type: "uint64"},
        {name: "amount", type: "uint128"},
      ],
    },
  ],
} as const;

/** `PersonalLoan.MAX_INSTALLMENTS`. */
export const LOAN_MAX_INSTALLMENTS = 120;
/** `PersonalLoan.MAX_GRACE_PERIOD`: 365 days, in seconds. */
export const LOAN_MAX_GRACE_PERIOD = 365 * 86_400;
/** `PersonalLoan.MAX_PRINCIPAL`: just under 1e36 asset units. */
export const LOAN_MAX_PRINCIPAL = 10n ** 36n - 1n;
/** `PersonalLoan.MAX_OWED`: 2^128 − 1 asset units. */
export const LOAN_MAX_OWED = 2n ** 128n - 1n;

/** One installment of a loan's schedule (see IPersonalLoan.Installment). */
export type LoanInstallment = {
  /** When it is due (unix seconds), after the funding deadline and after the previous installment. */
  dueDate: bigint;
  /** What is owed for it, in asset units. */
  amount: bigint;
};

/** A personal loan's terms, fixed at launch (see IPersonalLoan.Terms). */
export type LoanTerms = {
  /** The claim token's name, e.g. "Peter Pan Loan 2026". */
  name: string;
  /** The claim token's symbol, e.g. "PPL26". */
  symbol: string;
  /** What is lent and repaid: an ERC-20, or zero (the default) for ETH. */
  asset?: Address | undefined;
  /** What the lenders fund and the creator receives, in asset units. */
  principal: bigint;
  /** Funding is open until this unix time (exclusive); below the principal then, every lender is refunded. */
  fundingDeadline: bigint;
  /** Seconds after a due date before an unpaid installment reads late (default 0). */
  gracePeriod?: number | undefined;
  /** The schedule: their sum is what is owed back (principal plus interest). */
  installments: readonly LoanInstallment[];
};

export type LoanModuleParameters = {
  terms: LoanTerms;
  /** Override the implementation (defaults to the registry's `personalLoanImplementation`). */
  implementation?: Address | undefined;
};

/** The personal loan's entry in {@link protocolModules}: deployment key, ABI and `data` encoder. */
export const loanModuleDefinition: ModuleDefinition<
  "personalLoanImplementation",
  typeof personalLoanAbi,
  (terms: AbiParameterToPrimitiveType<typeof loanTermsParameter>) => Hex
> = {
  implementation: "personalLoanImplementation",
  abi: personalLoanAbi,
  /** `abi.encode(Terms)`. */
  encode: (terms: AbiParameterToPrimitiveType<typeof loanTermsParameter>): Hex =>
    encodeAbiParameters([loanTermsParameter], [terms]),
};

/** The sum of a schedule's installments: what the loan owes back. */
export function loanTotalOwed(installments: readonly LoanInstallment[]): bigint {
  return installments.reduce((sum, installment) => sum + installment.amount, 0n);
}

/**
 * A tokenized personal loan (`PersonalLoan`) to launch with the token ({@link launchToken}) or later
 * ({@link launchModule}); it holds no personal tokens. Validates the terms offline as the contract does: a name and a
 * symbol, a principal in range, 1 to 120 installments with due dates after the funding deadline and increasing, owing
 * back at least the principal. The funding deadline being in the future is checked on chain.
 *
 * @example
 * const module = loanModule({terms: {name: "Peter Pan Loan 2026", symbol: "PPL26", asset: usdc, principal: parseUnits("1500", 6),
 *   fundingDeadline, gracePeriod: 7 * 86_400, installments: [{dueDate, amount: parseUnits("525", 6)}, ...]}})
 */
export function loanModule({terms, implementation}: LoanModuleParameters): LaunchModule {
  if (typeof terms !== "object" || terms === null) {
    throw new InvalidParameterError({field: "loan.terms", reason: "must be the loan's terms"});
  }
  const full = {
    ...terms,
    asset: terms.asset ?? zeroAddress,
    gracePeriod: terms.gracePeriod ?? 0,
    installments: [...(terms.installments ?? [])],
  };
  if (full.asset !== zeroAddress) assertAddress(full.asset, "loan.terms.asset");
  assertAbiValue(loanTermsParameter, full, "loan.terms");
  if (full.name.length === 0) throw new InvalidParameterError({field: "loan.terms.name", reason: "must not be empty"});
  if (full.symbol.length === 0) {
    throw new InvalidParameterError({field: "loan.terms.symbol", reason: "must not be empty"});
  }
  if (full.principal < 1n || full.principal > LOAN_MAX_PRINCIPAL) {
    throw new InvalidParameterError({field: "loan.terms.principal", reason: `must be 1 to ${LOAN_MAX_PRINCIPAL}`});
  }
  if (full.gracePeriod > LOAN_MAX_GRACE_PERIOD) {
    throw new InvalidParameterError({
      field: "loan.terms.gracePeriod",
      reason: `must be at most ${LOAN_MAX_GRACE_PERIOD} seconds`,
    });
  }
  const count = full.installments.length;
  if (count < 1 || count > LOAN_MAX_INSTALLMENTS) {
    throw new InvalidParameterError({
      field: "loan.terms.installments",
      reason: `needs 1 to ${LOAN_MAX_INSTALLMENTS} installments`,
    });
  }
  let previous = full.fundingDeadline;
  full.installments.forEach(({dueDate, amount}, i) => {
    if (amount === 0n) {
      throw new InvalidParameterError({field: `loan.terms.installments[${i}].amount`, reason: "must not be zero"});
    }
    if (dueDate <= previous) {
      throw new InvalidParameterError({
        field: `loan.terms.installments[${i}].dueDate`,
        reason: `must be after ${i === 0 ? "the funding deadline" : "the previous installment's"} (${previous})`,
      });
    }
    previous = dueDate;
  });
  const owed = loanTotalOwed(full.installments);
  if (owed < full.principal) {
    throw new InvalidParameterError({
      field: "loan.terms.installments",
      reason: `owe back ${owed}, less than the principal ${full.principal}`,
    });
  }
  if (owed > LOAN_MAX_OWED) {
    throw new InvalidParameterError({field: "loan.terms.installments", reason: `owe back more than ${LOAN_MAX_OWED}`});
  }
  if (implementation !== undefined) assertAddress(implementation, "loan.implementation");
  return {
    implementation: implementation ?? loanModuleDefinition.implementation,
    tokenAmount: 0n,
    data: loanModuleDefinition.encode(full),
  };
}
