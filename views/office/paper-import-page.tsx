import type { Messages } from "../../src/i18n/messages";
import { labelOf } from "../../src/signature-log/log-report";
import { officePaths } from "../../src/office/office-paths";
import type { PaperCsvFileError, PaperCsvRowError } from "../../src/review/paper-csv";
import type { PaperLineResult, SheetLine, WithdrawnSheetLine } from "../../src/review/record-paper-lines";
import { CsrfField } from "../components/csrf-field";
import { describeExistingSignature } from "./paper-line-result";

export const PAPER_IMPORT_FILE_FIELD = "datei";

/** Most problems, taken lines or duplicates listed on the page; a count names the rest, so a bad file of any size gives a small page. */
export const MAX_LISTED_IMPORT_ITEMS = 50;

/** Outcome of an upload: nothing stored because of these problems, or every line stored with these results. */
export type PaperImportOutcome =
  | { kind: "fileError"; error: PaperCsvFileError | { kind: "noFile" } }
  | { kind: "rowErrors"; errors: PaperCsvRowError[] }
  | { kind: "taken"; lines: SheetLine[] }
  | { kind: "withdrawn"; lines: WithdrawnSheetLine[] }
  | { kind: "stored"; results: { csvLine: number; result: PaperLineResult }[]; noSheetsIssued: boolean };

type PaperImportPageProps = {
  t: Messages;
  petition: { id: string; title: string };
  csrfToken: string | undefined;
  maxMegabytes: number;
  maxLines: number;
  outcome: PaperImportOutcome | undefined;
};

/** Render the CSV upload of paper lines, with the rules of the file and the outcome of the last upload. */
export function PaperImportPage({ t, petition, csrfToken, maxMegabytes, maxLines, outcome }: PaperImportPageProps) {
  const m = t.review.paperImport;
  const paths = officePaths(petition.id);
  return (
    <section class="paper-import">
      <h1>{m.heading}</h1>
      <p class="paper-entry-petition">{petition.title}</p>
      {outcome === undefined ? null : <ImportOutcome t={t} outcome={outcome} maxLines={maxLines} />}
      <p>{m.intro}</p>
      <p>{m.outcomeHelp}</p>
      <p>
        <strong>{m.allOrNothing}</strong>
      </p>
      <p>{m.maxSize(maxMegabytes, maxLines)}</p>
      <form method="post" action={paths.paperImport} enctype="multipart/form-data">
        <CsrfField token={csrfToken} />
        <div class="field">
          <label for="paper-import-file">{m.fileLabel}</label>
          <input id="paper-import-file" name={PAPER_IMPORT_FILE_FIELD} type="file" accept=".csv,text/csv" />
        </div>
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
      <p>
        <a href={paths.paper}>{t.review.officeLinks.paper}</a>
      </p>
      <p>
        <a href={paths.petition}>{t.review.paper.backToPetition}</a>
      </p>
    </section>
  );
}

function fileErrorMessage(m: Messages["review"]["paperImport"], error: PaperCsvFileError | { kind: "noFile" }, maxLines: number): string {
  switch (error.kind) {
    case "noFile":
      return m.noFile;
    case "empty":
    case "notText":
    case "utf16WithoutBom":
    case "noLines":
      return m.fileProblems[error.kind];
    case "syntax":
      return m.fileProblems.syntax(error.line);
    case "missingColumns":
      return m.fileProblems.missingColumns(error.columns.join(", "));
    case "unknownColumn":
      return m.fileProblems.unknownColumn(error.column);
    case "duplicateColumn":
      return m.fileProblems.duplicateColumn(error.column);
    case "tooManyLines":
      return m.fileProblems.tooManyLines(maxLines);
  }
}

function rowErrorMessage(t: Messages, error: PaperCsvRowError): string {
  const m = t.review.paperImport;
  switch (error.problem) {
    case "wrongColumnCount":
      return m.rowError(error.line, undefined, m.rowProblems.wrongColumnCount(error.found, error.expected, m.separators[error.separator]));
    case "sameSheetLine":
      return m.rowError(error.line, undefined, m.rowProblems.sameSheetLine(error.firstLine));
    case "invalidOutcome":
      return m.rowError(error.line, error.column, m.rowProblems.invalidOutcome);
    default:
      return m.rowError(error.line, error.column, t.review.paper.problems[error.problem]);
  }
}

