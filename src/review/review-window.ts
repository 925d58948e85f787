import type { Petition } from "../petitions/queries";

/**
 * Whether the election office may enter paper lines for a petition and
 * decide its signatures. Collecting petitions are open so paper sheets
 * handed in early can be entered; closed ones so the count can be finished.
 * Every review operation calls this one function, under a lock on the
 * petition row, so a status change cannot slip in between.
 */
export function isOpenForReview(status: Petition["status"]): boolean {
  return status === "collecting" || status === "closed";
}
