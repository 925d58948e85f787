import type { Messages } from "../../src/i18n/messages";
import { officePaths } from "../../src/office/office-paths";
import type { SheetLineEntry } from "../../src/review/find-sheet-line";
import { INVALID_REASONS } from "../../src/review/invalid-reasons";
import { MAX_LINE, MAX_SHEET, type PaperLineForm, type PaperLineProblems } from "../../src/review/paper-line-form";
import { labelOf } from "../../src/signature-log/log-report";
import { ChoiceGroup } from "../components/choice-group";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";
import { SelectField } from "../components/select-field";

/** The line's fields the office enters again; sheet and line stay as opened. */
const CORRECTION_FIELDS = ["familyName", "givenNames", "birthDate", "placeOfBirth", "address", "signedOn"] as const;

export const PAPER_LINE_ID_PREFIX = "line-";

/** Name of the checkbox that confirms a deletion or a withdrawal. */
export const CONFIRM_FIELD = "bestaetigt";

/** Problem of the form that was submitted, so its message appears next to that form. */
export type PaperLineFormError = { form: "lookup" | "correct"; problems: PaperLineProblems } | { form: "delete" | "withdraw"; message: string };

export type PaperLinePageProps = {
  t: Messages;
  petition: { id: string; title: string };
  csrfToken: string | undefined;
  /** Sheet and line as typed into the lookup form. */
  lookup: { sheet: string; line: string };
  /** The entry at the opened sheet line; undefined before a lookup and after a deletion. */
  opened: { sheet: number; line: number; entry: SheetLineEntry } | undefined;
  /** Values of the correction form, kept after a rejected submission. */
  values: PaperLineForm;
  /** Whether the petition collects, so a written withdrawal can be recorded. */
  collecting: boolean;
  notice: { kind: "success" | "error"; message: string } | undefined;
  error: PaperLineFormError | undefined;
};

/**
 * Render the page to open one entered sheet line and correct it, delete it
 * or record a written withdrawal. Each action is its own form, reachable by
 * keyboard in the order of the page. Deleting and withdrawing need a
 * confirmation checkbox, so a stray Enter changes nothing.
 */
export function PaperLinePage(props: PaperLinePageProps) {
  const { t, petition, csrfToken, lookup, opened, notice, error } = props;
  const m = t.review.paperLine;
  const paths = officePaths(petition.id);
  const problemOf = (form: "lookup" | "correct", field: keyof PaperLineForm) => {
    const problem = error?.form === form ? error.problems[field] : undefined;
    return problem === undefined ? undefined : t.review.paper.problems[problem];
  };
  const summary = summaryErrors(t, error);
  return (
    <section class="paper-line">
      <ErrorSummary title={m.errorSummaryTitle} errors={summary} />
      <h1>{m.heading}</h1>
      <p class="paper-entry-petition">{petition.title}</p>
      <div id="paper-line-notice" role="status" aria-live="polite">
        {notice === undefined ? null : <p class={notice.kind === "success" ? "notice notice-success" : "notice notice-error"}>{notice.message}</p>}
      </div>
      <p>{m.intro}</p>
      <form method="get" action={paths.paperLine} novalidate class="paper-line-lookup">
        {(["sheet", "line"] as const).map((field) => (
          <Field
            id={`${PAPER_LINE_ID_PREFIX}lookup-${field}`}
            name={field === "sheet" ? "bogen" : "zeile"}
            label={t.review.paper.fields[field]}
            value={lookup[field]}
            error={problemOf("lookup", field)}
            errorPrefix={t.review.paper.errorPrefix}
            inputmode="numeric"
            inputClass="input-short"
            maxLength={String(field === "sheet" ? MAX_SHEET : MAX_LINE).length}
            autocomplete="off"
            autofocus={opened === undefined && summary.length === 0}
          />
        ))}
        <button type="submit" class="button button-secondary">
          {m.lookupSubmit}
        </button>
      </form>
      {opened === undefined ? null : <OpenedLine {...props} opened={opened} problemOf={(field) => problemOf("correct", field)} />}
      <p>
        <a href={paths.paper}>{t.review.officeLinks.paper}</a>
      </p>
      <p>
        <a href={paths.petition}>{t.review.paper.backToPetition}</a>
      </p>
    </section>
  );
}

