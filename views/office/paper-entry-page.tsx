import type { Messages } from "../../src/i18n/messages";
import { officePaths } from "../../src/office/office-paths";
import { INVALID_REASONS } from "../../src/review/invalid-reasons";
import { MAX_LINE, MAX_SHEET, type PaperLineForm, type PaperLineProblems } from "../../src/review/paper-line-form";
import type { PaperLineResult, SheetLine, WithdrawnSheetLine } from "../../src/review/record-paper-lines";
import { labelOf } from "../../src/signature-log/log-report";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";
import { SelectField } from "../components/select-field";
import { describePaperLineResult } from "./paper-line-result";

/** Outcome of the previous submission: the saved line, or the sheet reference that was entered before. */
export type LastPaperEntry =
  /** `noSheetsIssued`: no sheets were issued, so the sheet number went unchecked. */
  | { kind: "saved"; result: PaperLineResult; noSheetsIssued: boolean }
  | { kind: "taken"; sheetLine: SheetLine }
  | { kind: "withdrawn"; lines: WithdrawnSheetLine[] }
  /** The line was not saved because the client sent too many requests; the form shows it again. */
  | { kind: "rateLimited"; retryAfterMinutes: number };

type PaperEntryPageProps = {
  t: Messages;
  petition: { id: string; title: string };
  csrfToken: string | undefined;
  values: PaperLineForm;
  problems: PaperLineProblems;
  last: LastPaperEntry | undefined;
};

const TEXT_FIELDS = ["familyName", "givenNames", "birthDate", "placeOfBirth", "address", "sheet", "line", "signedOn"] as const;
const FIELD_ORDER = [...TEXT_FIELDS, "outcome"] as const;

export const PAPER_FIELD_ID_PREFIX = "paper-";

/** Digits the number fields accept, so the browser stops typing where the server would reject the value. */
const MAX_DIGITS: Partial<Record<keyof PaperLineForm, number>> = { sheet: String(MAX_SHEET).length, line: String(MAX_LINE).length };

/**
 * Render the paper entry form, built for typing one line after another: the
 * fields in the order of the sheet's columns, the result of the last line
 * above them, and the focus on the first field after a save. After a
 * rejected line the focus goes to the first field in error, because typing
 * resumes there. Screen readers still announce the error summary.
 */
export function PaperEntryPage({ t, petition, csrfToken, values, problems, last }: PaperEntryPageProps) {
  const m = t.review.paper;
  const paths = officePaths(petition.id);
  const messageOf = (field: keyof PaperLineForm) => {
    const problem = problems[field];
    return problem === undefined ? undefined : m.problems[problem];
  };
  const firstFieldInError = FIELD_ORDER.find((field) => problems[field] !== undefined);
  const errors = FIELD_ORDER.flatMap((field) => {
    const message = messageOf(field);
    return message === undefined ? [] : [{ fieldId: `${PAPER_FIELD_ID_PREFIX}${field}`, message: `${m.fields[field]}: ${message}` }];
  });
  const outcomeChoices = [
    { value: "auto", label: labelOf(m.outcomeChoices, "auto") },
    { value: "valid", label: labelOf(m.outcomeChoices, "valid") },
    ...INVALID_REASONS.map((reason) => ({ value: reason, label: m.invalidChoice(labelOf(t.review.reasons, reason)) })),
  ];
  return (
    <section class="paper-entry">
      <ErrorSummary title={m.errorSummaryTitle} errors={errors} takeFocus={false} />
      <h1>{m.heading}</h1>
      <p class="paper-entry-petition">{petition.title}</p>
      <div id="paper-last-entry" role="status" aria-live="polite">
        {last === undefined ? null : <LastEntryNotice t={t} last={last} />}
      </div>
      <p>{m.intro}</p>
      <p class="field-hint">{m.keyboardHint}</p>
      <form method="post" action={paths.paper} novalidate class="paper-entry-form">
        <CsrfField token={csrfToken} />
        {TEXT_FIELDS.map((field) => (
          <Field
            id={`${PAPER_FIELD_ID_PREFIX}${field}`}
            name={field}
            label={m.fields[field]}
            hint={m.hints[field]}
            value={values[field]}
            error={messageOf(field)}
            errorPrefix={m.errorPrefix}
            autocomplete="off"
            spellcheck={false}
            inputmode={field === "sheet" || field === "line" ? "numeric" : undefined}
            inputClass={field === "sheet" || field === "line" || field === "birthDate" || field === "signedOn" ? "input-short" : undefined}
            maxLength={MAX_DIGITS[field]}
            autofocus={firstFieldInError === undefined ? field === "familyName" : field === firstFieldInError}
          />
        ))}
        <SelectField
          id={`${PAPER_FIELD_ID_PREFIX}outcome`}
          name="outcome"
          label={m.fields.outcome}
          hint={m.hints.outcome}
          choices={outcomeChoices}
          selected={values.outcome}
          error={messageOf("outcome")}
          errorPrefix={m.errorPrefix}
          autofocus={firstFieldInError === "outcome"}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
      <p>
        <a href={paths.paperImport}>{t.review.officeLinks.import}</a>
      </p>
      <p>
        <a href={paths.paperLine}>{t.review.paperLine.openLink}</a>
      </p>
      <p>
        <a href={paths.petition}>{m.backToPetition}</a>
      </p>
    </section>
  );
}

function LastEntryNotice({ t, last }: { t: Messages; last: LastPaperEntry }) {
  const m = t.review.paper;
  if (last.kind === "taken") {
    return <p class="notice notice-error">{m.lineTaken(t.review.sheetLine(last.sheetLine.sheet, last.sheetLine.line))}</p>;
  }
  if (last.kind === "withdrawn") {
    return (
      <>
        {last.lines.map((line) => (
          <p class="notice notice-error">{m.lineWithdrawn(t.review.sheetLine(line.sheet, line.line), t.review.formatDate(line.withdrawnAt))}</p>
        ))}
      </>
    );
  }
  if (last.kind === "rateLimited") {
    return <p class="notice notice-error">{m.rateLimited(last.retryAfterMinutes)}</p>;
  }
  const { result } = last;
  const good = result.kind === "recorded" && result.outcome.status === "confirmed";
  return (
    <div class={good ? "notice notice-success" : "notice notice-warning"}>
      <p>
        <strong>{m.lastEntry}: </strong>
        {describePaperLineResult(t.review, result)}
      </p>
      {result.kind === "recorded" && result.derived ? <p>{m.derivedNote}</p> : null}
      {last.noSheetsIssued ? <p>{m.noSheetsIssued}</p> : null}
    </div>
  );
}
