import type { Messages } from "../../src/i18n/messages";
import type { FormProblem } from "../../src/office/office-forms";
import type { HandedInSheet, PaperSheetTotals } from "../../src/paper-lists/handed-in-sheets";
import type { DownloadField, DownloadFormValues, SheetsField, SheetsFormValues } from "../../src/paper-lists/paper-list-forms";
import { paperListPaths } from "../../src/paper-lists/paper-list-paths";
import { LINES_PER_SHEET, MAX_SHEETS_PER_DOWNLOAD } from "../../src/paper-lists/sheet-limits";
import { formatRanges, type SheetRange } from "../../src/paper-lists/sheet-numbers";
import type { Petition } from "../../src/petitions/queries";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";

const DOWNLOAD_IDS: Record<DownloadField, string> = { sheetCount: "download-sheet-count", firstSheet: "download-first-sheet" };
const SHEETS_IDS: Record<SheetsField, string> = { sheets: "record-sheets", signatureCount: "record-signature-count" };

export type PaperListsPageProps = {
  t: Messages;
  petition: Petition;
  issued: SheetRange[];
  sheets: HandedInSheet[];
  totals: PaperSheetTotals;
  /** Whether new sheets can be downloaded: only while the petition collects. */
  canDownload: boolean;
  /** Whether sheets handed in can still change: not after the admissibility decision. */
  canRecord: boolean;
  download: { values: DownloadFormValues; problems: FormProblem<DownloadField>[] };
  record: { values: SheetsFormValues; problems: FormProblem<SheetsField>[] };
  /** Problem of a correction to one sheet, shown next to it. */
  correction?: { sheet: number; value: string; message: string };
  /** Sentence that confirms the change just made. */
  notice?: string;
  csrfToken: string | undefined;
};

/**
 * Render the organisers' page of paper signature lists: the sheets issued,
 * the download form, the form for sheets handed in, and the list of those
 * recorded with their totals, where each count can be corrected or the sheet removed.
 */
