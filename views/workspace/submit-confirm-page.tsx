import type { Messages } from "../../src/i18n/messages";
import type { PetitionDashboard } from "../../src/workspace/petition-dashboard";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { CsrfField } from "../components/csrf-field";

type SubmitConfirmPageProps = { t: Messages; dashboard: PetitionDashboard; csrfToken: string | undefined };

/** Render the last step before submitting: what the submission does, the count so far, and the form that submits. */
export function SubmitConfirmPage({ t, dashboard, csrfToken }: SubmitConfirmPageProps) {
  const s = t.submission.confirm;
  const { petition, progress, phase } = dashboard;
  const paths = workspacePaths(petition.id);
  return (
    <section class="submit-confirm">
      <h1>{s.heading}</h1>
      <p>{petition.title}</p>
      <p>{s.intro}</p>
      <section class="panel" aria-labelledby="submit-consequences-heading">
        <h2 id="submit-consequences-heading">{s.consequencesHeading}</h2>
        <ul>
          <li>
            <strong>{s.stopsCollecting}</strong>
          </li>
          <li>{s.sealed}</li>
          <li>{s.once}</li>
          <li>{s.office}</li>
          {petition.signatureKinds.includes("paper") ? <li>{s.paper}</li> : null}
        </ul>
        <p>{s.countNow(progress.towardQuorum, progress.quorum)}</p>
        {phase.phase === "open" ? <p>{s.periodRunning(phase.endsOn)}</p> : null}
        <form method="post" action={paths.submit}>
          <CsrfField token={csrfToken} />
          <div class="form-actions">
            <button type="submit" class="button">
              {s.confirm}
            </button>
            <a href={paths.overview}>{s.back}</a>
          </div>
        </form>
      </section>
    </section>
  );
}
