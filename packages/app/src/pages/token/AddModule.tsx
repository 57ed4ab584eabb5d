import {launchModule, predictModuleAddress} from "@personal-token/sdk";
import {useQueryClient} from "@tanstack/react-query";
import {useId, useState} from "react";
import type {Address} from "viem";
import {TextField} from "../../components/Field.js";
import {WriteForm} from "../../components/Write.js";
import {config} from "../../config.js";
import {emptyLaunchForm, type LaunchForm, planCredentials, planLoan} from "../../lib/launch.js";
import {useAssetInput, useBlockTime, useTokenModules} from "../../lib/queries.js";
import {checkFieldOf, credentialFields, loanFields} from "./ModuleFields.js";

type Kind = "loan" | "credentials";

/** The modules a token can take after its launch, as the form names them. */
const KINDS: [Kind, string][] = [
  ["loan", "Personal loan"],
  ["credentials", "Credentials"],
];

/**
 * Creator: launch a personal loan or credentials beside a token already launched (`launchModule`), with the module's
 * predicted address and the same plain-words summary as the launch form.
 */
export function AddModule({token}: {token: Address}) {
  const modules = useTokenModules(token);
  const now = useBlockTime();
  const queryClient = useQueryClient();
  const id = useId();
  const [kind, setKind] = useState<Kind>("loan");
  const [form, setForm] = useState<LaunchForm>(emptyLaunchForm);
  const loanAsset = useAssetInput(form.loanAsset);
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
  const check = checkFieldOf(form, set);
  return (
    <WriteForm
      title="Add a module beside the token"
      action="Add the module"
      inputs={`${kind}:${JSON.stringify(form)}`}
      prepare={() => {
        if (!plan) return {error: "Reading the chain's time…"};
        if ("error" in plan) return {error: plan.error, field: plan.field};
        return {
          send: async (w) => ({hash: (await launchModule(w, {token, module: plan.module})).hash}),
          // The new module logs from its own address and the factory's, not the token's: its module list is read
          // again once the launch is confirmed (the hash shows as pending until then).
          confirmed: () => void queryClient.invalidateQueries({queryKey: ["pt", "modules", token.toLowerCase()]}),
        };
      }}
    >
      <fieldset>
        <legend>Module to add</legend>
        {KINDS.map(([k, label]) => (
          <label key={k} className="check" htmlFor={`${id}-${k}`}>
            <input
              id={`${id}-${k}`}
              type="radio"
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      {kind === "loan" ? loanFields(text, loanAsset.data?.symbol) : credentialFields(text, check)}
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
