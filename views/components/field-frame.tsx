import type { Child } from "hono/jsx";

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: string;
  /** Message shown above the control when the submitted value was rejected. */
  error?: string;
  /** Visually hidden text read before the error, such as "Fehler: ". */
  errorPrefix: string;
  children: Child;
};

/** Return the aria-describedby value that ties a control with this id to its hint and error message, or undefined for neither. */
export function describedByFor(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return ids === "" ? undefined : ids;
}

/** Render a form field's label, hint and error message around its control, which sets aria-describedby with describedByFor. */
export function FieldFrame({ id, label, hint, error, errorPrefix, children }: FieldFrameProps) {
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error-message">
          <span class="visually-hidden">{errorPrefix}</span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
