import type { Choice } from "./choice-group";
import { describedByFor, FieldFrame } from "./field-frame";

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  choices: Choice[];
  selected: string;
  error?: string;
  errorPrefix: string;
  /** Put the keyboard focus here when the page loads, as on the first field in error. */
  autofocus?: boolean;
};

/** Render a labelled drop-down list, which keyboard users operate by typing the first letters of a choice. */
export function SelectField({ id, name, label, hint, choices, selected, error, errorPrefix, autofocus }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <select id={id} name={name} aria-describedby={describedByFor(id, hint, error)} aria-invalid={error ? "true" : undefined} autofocus={autofocus}>
        {choices.map((choice) => (
          <option value={choice.value} selected={choice.value === selected}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
