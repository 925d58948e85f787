import type { ReviewFilter } from "../review/review-list";

/** Value of the review list's "auswahl" query and form field for each filter. */
export const REVIEW_FILTER_VALUES: Record<ReviewFilter, string> = { open: "offen", possibleDuplicates: "doppelt", all: "alle" };

/** Read the list filter from the "auswahl" value; anything unknown or missing selects the provisional signatures. */
export function reviewFilterOf(value: string | undefined): ReviewFilter {
  const found = (Object.keys(REVIEW_FILTER_VALUES) as ReviewFilter[]).find((filter) => REVIEW_FILTER_VALUES[filter] === value);
  return found ?? "open";
}
