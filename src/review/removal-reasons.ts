/**
 * Reason codes of a "removed" log entry, one for each way the election
 * office takes a signature row out without a withdrawal:
 * - paper_corrected: the office entered the paper line again, and the new entry replaces this one;
 * - paper_deleted: the office entered a line by mistake, because the sheet line is empty;
 * - superseded_by_paper: an online signature gave way to the same person's paper line, because only paper counts.
 */
export const REMOVAL_REASONS = ["paper_corrected", "paper_deleted", "superseded_by_paper"] as const;

export type RemovalReason = (typeof REMOVAL_REASONS)[number];
