import {getLaunchFromReceipt, launchToken} from "@personal-token/sdk";
import {useQuery} from "@tanstack/react-query";
import {type ReactNode, useState} from "react";
import type {PublicClient} from "viem";
import {useAccount, usePublicClient} from "wagmi";
import {TextField} from "../components/Field.js";
import {WriteForm} from "../components/Write.js";
import {emptyLaunchForm, type LaunchForm, type LaunchPlan, planLaunch, simulateLaunchGas} from "../lib/launch.js";
import {useAssetInput, useBlockTime} from "../lib/queries.js";
import {href} from "../router.js";
import {checkFieldOf, credentialFields, loanFields} from "./token/ModuleFields.js";

/** A text field of the form: its key, its label and, where it helps, a hint. */
type FieldSpec = [field: keyof LaunchForm, label: string, hint?: string];

/** The form's checkboxes that add a module. */
type ModuleFlag = "sale" | "time" | "polls" | "staking" | "loan" | "credentials";

const TOKEN_FIELDS: FieldSpec[] = [
  ["name", "Name", "e.g. Alex Masmej"],
  ["symbol", "Symbol", "e.g. ALEX"],
  ["supply", "Total supply (tokens)"],
  ["vestingAmount", "Your vested share (tokens, 0 for none)"],
  ["cliffDays", "Vesting cliff (days)"],
  ["vestingDays", "Vesting duration (days)"],
  ["supporter", "Early supporter's address (optional)"],
  ["supporterAmount", "Early supporter's tokens"],
];
const PROFILE_FIELDS: FieldSpec[] = [
  ["bio", "Bio"],
  ["image", "Picture URL (https:// or ipfs://)"],
  ["link", "Link"],
];
const TIME_FIELDS: FieldSpec[] = [
  ["hourPrice", "Price of an hour (tokens)"],
  ["hoursPerMonth", "Hours per 30 days"],
];
const STAKING_FIELDS: FieldSpec[] = [
  ["stakingTokens", "Rewards (tokens)"],
  ["stakingDays", "Campaign length (days)"],
];