export function PaperListsPage(props: PaperListsPageProps) {
  const { t, petition, issued, sheets, totals, download, record, csrfToken } = props;
  const p = t.paperLists.page;
  const e = t.paperLists.errors;
  const paths = paperListPaths(petition.id);
  const errorOf = <F extends string>(problems: FormProblem<F>[], field: F) => problems.find((problem) => problem.field === field)?.message;
  return (
    <section class="paper-lists">
      {props.notice === undefined ? null : (
        <p class="notice-success" role="status">
          {props.notice}
        </p>
      )}
      <h1>{p.heading}</h1>
      <p>{petition.title}</p>
      <ErrorSummary
        title={e.summaryTitle}
        errors={[
          ...download.problems.map((problem) => ({ fieldId: DOWNLOAD_IDS[problem.field], message: problem.message })),
          ...record.problems.map((problem) => ({ fieldId: SHEETS_IDS[problem.field], message: problem.message })),
          ...(props.correction === undefined ? [] : [{ fieldId: `sheet-count-${props.correction.sheet}`, message: props.correction.message }]),
        ]}
      />
      <p>{p.intro(LINES_PER_SHEET)}</p>
      <p>{issued.length === 0 ? p.noneIssued : p.issuedRanges(formatRanges(issued))}</p>

      {props.canDownload ? (
        <section class="panel" aria-labelledby="download-heading">
          <h2 id="download-heading">{p.downloadHeading}</h2>
          <form method="post" action={paths.download} novalidate>
            <CsrfField token={csrfToken} />
            <Field
              id={DOWNLOAD_IDS.sheetCount}
              name="sheetCount"
              label={p.sheetCount.label}
              hint={p.sheetCount.hint(MAX_SHEETS_PER_DOWNLOAD)}
              value={download.values.sheetCount}
              error={errorOf(download.problems, "sheetCount")}
              errorPrefix={e.prefix}
              inputmode="numeric"
              inputClass="input-short"
              maxLength={6}
            />
            <Field
              id={DOWNLOAD_IDS.firstSheet}
              name="firstSheet"
              label={p.firstSheet.label}
              hint={p.firstSheet.hint}
              value={download.values.firstSheet}
              error={errorOf(download.problems, "firstSheet")}
              errorPrefix={e.prefix}
              inputmode="numeric"
              inputClass="input-short"
              maxLength={6}
            />
            <button type="submit" class="button">
              {p.download}
            </button>
          </form>
        </section>
      ) : (
        <p class="notice">{e.collectionEnded}</p>
      )}

      {props.canRecord ? (
        <section class="panel" aria-labelledby="record-heading">
          <h2 id="record-heading">{p.recordHeading}</h2>
          <p>{p.recordIntro}</p>
          <form method="post" action={paths.sheets} novalidate>
            <CsrfField token={csrfToken} />
            <Field
              id={SHEETS_IDS.sheets}
              name="sheets"
              label={p.sheets.label}
              hint={p.sheets.hint}
              value={record.values.sheets}
              error={errorOf(record.problems, "sheets")}
              errorPrefix={e.prefix}
              maxLength={500}
            />
            <Field
              id={SHEETS_IDS.signatureCount}
              name="signatureCount"
              label={p.signatureCount.label}
              hint={p.signatureCount.hint(LINES_PER_SHEET)}
              value={record.values.signatureCount}
              error={errorOf(record.problems, "signatureCount")}
              errorPrefix={e.prefix}
              inputmode="numeric"
              inputClass="input-short"
              maxLength={3}
            />
            <button type="submit" class="button">
              {p.record}
            </button>
          </form>
        </section>
      ) : (
        <p class="notice">{e.decided}</p>
      )}

      <h2>{p.recordedHeading}</h2>
      <p data-paper-totals>{p.totals(totals.sheets, totals.signatures)}</p>
      {sheets.length === 0 ? (
        <p>{p.noneRecorded}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{p.recordedHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{p.columns.sheet}</th>
              <th scope="col">{p.columns.count}</th>
              <th scope="col">{p.columns.recordedAt}</th>
              {props.canRecord ? <th scope="col">{p.columns.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {sheets.map((sheet) => (
              <SheetRow {...props} sheet={sheet} />
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={workspacePaths(petition.id).overview}>{p.back}</a>
      </p>
    </section>
  );
}

function SheetRow({ t, petition, sheet, canRecord, correction, csrfToken }: PaperListsPageProps & { sheet: HandedInSheet }) {
  const p = t.paperLists.page;
  const paths = paperListPaths(petition.id);
  const failed = correction?.sheet === sheet.sheetNumber ? correction : undefined;
  const inputId = `sheet-count-${sheet.sheetNumber}`;
  return (
    <tr>
      <th scope="row">{sheet.sheetNumber}</th>
      <td>{t.paperLists.formatNumber(sheet.signatureCount)}</td>
      <td>{p.recordedAt(sheet.recordedAt)}</td>
      {canRecord ? (
        <td>
          <form method="post" action={paths.sheet(sheet.sheetNumber)} class="inline-form" novalidate>
            <CsrfField token={csrfToken} />
            {failed === undefined ? null : (
              <p id={`${inputId}-error`} class="field-error-message">
                <span class="visually-hidden">{t.paperLists.errors.prefix}</span>
                {failed.message}
              </p>
            )}
            <label for={inputId}>{p.countLabel(sheet.sheetNumber)}</label>
            <input
              id={inputId}
              name="signatureCount"
              class="input-short"
              inputmode="numeric"
              maxlength={3}
              value={failed?.value ?? String(sheet.signatureCount)}
              aria-invalid={failed === undefined ? undefined : "true"}
              aria-describedby={failed === undefined ? undefined : `${inputId}-error`}
            />
            <button type="submit" class="button-secondary">
              {p.correct}
            </button>
          </form>
          <form method="post" action={paths.removeSheet(sheet.sheetNumber)} class="inline-form">
            <CsrfField token={csrfToken} />
            <button type="submit" class="button-secondary">
              {p.remove(sheet.sheetNumber)}
            </button>
          </form>
        </td>
      ) : null}
    </tr>
  );
}
