import { BACKGROUND_REFRESH_HEADER } from "../../src/http/staff-session";
import type { Messages } from "../../src/i18n/messages";
import type { PetitionTally } from "../../src/review/petition-tally";
import type { PetitionDashboard } from "../../src/workspace/petition-dashboard";
import { officePaths } from "../../src/office/office-paths";
import { paperListPaths } from "../../src/paper-lists/paper-list-paths";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { DeadlineList } from "./deadline-list";
import { TallyTable } from "../office/tally-table";
import { DashboardFigures } from "./dashboard-figures";
import { SubmissionRecord } from "./submission-record";

type DashboardPageProps = {
  t: Messages;
  dashboard: PetitionDashboard;
  tally: PetitionTally;
  published: boolean;
  /** Show that the petition was just submitted, after the redirect from the submission. */
  submitted?: boolean;
  /** Offer the link to the submission, for the team and administrators while the petition can be submitted. */
  canSubmit?: boolean;
  /** Offer the link to the paper signature lists, for the team and administrators of a petition that takes paper signatures. */
  canManagePaperLists?: boolean;
  /** Offer the link to the petition's page in the election office's area, for the office and administrators. */
  canOpenOfficePage?: boolean;
};

/**
 * Render a published petition's dashboard: figures that refresh every 10
 * seconds, the submission and decision once recorded, the election office's
 * review counts as of loading the page, deadlines and the CSV download.
 */
export function DashboardPage({ t, dashboard, tally, published, submitted = false, canSubmit = false, canManagePaperLists = false, canOpenOfficePage = false }: DashboardPageProps) {
  const d = t.workspace.dashboard;
  const { petition } = dashboard;
  const paths = workspacePaths(petition.id);
  return (
    <section class="dashboard">
      {published ? (
        <p class="notice-success" role="status">
          {t.workspace.publish.published}
        </p>
      ) : null}
      {submitted ? (
        <p class="notice-success" role="status">
          {t.submission.submitted}
        </p>
      ) : null}
      <h1>{d.title(petition.title)}</h1>
      {dashboard.submission.submission === undefined ? null : <SubmissionRecord t={t} state={dashboard.submission} quorum={petition.quorum} />}
      <p class="dashboard-privacy">{d.privacy}</p>
      <p class="dashboard-live">{d.live}</p>
      <div
        id="dashboard-figures"
        hx-get={paths.figures}
        hx-trigger="every 10s"
        hx-swap="innerHTML"
        hx-headers={JSON.stringify({ [BACKGROUND_REFRESH_HEADER]: "1" })}
      >
        <DashboardFigures t={t} dashboard={dashboard} />
      </div>
      <h2>{t.review.dashboard.heading}</h2>
      <TallyTable t={t} tally={tally} caption={t.review.dashboard.caption} />
      <p>
        <a href={paths.dailyCsv} download>
          {d.csv}
        </a>
      </p>
      {petition.signatureKinds.includes("paper") ? <p data-paper-totals>{t.paperLists.page.dashboardTotals(dashboard.paperTotals.sheets, dashboard.paperTotals.signatures)}</p> : null}
      <DeadlineList t={t} petition={petition} deadline={dashboard.deadline} daysToDeadline={dashboard.daysToDeadline} />
      <ul class="action-list">
        {canOpenOfficePage ? (
          <li>
            <a href={officePaths(petition.id).petition} data-office-page-link>
              {d.officePage}
            </a>
          </li>
        ) : null}
        {canManagePaperLists ? (
          <li>
            <a href={paperListPaths(petition.id).page}>{t.paperLists.page.link}</a>
          </li>
        ) : null}
        {canSubmit ? (
          <li>
            <a href={paths.submit}>{t.submission.submitLink}</a>
          </li>
        ) : null}
        <li>
          <a href={`/petitionen/${petition.id}`}>{d.publicPage}</a>
        </li>
        <li>
          <a href={paths.notificationPdf}>{t.workspace.draft.notificationPdf}</a>
        </li>
        <li>
          <a href={paths.list}>{t.workspace.draft.backToList}</a>
        </li>
      </ul>
    </section>
  );
}
