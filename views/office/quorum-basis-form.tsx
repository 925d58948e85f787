import type { Messages } from "../../src/i18n/messages";
import type { FormProblem } from "../../src/office/office-forms";
import { officePaths } from "../../src/office/office-paths";
import type { QuorumBasisField, QuorumBasisFormValues } from "../../src/office/quorum-basis-form";
import { QUORUM_PERCENT } from "../../src/petitions/quorum";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";

/** Ids of the quorum basis form's inputs, the targets of the error summary's links. */
export const QUORUM_FIELD_IDS: Record<QuorumBasisField, string> = { eligibleResidents: "quorum-eligible-residents", referenceDate: "quorum-reference-date" };

type QuorumBasisFormProps = {
  t: Messages;
  petitionId: string;
  values: QuorumBasisFormValues;
  problems: FormProblem<QuorumBasisField>[];
  csrfToken: string | undefined;
};

/** Render the form in which the office enters the number of eligible residents and the reference date that set the quorum. */
export function QuorumBasisForm({ t, petitionId, values, problems, csrfToken }: QuorumBasisFormProps) {
  const f = t.admissibility.quorumForm;
  const e = t.admissibility.errors;
  const errorOf = (field: QuorumBasisField) => problems.find((problem) => problem.field === field)?.message;
  return (
    <section class="panel" aria-labelledby="quorum-basis-heading">
      <h2 id="quorum-basis-heading">{f.heading}</h2>
      <ErrorSummary title={e.summaryTitle} errors={problems.map((problem) => ({ fieldId: QUORUM_FIELD_IDS[problem.field], message: problem.message }))} />
      <p>{f.intro(QUORUM_PERCENT)}</p>
      <p>{f.replaceHint}</p>
      <form method="post" action={officePaths(petitionId).quorumBasis} novalidate>
        <CsrfField token={csrfToken} />
        <Field
          id={QUORUM_FIELD_IDS.eligibleResidents}
          name="eligibleResidents"
          label={f.eligibleResidents.label}
          hint={f.eligibleResidents.hint}
          value={values.eligibleResidents}
          error={errorOf("eligibleResidents")}
          errorPrefix={e.prefix}
          inputmode="numeric"
          inputClass="input-short"
          maxLength={12}
        />
        <Field
          id={QUORUM_FIELD_IDS.referenceDate}
          name="referenceDate"
          label={f.referenceDate.label}
          hint={f.referenceDate.hint}
          value={values.referenceDate}
          error={errorOf("referenceDate")}
          errorPrefix={e.prefix}
          type="date"
          inputClass="input-short"
        />
        <button type="submit" class="button">
          {f.submit}
        </button>
      </form>
    </section>
  );
}
