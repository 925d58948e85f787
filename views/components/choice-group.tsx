export type Choice = { value: string; label: string };

type ChoiceGroupProps = {
  /** Prefix of the inputs' ids; each input's id is `${id}-${value}`, and the first one is where an error links to. */
  id: string;
  name: string;
  legend: string;
  hint?: string;
  type: "radio" | "checkbox";
  choices: Choice[];
  selected: string[];
  error?: string;
  errorPrefix: string;
};

/** Id of the first input of a choice group, the target of its error summary link. */
export function firstChoiceId(id: string, choices: Choice[]): string {
  return `${id}-${choices[0]?.value ?? ""}`;
}

/** Render radio buttons or checkboxes in a fieldset with legend, hint and error message. */
export function ChoiceGroup({ id, name, legend, hint, type, choices, selected, error, errorPrefix }: ChoiceGroupProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ");
  return (
    <fieldset class={error ? "field choice-group field-error" : "field choice-group"} aria-describedby={describedBy === "" ? undefined : describedBy}>
      <legend>{legend}</legend>
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
      {choices.map((choice) => (
        <div class="choice">
          <input
            id={`${id}-${choice.value}`}
            name={name}
            type={type}
            value={choice.value}
            checked={selected.includes(choice.value)}
          />
          <label for={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
