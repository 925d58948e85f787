import { addDays } from "../petitions/collection-period";
import { type DeadlineFacts, submissionDeadline } from "../petitions/deadlines";

/** What decides when a petition's retention period starts. */
export type RetentionFacts = DeadlineFacts & {
  status: string;
  collectionEnd: string;
  /** Date of the admissibility decision, YYYY-MM-DD, once the election office recorded one. */
  decidedOn?: string | undefined;
};

/**
 * Return the first day of a petition's retention period, or undefined while
 * its procedure goes on. The period starts with the admissibility decision,
 * or, for a petition that was never submitted, after the last day on which
 * it could still have been: the later of the end of collection and the
 * submission deadline. A petition closed without submission starts with the
 * end of its collection.
 */
export function retentionStartsOn(petition: RetentionFacts): string | undefined {
  if (petition.decidedOn !== undefined) return petition.decidedOn;
  if (petition.status === "closed") return petition.collectionEnd;
  if (petition.status !== "collecting") return undefined;
  const deadline = submissionDeadline(petition).lastDay;
  return deadline > petition.collectionEnd ? deadline : petition.collectionEnd;
}

/** Check whether a petition's retention period of `retentionDays` days has ended on the Berlin date `today`. */
export function isRetentionOver(petition: RetentionFacts, retentionDays: number, today: string): boolean {
  const start = retentionStartsOn(petition);
  return start !== undefined && today > addDays(start, retentionDays);
}
