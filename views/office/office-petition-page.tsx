import type { Messages } from "../../src/i18n/messages";
import type { DecisionField, DecisionFormValues } from "../../src/office/decision-form";
import type { FormProblem } from "../../src/office/office-forms";
import { OFFICE_PATH, officePaths } from "../../src/office/office-paths";
import { REVIEW_FILTER_VALUES } from "../../src/office/review-filter";
import type { QuorumBasisField, QuorumBasisFormValues } from "../../src/office/quorum-basis-form";
import type { PaperSheetTotals } from "../../src/paper-lists/handed-in-sheets";
import type { SubmissionState } from "../../src/petitions/submission-state";
import type { Petition } from "../../src/petitions/queries";
import type { LogHead } from "../../src/signature-log/read-log-head";
import type { LogVerification } from "../../src/signature-log/verify-signature-log";
import { type PetitionTally, TALLY_CHANNELS } from "../../src/review/petition-tally";
import { countTowardQuorum } from "../../src/petitions/quorum-progress";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { CsrfField } from "../components/csrf-field";
import type { TallySnapshot } from "../../src/tally/create-tally";
import { SubmissionRecord } from "../workspace/submission-record";
import { DecisionForm } from "./decision-form";
import { QuorumBasisForm } from "./quorum-basis-form";
import type { PetitionErasure } from "../../src/privacy/find-erasure";
import { ErasedLogSummary } from "./erased-log-summary";
import { LOG_VERIFICATION_ID, LogVerificationResult } from "./log-verification-result";
import { TallyList } from "./tally-list";
import { TallyTable } from "./tally-table";

/** The office's forms on the page, each with the values to show and the problems of a rejected submission. */
export type OfficeForms = {
  quorumBasis?: { values: QuorumBasisFormValues; problems: FormProblem<QuorumBasisField>[] };
  decision?: { values: DecisionFormValues; problems: FormProblem<DecisionField>[]; correction: boolean };
  /** Sentence that confirms what the office just saved. */
  saved?: string;
  /** Sentence that explains why a form is not offered, such as a missing quorum. */
  blocked?: string;
};

type OfficePetitionPageProps = {
  t: Messages;
  petition: Petition;
  tally: PetitionTally;
  /** Whether paper entry and decisions are possible now, which decides whether the review links are shown. */
  openForReview: boolean;
  head: LogHead;
  /** Record of the erasure once the retention period ended; the page then shows it in place of the log check. */
  erasure: PetitionErasure | undefined;
  csrfToken?: string | undefined;
  /** Outcome of the check the office just ran, shown when the page is the response to the form without htmx. */
  verification: LogVerification | undefined;
  verifiedAt: Date;
  tallies: TallySnapshot[];
  /** Reason the last tally generation failed, shown in the tally section. */
  tallyProblem: string | undefined;
  state: SubmissionState;
  forms: OfficeForms;
  paperTotals: PaperSheetTotals;
};

/**
 * Render the election office's page of one petition: status, submission,
 * quorum basis and admissibility forms, tally, review links, log head, the
 * button that checks the log, and the certified tallies.
 */
