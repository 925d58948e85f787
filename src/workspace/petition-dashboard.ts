import type { Database } from "../db/client";
import { type PaperSheetTotals, readPaperSheetTotals } from "../paper-lists/handed-in-sheets";
import { berlinDate, type CollectionPhase, collectionPhase } from "../petitions/collection-period";
import { daysUntil, type SubmissionDeadline, submissionDeadline } from "../petitions/deadlines";
import { isSubmitted } from "../petitions/concluded";
import type { Petition } from "../petitions/queries";
import { type QuorumProgress, quorumProgress } from "../petitions/quorum-progress";
import { loadSubmissionState, type SubmissionState } from "../petitions/submission-state";
import { type DailyCount, readDailySignatureCounts } from "../signing/daily-signature-counts";
import { readSignatureCounts, type SignatureCounts } from "../signing/signature-counts";

/** Figures of a petition's collection for its team: counts only, never who signed. */
export type PetitionDashboard = {
  petition: Petition;
  counts: SignatureCounts;
  progress: QuorumProgress;
  phase: CollectionPhase;
  deadline: SubmissionDeadline;
  daysToDeadline: number;
  /** One entry per day of the period up to today (or its last day), oldest first. */
  days: DailyCount[];
  /** Submission, quorum basis and admissibility decision; all undefined before the submission. */
  submission: SubmissionState;
  /** Paper sheets handed in and their signatures, as the organisers recorded them. */
  paperTotals: PaperSheetTotals;
};

const NOT_SUBMITTED: SubmissionState = { submission: undefined, submitterName: null, quorumBasis: undefined, decision: undefined };

/**
 * Load a petition's dashboard from the sharded counters, so the cost does
 * not grow with the number of signatures: the totals from signature_counts,
 * the days from signature_daily_counts.
 */
export async function loadPetitionDashboard(database: Database, petition: Petition, now: Date): Promise<PetitionDashboard> {
  const today = berlinDate(now);
  const lastShownDay = today < petition.collectionEnd ? today : petition.collectionEnd;
  const [counts, days, submission, paperTotals] = await Promise.all([
    readSignatureCounts(database, petition.id),
    readDailySignatureCounts(database, petition.id, petition.collectionStart, lastShownDay),
    isSubmitted(petition) ? loadSubmissionState(database, petition.id) : NOT_SUBMITTED,
    readPaperSheetTotals(database, petition.id),
  ]);
  const deadline = submissionDeadline(petition);

  return {
    petition,
    counts,
    progress: quorumProgress(petition, counts),
    phase: collectionPhase(petition, now),
    deadline,
    daysToDeadline: daysUntil(today, deadline.lastDay),
    days,
    submission,
    paperTotals,
  };
}
