// The loan's and the credentials' fields of the launch form, and its checkboxes: shared by the launch page and the
// dashboard's "Add a module beside the token" (both fill a LaunchForm and plan it with src/lib/launch.ts).
import type {ReactNode} from "react";
import type {LaunchForm} from "../../lib/launch.js";

/** Renders the text input of one form field (each form binds its own state and errors). */
export type TextFieldOf = (field: keyof LaunchForm, label: string, hint?: string) => ReactNode;
/** Renders the checkbox of one form field. */
export type CheckFieldOf = (field: keyof LaunchForm, label: string) => ReactNode;

/** The checkbox of one form field, bound to a form's state and setter (the launch page's and the dashboard's). */
export function checkFieldOf(
  form: LaunchForm,
  set: (field: keyof LaunchForm) => (value: boolean) => void,
): CheckFieldOf {
  return (field, label) => (
    <label className="check">
      <input type="checkbox" checked={form[field] as boolean} onChange={(e) => set(field)(e.target.checked)} /> {label}
    </label>
  );
}

/** A personal loan's terms; `assetSymbol` is the borrowed asset's, once the asset field names one. */
export function loanFields(text: TextFieldOf, assetSymbol: string | undefined): ReactNode {
  return (
    <>
      {text("loanName", "Loan name (its claim token)", 'e.g. "Alex Masmej Loan 2026"')}
      {text("loanSymbol", "Claim symbol", "e.g. AML26")}
      {text("loanAsset", "Borrowed in (ETH or an ERC-20 address)", assetSymbol ? `= ${assetSymbol}` : undefined)}
      {text("loanPrincipal", `Principal (${assetSymbol ?? "…"})`)}
      {text("loanFundingDays", "Funding window (days)")}
      {text("loanInstallments", "Installments")}
      {text("loanInstallmentAmount", `Each installment (${assetSymbol ?? "…"})`)}
      {text("loanIntervalDays", "Days between installments")}
      {text("loanGraceDays", "Grace before an installment reads late (days)")}
    </>
  );
}

/** The first credential class: its metadata, validity and whether the creator may ever revoke it. */
export function credentialFields(text: TextFieldOf, check: CheckFieldOf): ReactNode {
  return (
    <>
      {text("credentialUri", "First class's metadata URI", "ipfs://… or https://…")}
      {text("credentialValidDays", "Each credential valid for (days, 0 for no expiry)")}
      {check("credentialRevocable", "You may revoke this class's credentials (shown to every holder)")}
    </>
  );
}
