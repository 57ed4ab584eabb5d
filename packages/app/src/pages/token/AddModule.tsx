import {launchModule, predictModuleAddress} from "@personal-token/sdk";
import {useQueryClient} from "@tanstack/react-query";
import {useId, useState} from "react";
import {type Address, isAddress, type PublicClient, zeroAddress} from "viem";
import {usePublicClient} from "wagmi";
import {TextField} from "../../components/Field.js";
import {WriteForm} from "../../components/Write.js";
import {config} from "../../config.js";
import {emptyLaunchForm, type LaunchForm, planCredentials, planLoan} from "../../lib/launch.js";
import {useAsset, useBlockTime, useTokenModules} from "../../lib/queries.js";

type Kind = "loan" | "credentials";

/**
 * Creator: launch a personal loan or credentials beside a token already launched (`launchModule`), with the module's
 * predicted address and the same plain-words summary as the launch form.
 */
export function AddModule({token}: {token: Address}) {
  const modules = useTokenModules(token);
  const now = useBlockTime();
  const client = usePublicClient() as PublicClient;
  const queryClient = useQueryClient();
  const id = useId();
  const [kind, setKind] = useState<Kind>("loan");
  const [form, setForm] = useState<LaunchForm>(emptyLaunchForm);
  const loanInput = form.loanAsset.trim();
  const loanAsset = useAsset(loanInput === "ETH" ? zeroAddress : isAddress(loanInput) ? loanInput : undefined);
  const set = (field: keyof LaunchForm) => (value: string | boolean) => setForm((f) => ({...f, [field]: value}));
  const plan =
    now.data === undefined
      ? undefined
      : kind === "loan"
        ? planLoan(form, now.data, loanAsset.data)
        : planCredentials(form);
  const ok = plan && "module" in plan ? plan : undefined;
  const predicted =
    ok && modules.data
      ? predictModuleAddress({
          chainId: config.chain.id,
          token,
          implementation: ok.module.implementation,
          index: BigInt(modules.data.length),
        })
      : undefined;
  const text = (field: keyof LaunchForm, label: string, hint?: string) => (
    <TextField label={label} value={form[field] as string} onChange={set(field)} hint={hint} name={field} />
  );
  return (
    <WriteForm
      title="Add a module beside the token"
      action="Add the module"
      inputs={`${kind}:${JSON.stringify(form)}`}
      prepare={() => {
        if (!plan) return {error: "Reading the chain's time…"};
        if ("error" in plan) return {error: plan.error, field: plan.field};
        return {
          send: async (w) => {
            const launched = await launchModule(w, {token, module: plan.module});
            // The new module logs from its own address and the factory's: the token's module list is read again here.
            await client.waitForTransactionReceipt({hash: launched.hash});
            await queryClient.invalidateQueries({queryKey: ["pt", "modules", token.toLowerCase()]});
            return {hash: launched.hash};
          },
        };
      }}
    >
      <fieldset>
        <legend>Module to add</legend>
        <label className="check" htmlFor={`${id}-loan`}>
          <input
            id={`${id}-loan`}
            type="radio"
            name={`${id}-kind`}
            checked={kind === "loan"}
            onChange={() => setKind("loan")}
          />{" "}
          Personal loan
        </label>
        <label className="check" htmlFor={`${id}-credentials`}>
          <input
            id={`${id}-credentials`}
            type="radio"
            name={`${id}-kind`}
            checked={kind === "credentials"}
            onChange={() => setKind("credentials")}
          />{" "}
          Credentials
        </label>
      </fieldset>
      {kind === "loan" ? (
        <>
          {text("loanName", "Loan name (its claim token)", 'e.g. "Alex Masmej Loan 2026"')}
          {text("loanSymbol", "Claim symbol", "e.g. AML26")}
          {text(
            "loanAsset",
            "Borrowed in (ETH or an ERC-20 address)",
            loanAsset.data ? `= ${loanAsset.data.symbol}` : undefined,
          )}
          {text("loanPrincipal", `Principal (${loanAsset.data?.symbol ?? "…"})`)}
          {text("loanFundingDays", "Funding window (days)")}
          {text("loanInstallments", "Installments")}
          {text("loanInstallmentAmount", `Each installment (${loanAsset.data?.symbol ?? "…"})`)}
          {text("loanIntervalDays", "Days between installments")}
          {text("loanGraceDays", "Grace before an installment reads late (days)")}
        </>
      ) : (
        <>
          {text("credentialUri", "First class's metadata URI", "ipfs://… or https://…")}
          {text("credentialValidDays", "Each credential valid for (days, 0 for no expiry)")}
          <label className="check">
            <input
              type="checkbox"
              checked={form.credentialRevocable}
              onChange={(e) => set("credentialRevocable")(e.target.checked)}
            />{" "}
            You may revoke this class's credentials (shown to every holder)
          </label>
        </>
      )}
      {ok && predicted ? (
        <div data-testid="add-module-review">
          <p>
            Its address, known before it exists: <code>{predicted}</code>
          </p>
          <ul className="summary">
            {ok.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </WriteForm>
  );
}
