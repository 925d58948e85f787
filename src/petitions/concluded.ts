import { berlinDate } from "./collection-period";

type LifecycleFacts = { status: string; collectionEnd: string };

/** Why a petition's procedure is over: the admissibility decision, a closed petition, or a period that ended without submission. */
export type ConclusionReason = "decided" | "closed" | "endedWithoutSubmission";

/**
 * Tell why a petition's procedure is over at an instant, or undefined while
 * it goes on (draft, collecting within or before its period, submitted and
 * awaiting the decision).
 * NOTE: organisers can still submit a petition after its period ended, which
 * ends "endedWithoutSubmission". Jobs that delete data should wait for the
 * submission deadline (submissionDeadline in deadlines.ts) as well.
 */
export function conclusionReason(petition: LifecycleFacts, now: Date): ConclusionReason | undefined {
  if (petition.status === "decided") return "decided";
  if (petition.status === "closed") return "closed";
  if (petition.status === "collecting" && berlinDate(now) > petition.collectionEnd) return "endedWithoutSubmission";
  return undefined;
}

/** Check whether a petition's procedure is over: admissibility decided, closed, or collection ended without submission. */
export function isConcluded(petition: LifecycleFacts, now: Date): boolean {
  return conclusionReason(petition, now) !== undefined;
}

/** Check whether a petition has been submitted to the election office, decided or not. */
export function isSubmitted(petition: { status: string }): boolean {
  return petition.status === "submitted" || petition.status === "decided";
}
