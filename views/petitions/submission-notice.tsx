import type { Messages } from "../../src/i18n/messages";
import type { SubmissionState } from "../../src/petitions/submission-state";

/** Render, on the public page, that the petition was submitted, the quorum's basis and the admissibility decision with its note. */
export function SubmissionNotice({ t, state }: { t: Messages; state: SubmissionState }) {
  const p = t.submission.public;
  const { submission, quorumBasis, decision } = state;
  if (submission === undefined) return null;
  return (
    <section class="submission-notice" aria-labelledby="submission-heading">
      <h2 id="submission-heading">{t.submission.record.heading}</h2>
      <p>{p.submitted(submission.submittedAt)}</p>
      {quorumBasis === undefined ? null : <p>{p.quorumBasis(quorumBasis.quorumPercent, quorumBasis.eligibleResidents, quorumBasis.referenceDate)}</p>}
      {decision === undefined ? (
        <p>{p.decisionPending}</p>
      ) : (
        <p class="admissibility-decision">
          <strong>{decision.admissible ? p.admissible(decision.decidedOn, decision.reference) : p.inadmissible(decision.decidedOn, decision.reference)}</strong>
        </p>
      )}
      {decision === undefined || decision.note === "" ? null : (
        <p>
          {t.submission.record.noteLabel}: {decision.note}
        </p>
      )}
    </section>
  );
}
