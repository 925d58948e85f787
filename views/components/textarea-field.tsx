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
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ");
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>{label}</label>
      {hint ? (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} class="field-error-message">
          <span class="visually-hidden">{errorPrefix}</span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows ?? 5}
        aria-describedby={describedBy === "" ? undefined : describedBy}
        aria-invalid={error ? "true" : undefined}
      >
        {value}
      </textarea>
    </div>
  );
}
