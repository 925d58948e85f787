import type { Petition } from "../petitions/queries";

/**
 * Whether the election office may enter paper lines for a petition and
 * decide its signatures. Collecting petitions are open so paper sheets
 * handed in early can be entered, submitted ones because the review happens
 * after the submission, and closed ones so the count can be finished. The
 * admissibility decision (status decided) ends the review.
 * Every review operation calls this one function, under a lock on the
 * petition row, so a status change cannot slip in between.
 */
export function isOpenForReview(status: Petition["status"]): boolean {
  return status === "collecting" || status === "submitted" || status === "closed";
}
