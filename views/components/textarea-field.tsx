import { describedByFor, FieldFrame } from "./field-frame";

type TextareaFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  /** Message shown above the text area when the submitted value was rejected. */
  error?: string;
  /** Visually hidden text read before the error, such as "Fehler: ". */
  errorPrefix: string;
  rows?: number;
};

/** Render a labelled multi-line text area with optional hint and error message, tied together by aria-describedby. */
export function TextareaField({ id, name, label, hint, value, error, errorPrefix, rows }: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <textarea id={id} name={name} rows={rows ?? 5} aria-describedby={describedByFor(id, hint, error)} aria-invalid={error ? "true" : undefined}>
        {value}
      </textarea>
    </FieldFrame>
  );
}