/** The creator's launch: token, profile, modules; what it promises and what it lets the creator do; one transaction. */
export default function Launch() {
  const {address} = useAccount();
  const client = usePublicClient() as PublicClient;
  const now = useBlockTime();
  const [form, setForm] = useState<LaunchForm>(emptyLaunchForm);
  const [launched, setLaunched] = useState<string>();
  const asset = useAssetInput(form.paymentAsset);
  const loanAsset = useAssetInput(form.loanAsset);
  const set = (field: keyof LaunchForm) => (value: string | boolean) => setForm((f) => ({...f, [field]: value}));
  const plan =
    address && now.data !== undefined && asset.data
      ? planLaunch(form, address, now.data, {payment: asset.data, loan: loanAsset.data})
      : undefined;
  const ok = plan && "parameters" in plan ? (plan as LaunchPlan) : undefined;
  const fieldError = (field: keyof LaunchForm) =>
    plan && "field" in plan && plan.field === field ? plan.error : undefined;
  const gas = useQuery({
    queryKey: [
      "launch-gas",
      ok ? JSON.stringify(ok.parameters, (_, v) => (typeof v === "bigint" ? v.toString() : v)) : null,
    ],
    queryFn: () => simulateLaunchGas(client, address as `0x${string}`, (ok as LaunchPlan).parameters),
    enabled: !!ok && !!address,
    retry: false,
  });
  const text = (field: keyof LaunchForm, label: string, hint?: string) => (
    <TextField
      key={field}
      label={label}
      value={form[field] as string}
      onChange={set(field)}
      hint={hint}
      error={fieldError(field)}
    />
  );
  const check = checkFieldOf(form, set);
  const texts = (fields: FieldSpec[]) => fields.map(([field, label, hint]) => text(field, label, hint));
  /** A module's checkbox and, while it is ticked, its fields. */
  const moduleSection = (field: ModuleFlag, label: string, fields?: () => ReactNode) => (
    <>
      {check(field, label)}
      {form[field] && fields ? fields() : null}
    </>
  );
  if (!address) return <p>Connect the wallet you will launch from: it becomes the token's creator.</p>;
  return (
    <>
      <h1>Launch a personal token</h1>
      <div className="grid">
        <div>
          <fieldset>
            <legend>Token</legend>
            {texts(TOKEN_FIELDS)}
          </fieldset>
          <fieldset>
            <legend>Profile</legend>
            {texts(PROFILE_FIELDS)}
          </fieldset>
          <fieldset>
            <legend>Modules</legend>
            {moduleSection("sale", "Income-share sale: sell a share of your future income", () => (
              <>
                {text("saleTokens", "Tokens on sale")}
                {text(
                  "paymentAsset",
                  "Paid in (ETH or an ERC-20 address)",
                  asset.data ? `= ${asset.data.symbol}` : undefined,
                )}
                {text("price", `Price per token (${asset.data?.symbol ?? "…"})`)}
                {text("softCap", "Soft cap (tokens)")}
                {text("saleDays", "Sale window (days)")}
                {text("sharePct", "Share of income (%)")}
                {text("periods", "Periods")}
                {text("periodDays", "Period length (days)")}
                {text("graceDays", "Grace before a period reads late (days)")}
              </>
            ))}
            {moduleSection("time", "Time offers: sell hours of your time", () => texts(TIME_FIELDS))}
            {moduleSection("polls", "Polls: let holders vote on your choices")}
            {moduleSection("staking", "Staking campaign: reward holders who stake", () => texts(STAKING_FIELDS))}
            {moduleSection("loan", "Personal loan: borrow from your supporters, repay in installments", () =>
              loanFields(text, loanAsset.data?.symbol),
            )}
            {moduleSection("credentials", "Credentials: soulbound badges you give to holders", () =>
              credentialFields(text, check),
            )}
          </fieldset>
        </div>
        <div className="review-column">
          <section aria-labelledby="review-title" data-testid="launch-review">
            <h2 id="review-title">Review</h2>
            {ok ? (
              <>
                <h3>Addresses (known before the launch)</h3>
                <dl data-testid="predicted">
                  <div className="pair">
                    <dt>token</dt>
                    <dd>{ok.predicted.token}</dd>
                  </div>
                  {ok.parameters.vesting ? (
                    <div className="pair">
                      <dt>vesting</dt>
                      <dd>{ok.predicted.vesting}</dd>
                    </div>
                  ) : null}
                  {ok.predicted.modules.map((m) => (
                    <div key={m.address} className="pair">
                      <dt>{m.label}</dt>
                      <dd>{m.address}</dd>
                    </div>
                  ))}
                </dl>
                <h3>What you promise, and what you can and cannot do</h3>
                <ul className="summary" data-testid="summary">
                  {ok.summary.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p data-testid="gas">
                  Simulated gas:{" "}
                  {gas.data
                    ? `${gas.data.toLocaleString("en-US")} (the limit the SDK sends: estimate plus margin)`
                    : gas.isError
                      ? `fails — ${(gas.error as {shortMessage?: string}).shortMessage ?? gas.error.message.split("\n")[0]}`
                      : "simulating…"}
                </p>
              </>
            ) : (
              <p role="status">{plan && "error" in plan ? `Fix: ${plan.error}` : "Fill in the form."}</p>
            )}
            <WriteForm
              action="Launch (one transaction)"
              inputs={JSON.stringify(form)}
              prepare={() => {
                if (!ok) return {error: plan && "error" in plan ? plan.error : "The form is not complete."};
                return {
                  send: (w) => launchToken(w, ok.parameters),
                  confirmed: ([receipt]) => {
                    if (receipt) setLaunched(getLaunchFromReceipt(receipt).token);
                  },
                };
              }}
            />
            {launched ? (
              <p data-testid="launched">
                Launched: <a href={href("token", launched)}>open your token's page</a>
              </p>
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