/** Count a file's problems by column, as "geburtsdatum: 20.000, zeile: 3", so a file with many shows where they are. */
function errorsPerColumn(t: Messages, errors: PaperCsvRowError[]): string {
  const counts = new Map<string, number>();
  for (const error of errors) {
    const column = "column" in error ? error.column : t.review.paperImport.wholeRow;
    counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  return [...counts].map(([column, count]) => `${column}: ${t.review.formatNumber(count)}`).join(", ");
}

function ImportOutcome({ t, outcome, maxLines }: { t: Messages; outcome: PaperImportOutcome; maxLines: number }) {
  const m = t.review.paperImport;
  switch (outcome.kind) {
    case "fileError":
      return (
        <div class="error-summary" role="alert" tabindex={-1} autofocus>
          <p>{fileErrorMessage(m, outcome.error, maxLines)}</p>
        </div>
      );
    case "rowErrors":
      return (
        <div class="error-summary" role="alert" aria-labelledby="paper-import-errors" tabindex={-1} autofocus>
          <h2 id="paper-import-errors">{m.errorsHeading(outcome.errors.length)}</h2>
          <ul>
            {outcome.errors.slice(0, MAX_LISTED_IMPORT_ITEMS).map((error) => (
              <li>{rowErrorMessage(t, error)}</li>
            ))}
            <MoreItems count={outcome.errors.length} text={m.moreErrors} />
          </ul>
          {outcome.errors.length > MAX_LISTED_IMPORT_ITEMS ? <p>{m.errorsPerColumn(errorsPerColumn(t, outcome.errors))}</p> : null}
        </div>
      );
    case "taken":
      return (
        <div class="error-summary" role="alert" aria-labelledby="paper-import-taken" tabindex={-1} autofocus>
          <h2 id="paper-import-taken">{m.takenHeading}</h2>
          <ul>
            {outcome.lines.slice(0, MAX_LISTED_IMPORT_ITEMS).map((line) => (
              <li>{t.review.sheetLine(line.sheet, line.line)}</li>
            ))}
            <MoreItems count={outcome.lines.length} text={m.moreTaken} />
          </ul>
          <p>{m.takenHelp}</p>
        </div>
      );
    case "withdrawn":
      return (
        <div class="error-summary" role="alert" aria-labelledby="paper-import-withdrawn" tabindex={-1} autofocus>
          <h2 id="paper-import-withdrawn">{m.withdrawnHeading}</h2>
          <ul>
            {outcome.lines.slice(0, MAX_LISTED_IMPORT_ITEMS).map((line) => (
              <li>{m.withdrawnLine(t.review.sheetLine(line.sheet, line.line), t.review.formatDate(line.withdrawnAt))}</li>
            ))}
            <MoreItems count={outcome.lines.length} text={m.moreWithdrawn} />
          </ul>
          <p>{m.withdrawnHelp}</p>
        </div>
      );
    case "stored":
      return <StoredSummary t={t} results={outcome.results} noSheetsIssued={outcome.noSheetsIssued} />;
  }
}

type StoredSummaryProps = { t: Messages; results: { csvLine: number; result: PaperLineResult }[]; noSheetsIssued: boolean };

function StoredSummary({ t, results, noSheetsIssued }: StoredSummaryProps) {
  const m = t.review.paperImport;
  const valid = results.filter(({ result }) => result.kind === "recorded" && result.outcome.status === "confirmed").length;
  const duplicates = results.filter(({ result }) => result.kind === "duplicate");
  return (
    <div class="notice" role="status" tabindex={-1} autofocus>
      <h2>{m.doneHeading(results.length)}</h2>
      <ul>
        <li>{m.doneValid(valid)}</li>
        <li>{m.doneInvalid(results.length - valid - duplicates.length)}</li>
        <li>{m.doneDuplicates(duplicates.length)}</li>
      </ul>
      {noSheetsIssued ? <p>{t.review.paper.noSheetsIssued}</p> : null}
      {duplicates.length === 0 ? null : (
        <ul>
          {duplicates.slice(0, MAX_LISTED_IMPORT_ITEMS).map(({ csvLine, result }) => {
            if (result.kind !== "duplicate") return null;
            const { channel, earlier } = describeExistingSignature(t.review, result.existing);
            const where = t.review.sheetLine(result.sheetLine.sheet, result.sheetLine.line);
            const reason = result.existing.status === "invalid" && result.existing.reason !== null ? labelOf(t.review.reasons, result.existing.reason) : undefined;
            return <li>{reason === undefined ? m.duplicateRow(csvLine, where, channel, earlier) : m.duplicateOfInvalidRow(csvLine, where, channel, earlier, reason)}</li>;
          })}
          <MoreItems count={duplicates.length} text={m.moreDuplicates} />
        </ul>
      )}
    </div>
  );
}

/** Name the items a list left out after MAX_LISTED_IMPORT_ITEMS, or nothing when it showed them all. */
function MoreItems({ count, text }: { count: number; text: (more: number) => string }) {
  return count > MAX_LISTED_IMPORT_ITEMS ? <li class="list-more">{text(count - MAX_LISTED_IMPORT_ITEMS)}</li> : null;
}
