import {getLaunchFromReceipt, launchToken} from "@personal-token/sdk";
import {useQuery} from "@tanstack/react-query";
import {useState} from "react";
import type {PublicClient} from "viem";
import {useAccount, usePublicClient} from "wagmi";
import {TextField} from "../components/Field.js";
import {WriteForm} from "../components/Write.js";
import {emptyLaunchForm, type LaunchForm, type LaunchPlan, planLaunch, simulateLaunchGas} from "../lib/launch.js";
import {useAssetInput, useBlockTime} from "../lib/queries.js";
import {href} from "../router.js";
import {credentialFields, loanFields} from "./token/ModuleFields.js";

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
      label={label}
      value={form[field] as string}
      onChange={set(field)}
      hint={hint}
      error={fieldError(field)}
    />
  );
  const check = (field: keyof LaunchForm, label: string) => (
    <label className="check">
      <input type="checkbox" checked={form[field] as boolean} onChange={(e) => set(field)(e.target.checked)} /> {label}
    </label>
  );
  if (!address) return <p>Connect the wallet you will launch from: it becomes the token's creator.</p>;
  return (
    <>
      <h1>Launch a personal token</h1>
      <div className="grid">
        <div>
          <fieldset>
            <legend>Token</legend>
            {text("name", "Name", "e.g. Alex Masmej")}
            {text("symbol", "Symbol", "e.g. ALEX")}
            {text("supply", "Total supply (tokens)")}
            {text("vestingAmount", "Your vested share (tokens, 0 for none)")}
            {text("cliffDays", "Vesting cliff (days)")}
            {text("vestingDays", "Vesting duration (days)")}
            {text("supporter", "Early supporter's address (optional)")}
            {text("supporterAmount", "Early supporter's tokens")}
          </fieldset>
          <fieldset>
            <legend>Profile</legend>
            {text("bio", "Bio")}
            {text("image", "Picture URL (https:// or ipfs://)")}
            {text("link", "Link")}
          </fieldset>
          <fieldset>
            <legend>Modules</legend>
            {check("sale", "Income-share sale: sell a share of your future income")}
            {form.sale ? (
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
            ) : null}
            {check("time", "Time offers: sell hours of your time")}
            {form.time ? (
              <>
                {text("hourPrice", "Price of an hour (tokens)")}
                {text("hoursPerMonth", "Hours per 30 days")}
              </>
            ) : null}
            {check("polls", "Polls: let holders vote on your choices")}
            {check("staking", "Staking campaign: reward holders who stake")}
            {form.staking ? (
              <>
                {text("stakingTokens", "Rewards (tokens)")}
                {text("stakingDays", "Campaign length (days)")}
              </>
            ) : null}
            {check("loan", "Personal loan: borrow from your supporters, repay in installments")}
            {form.loan ? loanFields(text, loanAsset.data?.symbol) : null}
            {check("credentials", "Credentials: soulbound badges you give to holders")}
            {form.credentials ? credentialFields(text, check) : null}
          </fieldset>
        </div>
        <div>
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
