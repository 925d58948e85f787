/**
 * Tables from which erasePetition deletes every row of the petition, in
 * this order, by their petition_id column. A table added with a petition_id
 * column belongs either here or in KEPT_TABLES, and a test fails until it
 * is in one of them. petition_keys comes last: once its row is gone,
 * nothing left can be linked to a person or decrypted.
 */
export const ERASED_TABLES = [
  "signature_evidence",
  "distinct_person_pairs",
  "signatures",
  "paper_duplicate_lines",
  "superseded_receipts",
  "paper_withdrawn_lines",
  "signature_log_entries",
  "wallet_transactions",
  "petition_keys",
] as const;

export type ErasedTable = (typeof ERASED_TABLES)[number];

/** Tables with a petition_id column whose rows of an erased petition stay, each with the reason it contains nothing about a resident. */
export const KEPT_TABLES: Record<string, string> = {
  petition_erasures: "the record of the erasure: final counts, log length and head hash",
  signature_counts: "counts per channel, status and shard",
  signature_daily_counts: "counts per day, channel and status",
  duplicate_attempt_counts: "counts of refused repeat signings per day and channel",
  signature_log_heads: "the log's length and head hash, which a certified tally names",
  petition_team_members: "organisers of the petition, who are staff",
  staff_invitations: "invitations of staff",
  audit_log: "staff actions, whose details never name a resident",
  tally_snapshots: "certified tallies: counts, log length and head hash, and the staff member who generated them",
  petition_submissions: "the submission: content hash, log length and head hash, and the organiser who submitted",
  quorum_bases: "the number of eligible residents at the reference date that the election office entered",
  admissibility_decisions: "the election office's decision, reference and note",
  paper_sheet_issues: "ranges of paper list sheets that organisers downloaded",
  paper_sheets: "paper sheets handed in, with the number of signatures on each",
};
