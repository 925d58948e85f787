import type { Messages } from "../../src/i18n/messages";
import type { SubmissionState } from "../../src/petitions/submission-state";

/** Name the decision's state for tests and styles: pending, admissible or inadmissible. */
function decisionState(decision: SubmissionState["decision"]): string {
  if (decision === undefined) return "pending";
  return decision.admissible ? "admissible" : "inadmissible";
}

type SubmissionRecordProps = { t: Messages; state: SubmissionState; quorum: number };

/**
 * Render, for organisers and the election office, the record of a
 * petition's submission: its time and submitter, the content checksum, the log
 * head at that moment, the quorum and the admissibility decision.
 */
export function SubmissionRecord({ t, state, quorum }: SubmissionRecordProps) {
  const r = t.submission.record;
  const { submission, quorumBasis, decision } = state;
  return (
    <section class="panel submission-record" aria-labelledby="submission-record-heading">
      <h2 id="submission-record-heading">{r.heading}</h2>
      <dl>
        <dt>{r.submittedLabel}</dt>
        <dd>{submission === undefined ? r.notSubmitted : r.submittedValue(submission.submittedAt, state.submitterName)}</dd>
        {submission === undefined ? null : (
          <>
            <dt>{r.contentHashLabel}</dt>
            <dd class="log-hash">{submission.contentHash.toString("hex")}</dd>
            <dt>{r.logLabel}</dt>
            <dd class="log-hash">{r.logValue(submission.logLength, submission.logHeadHash.toString("hex"))}</dd>
          </>
        )}
        <dt>{r.quorumLabel}</dt>
        <dd>
          {quorumBasis === undefined
            ? r.quorumPending(quorum)
            : r.quorumFromBasis(quorumBasis.quorum, quorumBasis.quorumPercent, quorumBasis.eligibleResidents, quorumBasis.referenceDate)}
        </dd>
        {submission === undefined ? null : (
          <>
            <dt>{r.decisionLabel}</dt>
            <dd data-decision={decisionState(decision)}>
              {decision === undefined ? r.decisionPending : r.decisionValue(decision.admissible, decision.decidedOn, decision.reference)}
              {decision !== undefined && decision.corrections > 0 ? <p>{r.corrected(decision.corrections)}</p> : null}
            </dd>
          </>
        )}
        {decision === undefined || decision.note === "" ? null : (
          <>
            <dt>{r.noteLabel}</dt>
            <dd>{decision.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
