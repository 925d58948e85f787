import { asc, eq, ne } from "drizzle-orm";
import type { Database } from "../db/client";
import { admissibilityDecisions, petitions, petitionSubmissions, quorumBases } from "../db/schema";
import type { Petition } from "../petitions/queries";
import { type QuorumProgress, quorumProgress } from "../petitions/quorum-progress";
import { readSignatureCounts } from "../signing/signature-counts";

/** One petition in the election office's queue, with its count against the quorum. */
export type QueueEntry = {
  petition: Petition;
  submittedAt: Date | null;
  progress: QuorumProgress;
  /** Whether the office has set the quorum from the number of eligible residents. */
  quorumSet: boolean;
  admissible: boolean | null;
};

/** The office's queue: submitted petitions awaiting a decision, decided ones, and the other published petitions. */
export type OfficeQueue = { waiting: QueueEntry[]; decided: QueueEntry[]; other: QueueEntry[] };

/**
 * List every published petition for the election office. Submitted
 * petitions without a decision come first, the longest waiting at the top.
 * Decided ones follow, newest submission first. The rest are still
 * collecting or ended without submission, ending soonest first.
 */
export async function listOfficeQueue(database: Database): Promise<OfficeQueue> {
  const rows = await database.db
    .select({
      petition: petitions,
      submittedAt: petitionSubmissions.submittedAt,
      basisQuorum: quorumBases.quorum,
      admissible: admissibilityDecisions.admissible,
    })
    .from(petitions)
    .leftJoin(petitionSubmissions, eq(petitionSubmissions.petitionId, petitions.id))
    .leftJoin(quorumBases, eq(quorumBases.petitionId, petitions.id))
    .leftJoin(admissibilityDecisions, eq(admissibilityDecisions.petitionId, petitions.id))
    .where(ne(petitions.status, "draft"))
    .orderBy(asc(petitions.collectionEnd), asc(petitions.createdAt));

  const entries = await Promise.all(
    rows.map(async (row): Promise<QueueEntry> => {
      const counts = await readSignatureCounts(database, row.petition.id);
      return {
        petition: row.petition,
        submittedAt: row.submittedAt,
        progress: quorumProgress(row.petition, counts),
        quorumSet: row.basisQuorum !== null,
        admissible: row.admissible,
      };
    }),
  );

  const bySubmission = (a: QueueEntry, b: QueueEntry) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0);
  return {
    waiting: entries.filter((entry) => entry.petition.status === "submitted").sort(bySubmission),
    decided: entries.filter((entry) => entry.petition.status === "decided").sort((a, b) => bySubmission(b, a)),
    other: entries.filter((entry) => entry.petition.status === "collecting" || entry.petition.status === "closed"),
  };
}
