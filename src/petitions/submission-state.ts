import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { staffMembers } from "../db/schema";
import { type AdmissibilityDecision, findAdmissibilityDecision } from "./admissibility-decision";
import { findQuorumBasis, type QuorumBasis } from "./quorum-basis";
import { findSubmission, type Submission } from "./submissions";

/** A petition's records after collecting: its submission, the quorum basis and the admissibility decision, each undefined until recorded. */
export type SubmissionState = {
  submission: Submission | undefined;
  /** Display name of the staff member who submitted, for staff pages; null when unknown. */
  submitterName: string | null;
  quorumBasis: QuorumBasis | undefined;
  decision: AdmissibilityDecision | undefined;
};

/** Load a petition's submission, quorum basis and admissibility decision. */
export async function loadSubmissionState(database: Database, petitionId: string): Promise<SubmissionState> {
  const [submission, quorumBasis, decision] = await Promise.all([
    findSubmission(database, petitionId),
    findQuorumBasis(database, petitionId),
    findAdmissibilityDecision(database, petitionId),
  ]);
  let submitterName: string | null = null;
  if (submission?.submittedBy != null) {
    const [member] = await database.db.select({ name: staffMembers.displayName }).from(staffMembers).where(eq(staffMembers.id, submission.submittedBy));
    submitterName = member?.name ?? null;
  }
  return { submission, submitterName, quorumBasis, decision };
}
