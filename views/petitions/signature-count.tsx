import type { Messages } from "../../src/i18n/messages";
import type { QuorumProgress } from "../../src/petitions/quorum-progress";

type SignatureCountProps = { t: Messages; progress: QuorumProgress };

/** Render the count against the quorum with a progress bar, which is also the htmx fragment the petition page polls. */
export function SignatureCount({ t, progress }: SignatureCountProps) {
  const c = t.petitions.count;
  return (
    <>
      <p id="signature-count-label" class="signature-count-total">
        {c.towardQuorum(progress.towardQuorum, progress.quorum)}
      </p>
      <progress
        class="quorum-progress"
        max={progress.quorum}
        value={Math.min(progress.towardQuorum, progress.quorum)}
        aria-labelledby="signature-count-label"
      >
        {c.progressLabel}
      </progress>
      {progress.reached ? <p class="quorum-reached">{c.quorumReached}</p> : null}
      {progress.onlineNotCounting > 0 ? (
        <p>{c.onlineNotCounting(progress.onlineNotCounting)}</p>
      ) : (
        <p class="signature-count-split">{c.split(progress.proven, progress.confirmed)}</p>
      )}
      {progress.provisionalTowardQuorum > 0 ? <p data-provisional-pending>{c.provisionalPending(progress.provisionalTowardQuorum)}</p> : null}
    </>
  );
}
