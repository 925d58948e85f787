import type { Messages } from "../../src/i18n/messages";
import type { SubmissionDeadline } from "../../src/petitions/deadlines";
import type { Petition } from "../../src/petitions/queries";
import { DeadlineList } from "./deadline-list";
import { workspacePaths } from "../../src/workspace/workspace-paths";

type DraftPageProps = {
  t: Messages;
  petition: Petition;
  deadline: SubmissionDeadline;
  daysToDeadline: number;
  /** Set right after a save, to confirm it. */
  saved: boolean;
};

/** Render a draft's overview for its team: status, quorum, deadlines, and the ways on: edit, preview, PDF, publish. */
export function DraftPage({ t, petition, deadline, daysToDeadline, saved }: DraftPageProps) {
  const d = t.workspace.draft;
  const paths = workspacePaths(petition.id);
  return (
    <section class="draft-overview">
      {saved ? (
        <p class="notice-success" role="status">
          {d.saved}
        </p>
      ) : null}
      <h1>{d.title(petition.title)}</h1>
      <p>{d.status}</p>
      <p>
        {petition.eligibleResidents === null ? d.quorum(petition.quorum) : d.quorumFromResidents(petition.quorum, petition.eligibleResidents)}
      </p>
      <DeadlineList t={t} petition={petition} deadline={deadline} daysToDeadline={daysToDeadline} />

      <ul class="action-list">
        <li>
          <a href={paths.edit}>{d.edit}</a>
        </li>
        <li>
          <a href={paths.preview}>{d.preview}</a>
        </li>
        <li>
          <a href={paths.notificationPdf}>{d.notificationPdf}</a>
        </li>
      </ul>

      <section class="panel" aria-labelledby="publish-heading">
        <h2 id="publish-heading">{d.publishHeading}</h2>
        <p>{d.publishHint(petition.collectionStart)}</p>
        <p>
          <a class="button" href={paths.publish}>
            {d.publish}
          </a>
        </p>
      </section>

      <p>
        <a href={paths.list}>{d.backToList}</a>
      </p>
    </section>
  );
}