function OpenedLine({
  t,
  petition,
  csrfToken,
  opened,
  values,
  collecting,
  error,
  problemOf,
}: PaperLinePageProps & { opened: NonNullable<PaperLinePageProps["opened"]>; problemOf: (field: keyof PaperLineForm) => string | undefined }) {
  const m = t.review.paperLine;
  const paths = officePaths(petition.id);
  const where = t.review.sheetLine(opened.sheet, opened.line);
  const hidden = (
    <>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="sheet" value={String(opened.sheet)} />
      <input type="hidden" name="line" value={String(opened.line)} />
    </>
  );
  const outcomeChoices = [
    { value: "auto", label: labelOf(t.review.paper.outcomeChoices, "auto") },
    { value: "valid", label: labelOf(t.review.paper.outcomeChoices, "valid") },
    ...INVALID_REASONS.map((reason) => ({ value: reason, label: t.review.paper.invalidChoice(labelOf(t.review.reasons, reason)) })),
  ];
  const confirmation = (form: "delete" | "withdraw", label: string) => (
    <ChoiceGroup
      id={`${PAPER_LINE_ID_PREFIX}${form}-confirm`}
      name={CONFIRM_FIELD}
      legend={m.confirmLegend}
      type="checkbox"
      choices={[{ value: "ja", label }]}
      selected={[]}
      error={error?.form === form ? error.message : undefined}
      errorPrefix={t.review.paper.errorPrefix}
    />
  );

  /** Render the delete or withdraw form: heading, intro, the confirmation box and a danger button. */
  const confirmedForm = (form: "delete" | "withdraw", action: string, text: { heading: string; intro: string; confirm: string; submit: string }) => (
    <>
      <h3>{text.heading}</h3>
      <p>{text.intro}</p>
      <form method="post" action={action} novalidate>
        {hidden}
        {confirmation(form, text.confirm)}
        <button type="submit" class="button button-danger">
          {text.submit}
        </button>
      </form>
    </>
  );

  return (
    <>
      <h2 id="paper-line-current">{m.current(where, describeEntry(t, opened.entry))}</h2>

      <h3>{m.correctHeading}</h3>
      <p>{m.correctIntro}</p>
      <form method="post" action={paths.paperLine} novalidate class="paper-entry-form">
        {hidden}
        {CORRECTION_FIELDS.map((field) => (
          <Field
            id={`${PAPER_LINE_ID_PREFIX}${field}`}
            name={field}
            label={t.review.paper.fields[field]}
            hint={t.review.paper.hints[field]}
            value={values[field]}
            error={problemOf(field)}
            errorPrefix={t.review.paper.errorPrefix}
            autocomplete="off"
            spellcheck={false}
            inputClass={field === "birthDate" || field === "signedOn" ? "input-short" : undefined}
            autofocus={field === "familyName" && error === undefined}
          />
        ))}
        <SelectField
          id={`${PAPER_LINE_ID_PREFIX}outcome`}
          name="outcome"
          label={t.review.paper.fields.outcome}
          hint={t.review.paper.hints.outcome}
          choices={outcomeChoices}
          selected={values.outcome}
          error={problemOf("outcome")}
          errorPrefix={t.review.paper.errorPrefix}
        />
        <button type="submit" class="button">
          {m.correctSubmit}
        </button>
      </form>

      {confirmedForm("delete", paths.paperLineDelete, { heading: m.deleteHeading, intro: m.deleteIntro, confirm: m.deleteConfirm, submit: m.deleteSubmit })}

      {opened.entry.kind === "signature" && collecting
        ? confirmedForm("withdraw", paths.paperLineWithdraw, { heading: m.withdrawHeading, intro: m.withdrawIntro, confirm: m.withdrawConfirm, submit: m.withdrawSubmit })
        : null}
    </>
  );
}

/** Describe an entry in a phrase: its outcome, or that it is a duplicate line, of which channel, and whether that signature was declared invalid. */
export function describeEntry(t: Messages, entry: SheetLineEntry): string {
  const m = t.review.paperLine;
  if (entry.kind === "duplicate") {
    const channel = labelOf(t.review.channels, entry.existingChannel);
    if (entry.existingStatus === "invalid" && entry.existingReason !== null) return m.entryDuplicateOfInvalid(channel, labelOf(t.review.reasons, entry.existingReason));
    return m.entryDuplicate(channel);
  }
  if (entry.status === "invalid") return m.entryInvalid(labelOf(t.review.reasons, entry.reason ?? ""));
  return m.entryValid;
}

function summaryErrors(t: Messages, error: PaperLineFormError | undefined): { fieldId: string; message: string }[] {
  if (error === undefined) return [];
  if (!("problems" in error)) return [{ fieldId: `${PAPER_LINE_ID_PREFIX}${error.form}-confirm-ja`, message: error.message }];
  const { form, problems } = error;
  const fields = form === "lookup" ? (["sheet", "line"] as const) : ([...CORRECTION_FIELDS, "outcome"] as const);
  return fields.flatMap((field) => {
    const problem = problems[field];
    if (problem === undefined) return [];
    const fieldId = form === "lookup" ? `${PAPER_LINE_ID_PREFIX}lookup-${field}` : `${PAPER_LINE_ID_PREFIX}${field}`;
    return [{ fieldId, message: `${t.review.paper.fields[field]}: ${t.review.paper.problems[problem]}` }];
  });
}
