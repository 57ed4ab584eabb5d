import {type ReactNode, useId} from "react";
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
  const field = useField(name, error);
  return (
    <FieldFrame field={field} label={label} text={hint ?? ""}>
      <input
        {...field.control}
        type={type}
        value={value}
        placeholder={placeholder}
        required={required}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
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
  const parsed = value.trim() === "" ? undefined : parseAmount(value, options);
  const field = useField(name, parsed && !parsed.ok ? parsed.error : undefined);
  const labelled = (
    <>
      {label} <span className="unit">({options.unit})</span>
    </>
  );
  return (
    <FieldFrame field={field} label={labelled} text={parsed?.ok ? `= ${parsed.echo}` : ""}>
      <input
        {...field.control}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
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
  const field = useField(name, error);
  return (
    <FieldFrame field={field} label={label} text={hint ?? ""}>
      <textarea
        {...field.control}
        rows={rows}
        value={value}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

type Field = ReturnType<typeof useField>;

/**
 * What every field shares: its id, the error it shows (its own, else the failed simulation's for its `name`), and the
 * attributes that tie its control to the note under it.
 */
function useField(name: string | undefined, error: string | undefined) {
  const id = useId();
  const failure = useFieldFailure(name);
  const shown = error ?? failure;
  return {
    id,
    error: shown,
    control: {id, name, "aria-invalid": shown ? true : undefined, "aria-describedby": `${id}-note`},
  };
}

/** A field's label, its control (`children`) and the note under it. */
function FieldFrame({
  field,
  label,
  text,
  children,
}: {
  field: Field;
  label: ReactNode;
  text: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {children}
      <FieldNote id={field.id} error={field.error} text={text} />
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
