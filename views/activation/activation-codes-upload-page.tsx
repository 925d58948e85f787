import type { UploadRowError } from "../../src/activation/activation-upload";
import type { ActivationCodeImport } from "../../src/activation/import-activation-codes";
import type { Messages } from "../../src/i18n/messages";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { describedByFor, FieldFrame } from "../components/field-frame";

export const UPLOAD_FILE_FIELD = "datei";

/** Result of the last upload: stored codes, and the lines skipped with their reasons. */
export type UploadOutcome = { imported: ActivationCodeImport; badRows: UploadRowError[] };

type UploadPageProps = {
  t: Messages;
  csrfToken: string | undefined;
  maxMegabytes: number;
  /** Reason the file as a whole was not accepted. */
  fileError?: string;
  outcome?: UploadOutcome;
};

/** Join line numbers for a message, listing at most 50 and saying how many more there are. */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 50).join(", ");
  return lines.length > 50 ? `${shown} … (+${lines.length - 50})` : shown;
}

/** Render the election office's page for uploading the activation code file that `npm run letters` wrote. */
export function ActivationCodesUploadPage({ t, csrfToken, maxMegabytes, fileError, outcome }: UploadPageProps) {
  const text = t.activation.upload;
  const fieldId = "upload-file";
  return (
    <section class="activation-upload">
      <ErrorSummary title={text.errorSummaryTitle} errors={fileError === undefined ? [] : [{ fieldId, message: fileError }]} />
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {outcome === undefined ? null : <UploadResult t={t} outcome={outcome} />}
      <form method="post" enctype="multipart/form-data" action="/verwaltung/aktivierungscodes">
        <CsrfField token={csrfToken} />
        <FieldFrame id={fieldId} label={text.fileLabel} hint={text.fileHint(maxMegabytes)} error={fileError} errorPrefix={text.errorPrefix}>
          <input
            id={fieldId}
            name={UPLOAD_FILE_FIELD}
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={describedByFor(fieldId, text.fileHint(maxMegabytes), fileError)}
            aria-invalid={fileError === undefined ? undefined : "true"}
          />
        </FieldFrame>
        <button type="submit" class="button">
          {text.submit}
        </button>
      </form>
    </section>
  );
}

function UploadResult({ t, outcome }: { t: Messages; outcome: UploadOutcome }) {
  const text = t.activation.upload;
  const { imported, badRows } = outcome;
  return (
    <div class="upload-result" role="status">
      <h2>{text.resultTitle}</h2>
      <p>{imported.stored > 0 ? text.stored(imported.stored) : text.nothingStored}</p>
      {imported.duplicateLines.length > 0 ? <p>{text.duplicateLines(lineList(imported.duplicateLines))}</p> : null}
      {imported.expiredLines.length > 0 ? <p>{text.expiredLines(lineList(imported.expiredLines))}</p> : null}
      {imported.overlongLines.length > 0 ? <p>{text.overlongLines(lineList(imported.overlongLines))}</p> : null}
      {badRows.length > 0 ? (
        <>
          <h3>{text.badRowsTitle}</h3>
          <ul>
            {badRows.slice(0, 100).map((row) => (
              <li>{text.badRow(row.line, row.column)}</li>
            ))}
          </ul>
          {badRows.length > 100 ? <p>{`… (+${badRows.length - 100})`}</p> : null}
          <p>{text.badRowHint}</p>
        </>
      ) : null}
    </div>
  );
}
