import {type ChangeEvent, type ReactNode, useId} from "react";
import {type ParseAmountOptions, parseAmount} from "../lib/amount.js";
import {useFieldFailure} from "../lib/fieldErrors.js";

/** What every field takes: its label, its text and what to call with the new text, and its form name. */
type FieldBase = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
};

/** A field that shows a hint under it, or an error the caller found. */
type NotedField = FieldBase & {
  hint?: string | undefined;
  error?: string | undefined;
};

/** A labelled input; its hint or error is tied to it (aria-describedby) and announced. */
export function TextField({
  type = "text",
  placeholder,
  required,
  ...props
}: NotedField & {type?: string; placeholder?: string; required?: boolean}) {
  const field = useField(props, props.error);
  return (
    <FieldFrame field={field} label={props.label} text={props.hint ?? ""}>
      <input {...field.control} type={type} placeholder={placeholder} required={required} />
    </FieldFrame>
  );
}

/** An amount input parsed strictly as you type: it echoes the amount with its unit, or says what is wrong. */
export function AmountField({options, ...props}: FieldBase & {options: ParseAmountOptions}) {
  const parsed = props.value.trim() === "" ? undefined : parseAmount(props.value, options);
  const field = useField(props, parsed && !parsed.ok ? parsed.error : undefined);
  const labelled = (
    <>
      {props.label} <span className="unit">({options.unit})</span>
    </>
  );
  return (
    <FieldFrame field={field} label={labelled} text={parsed?.ok ? `= ${parsed.echo}` : ""}>
      <input {...field.control} inputMode="decimal" autoComplete="off" />
    </FieldFrame>
  );
}

/** A labelled multi-line input (one item a line), with its hint or error tied to it like TextField's. */
export function TextAreaField({rows = 4, ...props}: NotedField & {rows?: number}) {
  const field = useField(props, props.error);
  return (
    <FieldFrame field={field} label={props.label} text={props.hint ?? ""}>
      <textarea {...field.control} rows={rows} spellCheck={false} />
    </FieldFrame>
  );
}

type Field = ReturnType<typeof useField>;

/**
 * What every field shares: its id, the error it shows (its own, else the failed simulation's for its `name`), and the
 * control's attributes: its value and change handler, and what ties it to the note under it.
 */
function useField({name, value, onChange}: FieldBase, error: string | undefined) {
  const id = useId();
  const failure = useFieldFailure(name);
  const shown = error ?? failure;
  return {
    id,
    error: shown,
    control: {
      id,
      name,
      value,
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
      "aria-invalid": shown ? true : undefined,
      "aria-describedby": `${id}-note`,
    },
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
