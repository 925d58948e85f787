import { describedByFor, FieldFrame } from "./field-frame";

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value?: string;
  /** Message shown above the input when the submitted value was rejected. */
  error?: string;
  /** Visually hidden text read before the error, such as "Fehler: ". */
  errorPrefix: string;
  autocomplete?: string;
  spellcheck?: boolean;
  /** Input type; "text" unless given. */
  type?: "text" | "date";
  /** Keyboard to offer on touch screens, such as "numeric" for whole numbers. */
  inputmode?: "numeric" | "text";
  /** Extra class on the input, such as "input-short" for numbers and dates. */
  inputClass?: string;
  /** Most characters the browser lets the user type, where the server rejects longer values. */
  maxLength?: number;
  /** Put the keyboard focus here when the page loads, as after saving a form that is filled in again and again. */
  autofocus?: boolean;
};

/** Render a labelled text input with optional hint and error message, tied together by aria-describedby. */
export function Field({ id, name, label, hint, value, error, errorPrefix, autocomplete, spellcheck, type, inputmode, inputClass, maxLength, autofocus }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={id}
        name={name}
        type={type ?? "text"}
        inputmode={inputmode}
        maxlength={maxLength}
        class={inputClass}
        value={value ?? ""}
        autocomplete={autocomplete}
        spellcheck={spellcheck}
        aria-describedby={describedByFor(id, hint, error)}
        aria-invalid={error ? "true" : undefined}
        autofocus={autofocus}
      />
    </FieldFrame>
  );
}
