import type { Messages } from "../../src/i18n/messages";
import { type DecisionField, type DecisionFormValues, MAX_REFERENCE_LENGTH } from "../../src/office/decision-form";
import type { FormProblem } from "../../src/office/office-forms";
import { officePaths } from "../../src/office/office-paths";
import { ChoiceGroup, firstChoiceId } from "../components/choice-group";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";
import { TextareaField } from "../components/textarea-field";

type DecisionFormProps = {
  t: Messages;
  petitionId: string;
  values: DecisionFormValues;
  problems: FormProblem<DecisionField>[];
  /** Whether a decision is recorded, so the form corrects it. */
  correction: boolean;
  csrfToken: string | undefined;
};

/** Render the form in which the office records or corrects the admissibility decision. */
export function DecisionForm({ t, petitionId, values, problems, correction, csrfToken }: DecisionFormProps) {
  const f = t.admissibility.decisionForm;
  const e = t.admissibility.errors;
  const choices = [
    { value: "yes", label: f.admissible.yes },
    { value: "no", label: f.admissible.no },
  ];
  const ids: Record<DecisionField, string> = {
    admissible: firstChoiceId("decision-admissible", choices),
    decidedOn: "decision-date",
    reference: "decision-reference",
    note: "decision-note",
  };
  const errorOf = (field: DecisionField) => problems.find((problem) => problem.field === field)?.message;
  return (
    <section class="panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{correction ? f.correctionHeading : f.heading}</h2>
      <ErrorSummary title={e.summaryTitle} errors={problems.map((problem) => ({ fieldId: ids[problem.field], message: problem.message }))} />
      <p>{correction ? f.correctionIntro : f.intro}</p>
      <form method="post" action={officePaths(petitionId).decision} novalidate>
        <CsrfField token={csrfToken} />
        <ChoiceGroup
          id="decision-admissible"
          name="admissible"
          legend={f.admissible.legend}
          type="radio"
          choices={choices}
          selected={[values.admissible]}
          error={errorOf("admissible")}
          errorPrefix={e.prefix}
        />
        <Field
          id={ids.decidedOn}
          name="decidedOn"
          label={f.decidedOn.label}
          hint={f.decidedOn.hint}
          value={values.decidedOn}
          error={errorOf("decidedOn")}
          errorPrefix={e.prefix}
          type="date"
          inputClass="input-short"
        />
        <Field
          id={ids.reference}
          name="reference"
          label={f.reference.label}
          hint={f.reference.hint}
          value={values.reference}
          error={errorOf("reference")}
          errorPrefix={e.prefix}
          maxLength={MAX_REFERENCE_LENGTH}
        />
        <TextareaField id={ids.note} name="note" label={f.note.label} hint={f.note.hint} value={values.note} error={errorOf("note")} errorPrefix={e.prefix} rows={4} />
        <button type="submit" class="button">
          {correction ? f.submitCorrection : f.submit}
        </button>
      </form>
    </section>
  );
}
