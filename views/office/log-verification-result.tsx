import type { Messages } from "../../src/i18n/messages";
import { describeProblem, failureVerdict, labelOf, logCountRows, problemPlace } from "../../src/signature-log/log-report";
import type { LogVerification } from "../../src/signature-log/verify-signature-log";

type LogVerificationResultProps = { t: Messages; verification: LogVerification; verifiedAt: Date };

/** Element id of the live region with a check's outcome. The check's htmx response replaces its content. */
export const LOG_VERIFICATION_ID = "log-verification";

/** Render the outcome of a log check: the verdict with the first bad sequence number, the counts and every problem reported. */
export function LogVerificationResult({ t, verification, verifiedAt }: LogVerificationResultProps) {
  const m = t.signatureLog;
  const first = verification.firstProblem;
  return (
    <div class={verification.ok ? "notice" : "notice notice-error"}>
      <p>
        <strong>{first === undefined ? m.report.ok : failureVerdict(first, m)}</strong>
      </p>
      <p>{m.page.verifiedAt(m.formatDateTime(verifiedAt))}</p>
      <p>{m.report.length(verification.length)}</p>
      <p class="log-hash">{m.report.headHash(verification.headHash)}</p>
      {verification.unsealed > 0 ? <p>{m.report.unsealed(verification.unsealed)}</p> : null}
      <p>{m.report.countsHeading}</p>
      <ul>
        {logCountRows(verification).map((row) => (
          <li>{m.report.countLine(labelOf(m.channels, row.channel), labelOf(m.statuses, row.status), row.fromLog, row.counter)}</li>
        ))}
      </ul>
      {first === undefined ? null : (
        <>
          <p>{m.report.problemsHeading(verification.problems.length, verification.problemCount)}</p>
          <ul>
            {verification.problems.map((problem) => (
              <li>
                {problemPlace(problem, m)}: {describeProblem(problem, m)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
