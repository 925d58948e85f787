import type { Messages } from "../../src/i18n/messages";
import { MUNICIPALITIES } from "../../src/municipalities/municipalities";
import type { DraftField, DraftFormValues, DraftProblem } from "../../src/petitions/draft-form";
import { type Choice, ChoiceGroup, firstChoiceId } from "../components/choice-group";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";
import { TextareaField } from "../components/textarea-field";

type DraftFormPageProps = {
  t: Messages;
  /** Target of the form's post: the create or the edit route. */
  action: string;
  heading: string;
  cancelHref: string;
  values: DraftFormValues;
  problems: DraftProblem[];
  credentialTypes: readonly string[];
  csrfToken: string | undefined;
  /** Version of the stored draft the form was loaded with; absent when creating a draft. */
  version?: number | undefined;
};

/** Id of the input a field's error links to; groups link to their first choice. */
function inputId(field: DraftField, choices: Record<string, Choice[]>): string {
  const group = choices[field];
  return group === undefined ? field : firstChoiceId(field, group);
}

/**
 * Render the form that creates or edits a draft, with an error summary at
 * the top and each field's first message beside it. Every value comes back
 * as it was typed.
 */
export function DraftFormPage({ t, action, heading, cancelHref, values, problems, credentialTypes, csrfToken, version }: DraftFormPageProps) {
  const f = t.workspace.form;
  const prefix = f.errorPrefix;
  const errorOf = (field: DraftField) => problems.find((problem) => problem.field === field)?.message;

  const choices: Record<string, Choice[]> = {
    quorumSource: [
      { value: "number", label: f.quorumSource.number },
      { value: "eligibleResidents", label: f.quorumSource.eligibleResidents },
    ],
    nationalityRule: [
      { value: "eu", label: f.nationalityRule.eu },
      { value: "list", label: f.nationalityRule.list },
    ],
    credentialTypes: credentialTypes.map((vct) => ({ value: vct, label: f.credentialTypeNames[vct] ?? vct })),
    signatureKinds: [
      { value: "paper", label: f.signatureKinds.paper },
      { value: "online", label: f.signatureKinds.online },
    ],
  };
  const known = MUNICIPALITIES.map((municipality) => `${municipality.key} (${municipality.name})`).join(", ");
  const textField = (field: DraftField, label: string, hint?: string) => (
    <Field id={field} name={field} label={label} hint={hint} value={String(values[field])} error={errorOf(field)} errorPrefix={prefix} />
  );
  const numberField = (field: DraftField, label: string, hint?: string) => (
    <Field
      id={field}
      name={field}
      label={label}
      hint={hint}
      value={String(values[field])}
      error={errorOf(field)}
      errorPrefix={prefix}
      inputmode="numeric"
      inputClass="input-short"
    />
  );
  const dateField = (field: DraftField, label: string, hint?: string) => (
    <Field
      id={field}
      name={field}
      label={label}
      hint={hint}
      value={String(values[field])}
      error={errorOf(field)}
      errorPrefix={prefix}
      type="date"
      inputClass="input-short"
    />
  );

  return (
    <section class="draft-form">
      <ErrorSummary
        title={f.errorSummaryTitle}
        errors={problems.map((problem) => ({ fieldId: inputId(problem.field, choices), message: problem.message }))}
      />
      <h1>{heading}</h1>
      <p>{f.intro}</p>

      <form method="post" action={action} novalidate>
        <CsrfField token={csrfToken} />
        {version === undefined ? null : <input type="hidden" name="version" value={String(version)} />}

        <h2>{f.sections.content}</h2>
        {textField("title", f.title.label, f.title.hint)}
        <TextareaField
          id="decisionProposal"
          name="decisionProposal"
          label={f.decisionProposal.label}
          hint={f.decisionProposal.hint}
          value={values.decisionProposal}
          error={errorOf("decisionProposal")}
          errorPrefix={prefix}
          rows={3}
        />
        <TextareaField
          id="reasoning"
          name="reasoning"
          label={f.reasoning.label}
          hint={f.reasoning.hint}
          value={values.reasoning}
          error={errorOf("reasoning")}
          errorPrefix={prefix}
          rows={10}
        />
        <TextareaField
          id="costCoverageProposal"
          name="costCoverageProposal"
          label={f.costCoverageProposal.label}
          hint={f.costCoverageProposal.hint}
          value={values.costCoverageProposal}
          error={errorOf("costCoverageProposal")}
          errorPrefix={prefix}
          rows={6}
        />

        <h2>{f.sections.representatives}</h2>
        <fieldset class="field-group">
          <legend>{f.representative.legend}</legend>
          {textField("representativeName", f.representative.name)}
          {textField("representativeContact", f.representative.contact)}
        </fieldset>
        <fieldset class="field-group">
          <legend>{f.deputy.legend}</legend>
          {textField("deputyName", f.deputy.name)}
          {textField("deputyContact", f.deputy.contact)}
        </fieldset>

        <h2>{f.sections.quorum}</h2>
        <ChoiceGroup
          id="quorumSource"
          name="quorumSource"
          legend={f.quorumSource.legend}
          type="radio"
          choices={choices.quorumSource ?? []}
          selected={[values.quorumSource]}
          error={errorOf("quorumSource")}
          errorPrefix={prefix}
        />
        {numberField("quorum", f.quorum.label, f.quorum.hint)}
        {numberField("eligibleResidents", f.eligibleResidents.label, f.eligibleResidents.hint)}

        <h2>{f.sections.dates}</h2>
        {dateField("notificationDate", f.notificationDate.label, f.notificationDate.hint)}
        <div class="field choice">
          <input
            id="opposesCouncilDecision"
            name="opposesCouncilDecision"
            type="checkbox"
            value="yes"
            checked={values.opposesCouncilDecision}
            aria-describedby="opposesCouncilDecision-hint"
          />
          <label for="opposesCouncilDecision">{f.opposesCouncilDecision.label}</label>
          <p id="opposesCouncilDecision-hint" class="field-hint">
            {f.opposesCouncilDecision.hint}
          </p>
        </div>
        {dateField("councilDecisionPublishedOn", f.councilDecisionPublishedOn.label)}
        {dateField("collectionStart", f.collectionStart.label)}
        {dateField("collectionEnd", f.collectionEnd.label, f.collectionEnd.hint)}

        <h2>{f.sections.rules}</h2>
        {textField("municipalityKeys", f.municipalityKeys.label, f.municipalityKeys.hint(known))}
        {numberField("minimumAge", f.minimumAge.label, f.minimumAge.hint)}
        <ChoiceGroup
          id="nationalityRule"
          name="nationalityRule"
          legend={f.nationalityRule.legend}
          type="radio"
          choices={choices.nationalityRule ?? []}
          selected={[values.nationalityRule]}
          error={errorOf("nationalityRule")}
          errorPrefix={prefix}
        />
        {textField("nationalities", f.nationalities.label, f.nationalities.hint)}
        {numberField("minimumResidenceMonths", f.minimumResidenceMonths.label, f.minimumResidenceMonths.hint)}
        <ChoiceGroup
          id="credentialTypes"
          name="credentialTypes"
          legend={f.credentialTypes.legend}
          hint={f.credentialTypes.hint}
          type="checkbox"
          choices={choices.credentialTypes ?? []}
          selected={values.credentialTypes}
          error={errorOf("credentialTypes")}
          errorPrefix={prefix}
        />

        <h2>{f.sections.signatureKinds}</h2>
        <ChoiceGroup
          id="signatureKinds"
          name="signatureKinds"
          legend={f.signatureKinds.legend}
          hint={f.signatureKinds.hint}
          type="checkbox"
          choices={choices.signatureKinds ?? []}
          selected={values.signatureKinds}
          error={errorOf("signatureKinds")}
          errorPrefix={prefix}
        />

        <div class="form-actions">
          <button type="submit" class="button">
            {f.save}
          </button>
          <a href={cancelHref}>{f.cancel}</a>
        </div>
      </form>
    </section>
  );
}
