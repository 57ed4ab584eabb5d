import {useId} from "react";
import {type ParseAmountOptions, parseAmount} from "../lib/amount.js";
import {useFieldFailure} from "../lib/fieldErrors.js";

type FieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  type?: string;
  placeholder?: string;
  required?: boolean;
  name?: string;
};

/** A labelled input; its hint or error is tied to it (aria-describedby) and announced. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  type = "text",
  placeholder,
  required,
  name,
}: FieldProps) {
  const id = useId();
  const failure = useFieldFailure(name);
  const shown = error ?? failure;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        required={required}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldNote id={id} error={shown} text={hint ?? ""} />
    </div>
  );
}

/** An amount input parsed strictly as you type: it echoes the amount with its unit, or says what is wrong. */
export function AmountField({
  label,
  value,
  onChange,
  options,
  name,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: ParseAmountOptions;
  name?: string;
}) {
  const id = useId();
  const parsed = value.trim() === "" ? undefined : parseAmount(value, options);
  const failure = useFieldFailure(name);
  const error = parsed && !parsed.ok ? parsed.error : failure;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="unit">({options.unit})</span>
      </label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldNote id={id} error={error} text={parsed?.ok ? `= ${parsed.echo}` : ""} />
    </div>
  );
}

/** A labelled multi-line input (one item a line), with its hint or error tied to it like TextField's. */
export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  name,
  rows = 4,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  name?: string;
  rows?: number;
}) {
  const id = useId();
  const failure = useFieldFailure(name);
  const shown = error ?? failure;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        spellCheck={false}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldNote id={id} error={shown} text={hint ?? ""} />
    </div>
  );
}

/** The line under a field, tied to it by `aria-describedby`: its error (an alert) if it has one, else `text`. */
function FieldNote({id, error, text}: {id: string; error: string | undefined; text: string}) {
  return (
    <span id={`${id}-note`} className={error ? "note error" : "note"} role={error ? "alert" : undefined}>
      {error ?? text}
    </span>
  );
}
