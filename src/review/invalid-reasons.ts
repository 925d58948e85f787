/**
 * Reasons for which the election office finds a signature invalid after
 * checking the population register. They are: no main residence in the
 * municipality, under the minimum age, neither a German nor another EU
 * citizen, main residence too short, an incomplete or illegible paper entry,
 * and signing more than once.
 */
export const INVALID_REASONS = [
  "no_main_residence",
  "under_age",
  "not_eu_citizen",
  "residence_too_short",
  "incomplete_or_illegible",
  "signed_more_than_once",
] as const;

export type InvalidReason = (typeof INVALID_REASONS)[number];

/** Reason code of a "confirmed" log entry: the office found the person eligible in the population register. */
export const CONFIRMED_REASON = "register_checked";

export function isInvalidReason(value: string): value is InvalidReason {
  return (INVALID_REASONS as readonly string[]).includes(value);
}
