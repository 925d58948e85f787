import type { Messages } from "../../src/i18n/messages";
import type { QuorumProgress } from "../../src/petitions/quorum-progress";

type SignatureCountProps = { t: Messages; progress: QuorumProgress };

/** The count against the quorum with a progress bar; also the htmx fragment polled by the petition page. */
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
        <p class="signature-count-split">{c.split(progress.proven, progress.provisional)}</p>
      )}
    </>
  );
}
