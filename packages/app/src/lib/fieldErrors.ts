// Which form field a contract's custom error is about: a simulation that reverts with one of these shows the SDK's
// sentence next to that field (role=alert, tied to it by aria-describedby) instead of under the form. Forms name their
// fields with these keys (the `name` of a TextField, AmountField or TextAreaField inside a WriteForm). Every name is
// checked against the SDK's `ProtocolErrorName`: a misspelt one fails the typecheck.
import type {ProtocolErrorName} from "@personal-token/sdk";
import {createContext, useContext} from "react";

export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** An amount: a buy above what is left, a repayment above the debt, a stake above what is held… */
export const amountErrors = [
  "IncomeShareSplitter_ZeroAmount",
  "IncomeShareSplitter_PaymentTooLarge",
  "IncomeShareSplitter_InsufficientShares",
  "IncomeShareSplitter_AllowanceExceeded",
  "IncomeShareSplitter_TokensOfferedOutOfRange",
  "PersonalLoan_ZeroAmount",
  "PersonalLoan_RepaymentExceedsDebt",
  "PersonalLoan_FundingExceeded",
  "StakingRewards_ZeroAmount",
  "StakingRewards_InsufficientStake",
  "StakingRewards_StakeTooLarge",
  "StakingRewards_RewardTooLarge",
  "StakingRewards_ZeroRewardRate",
  "ERC20InsufficientBalance",
  "ERC20InsufficientAllowance",
] as const satisfies readonly ProtocolErrorName[];

/** A recipient or a list of them: already holding one, the zero address, none at all. */
export const recipientErrors = [
  "Credentials_AlreadyHeld",
  "Credentials_NoRecipients",
  "PersonalLoan_ZeroAddress",
  "ERC20InvalidReceiver",
] as const satisfies readonly ProtocolErrorName[];

/** A holder named for a revoke. */
export const holderErrors = ["Credentials_NotHeld"] as const satisfies readonly ProtocolErrorName[];

/** A pasted claim signature: not the creator's, used or cancelled, past its deadline. */
export const signatureErrors = [
  "Credentials_InvalidSignature",
  "Credentials_InvalidNonce",
  "Credentials_ClaimExpired",
] as const satisfies readonly ProtocolErrorName[];

/** An income period: not ended yet, already reported, unknown. */
export const periodErrors = [
  "IncomeShareSplitter_UnknownPeriod",
  "IncomeShareSplitter_PeriodNotEnded",
  "IncomeShareSplitter_AlreadyReported",
] as const satisfies readonly ProtocolErrorName[];

/** A credential class: unknown, expired, created not revocable. */
export const classErrors = [
  "Credentials_UnknownClass",
  "Credentials_ClassExpired",
  "Credentials_NotRevocable",
] as const satisfies readonly ProtocolErrorName[];

/** The failure a WriteForm hands to the field it belongs to. */
export type FieldFailure = {field: string; message: string} | undefined;

export const FieldFailureContext = createContext<FieldFailure>(undefined);

/** The form's current failure if it is `name`'s, else undefined. */
export function useFieldFailure(name: string | undefined): string | undefined {
  const failure = useContext(FieldFailureContext);
  return name !== undefined && failure?.field === name ? failure.message : undefined;
}

/** The field `errorName` belongs to in `fields`, if any. */
export function fieldOfError(fields: FieldErrors | undefined, errorName: string | undefined): string | undefined {
  if (!fields || !errorName) return undefined;
  return Object.entries(fields).find(([, names]) => names.includes(errorName))?.[0];
}