export function OfficePetitionPage({
  t,
  petition,
  tally,
  openForReview,
  head,
  erasure,
  csrfToken,
  verification,
  verifiedAt,
  tallies,
  tallyProblem,
  state,
  forms,
  paperTotals,
}: OfficePetitionPageProps) {
  const m = t.signatureLog;
  const paths = officePaths(petition.id);
  const towardQuorum = countTowardQuorum(petition.signatureKinds, tally.valid);
  // A channel does not count when one valid signature on it adds nothing toward the quorum.
  const notCounting = TALLY_CHANNELS.filter((channel) => countTowardQuorum(petition.signatureKinds, { wallet: 0, passkey: 0, paper: 0, [channel]: 1 }) === 0);
  return (
    <section class="office-petition">
      <p>{m.page.heading}</p>
      <h1>{petition.title}</h1>
      <dl>
        <dt>{m.page.statusLabel}</dt>
        <dd>{t.workspace.list.status[petition.status]}</dd>
        <dt>{m.page.collectionLabel}</dt>
        <dd>{t.workspace.list.period(petition.collectionStart, petition.collectionEnd)}</dd>
        {petition.signatureKinds.includes("paper") ? (
          <>
            <dt>{t.paperLists.page.officeTotalsLabel}</dt>
            <dd data-paper-totals>{t.paperLists.page.officeTotals(paperTotals.sheets, paperTotals.signatures)}</dd>
          </>
        ) : null}
      </dl>

      {forms.saved === undefined ? null : (
        <p class="notice-success" role="status">
          {forms.saved}
        </p>
      )}
      <SubmissionRecord t={t} state={state} quorum={petition.quorum} />
      {forms.quorumBasis === undefined ? null : (
        <QuorumBasisForm t={t} petitionId={petition.id} values={forms.quorumBasis.values} problems={forms.quorumBasis.problems} csrfToken={csrfToken} />
      )}
      {forms.blocked === undefined ? null : <p class="notice">{forms.blocked}</p>}
      {forms.decision === undefined ? null : (
        <DecisionForm
          t={t}
          petitionId={petition.id}
          values={forms.decision.values}
          problems={forms.decision.problems}
          correction={forms.decision.correction}
          csrfToken={csrfToken}
        />
      )}

      <h2>{t.review.tally.heading}</h2>
      <p data-toward-quorum={String(towardQuorum)}>{t.review.tally.towardQuorum(towardQuorum, petition.quorum)}</p>
      <TallyTable t={t} tally={tally} notCounting={notCounting} />
      {notCounting.length === 0 ? null : <p>{t.review.tally.notCountingNote}</p>}
      <p class={tally.openPossibleDuplicates > 0 ? "notice notice-error" : undefined} data-open-possible-duplicates={String(tally.openPossibleDuplicates)}>
        {t.tally.possibleDuplicates.office(tally.openPossibleDuplicates)}
        {tally.openPossibleDuplicates > 0 && openForReview ? (
          <>
            {" "}
            <a href={`${paths.review}?auswahl=${REVIEW_FILTER_VALUES.possibleDuplicates}`}>{t.tally.possibleDuplicates.officeLink}</a>
          </>
        ) : null}
      </p>

      <h2>{t.review.officeLinks.heading}</h2>
      {openForReview ? (
        <ul>
          <li>
            <a href={paths.review}>{t.review.officeLinks.review}</a>
          </li>
          {petition.signatureKinds.includes("paper") ? (
            <>
              <li>
                <a href={paths.paper}>{t.review.officeLinks.paper}</a>
              </li>
              <li>
                <a href={paths.paperImport}>{t.review.officeLinks.import}</a>
              </li>
            </>
          ) : null}
        </ul>
      ) : (
        <p>{t.common.errors.notOpenForReview.body}</p>
      )}

      <h2>{m.page.logHeading}</h2>
      <p>{m.page.logIntro}</p>
      <dl>
        <dt>{m.page.headLabel}</dt>
        <dd class="log-hash">{m.page.headValue(head.length, head.headHash)}</dd>
        <dt>{m.page.sealedAtLabel}</dt>
        <dd>{head.sealedAt === null ? m.page.neverSealed : m.formatDateTime(head.sealedAt)}</dd>
        <dt>{m.page.unsealedLabel}</dt>
        <dd>{m.formatNumber(head.unsealed)}</dd>
      </dl>
      {erasure === undefined ? (
        <>
          <form method="post" action={paths.verifyLog} hx-post={paths.verifyLog} hx-target={`#${LOG_VERIFICATION_ID}`} hx-swap="innerHTML">
            <CsrfField token={csrfToken} />
            <button type="submit">{m.page.verifyButton}</button>
          </form>
          <div id={LOG_VERIFICATION_ID} role="status" aria-live="polite">
            {verification === undefined ? null : <LogVerificationResult t={t} verification={verification} verifiedAt={verifiedAt} />}
          </div>
        </>
      ) : (
        <div id={LOG_VERIFICATION_ID}>
          <ErasedLogSummary t={t} erasure={erasure} />
        </div>
      )}

      <TallyList t={t} petitionId={petition.id} tallies={tallies} csrfToken={csrfToken} problem={tallyProblem} />

      <ul class="action-list">
        <li>
          <a href={workspacePaths(petition.id).overview}>{m.page.backToDashboard}</a>
        </li>
        <li>
          <a href={OFFICE_PATH}>{t.admissibility.queue.heading}</a>
        </li>
      </ul>
    </section>
  );
}
