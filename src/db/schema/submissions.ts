import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";
import { staffMembers } from "./staff";

/**
 * The submission (Einreichung) of a petition to the election office: the
 * content as canonical JSON with its SHA-256, and the signature log's length
 * and head hash at that moment. The primary key allows one per petition.
 */
export const petitionSubmissions = pgTable(
  "petition_submissions",
  {
    petitionId: uuid("petition_id")
      .primaryKey()
      .references(() => petitions.id, { onDelete: "cascade" }),
    /** Staff member who submitted; null once that account is gone from the database. */
    submittedBy: uuid("submitted_by").references(() => staffMembers.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    /** Every text field and rule of the petition as canonical JSON, the exact bytes that contentHash covers. */
    contentJson: text("content_json").notNull(),
    /** SHA-256 of contentJson (UTF-8). */
    contentHash: bytea("content_hash").notNull(),
    /** Number of sealed signature log entries at the submission. */
    logLength: bigint("log_length", { mode: "number" }).notNull(),
    /** Hash of the last of those entries, or the genesis hash when there is none. */
    logHeadHash: bytea("log_head_hash").notNull(),
  },
  (table) => [check("petition_submissions_log_length", sql`${table.logLength} >= 0`)],
);

/**
 * The number of residents entitled to sign at a reference date (Stichtag),
 * as the election office entered it, and the quorum derived from it. A new
 * entry replaces the old one until the admissibility decision.
 */
export const quorumBases = pgTable(
  "quorum_bases",
  {
    petitionId: uuid("petition_id")
      .primaryKey()
      .references(() => petitions.id, { onDelete: "cascade" }),
    eligibleResidents: integer("eligible_residents").notNull(),
    /** Reference date of the count, YYYY-MM-DD. */
    referenceDate: date("reference_date", { mode: "string" }).notNull(),
    /** Share of eligibleResidents the quorum is, in percent, when it was computed. */
    quorumPercent: integer("quorum_percent").notNull(),
    quorum: integer("quorum").notNull(),
    recordedBy: uuid("recorded_by").references(() => staffMembers.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    check("quorum_bases_eligible_residents_positive", sql`${table.eligibleResidents} > 0`),
    check("quorum_bases_quorum_positive", sql`${table.quorum} > 0`),
  ],
);

/**
 * The election office's admissibility decision (Zulässigkeitsentscheidung).
 * A correction replaces the row, and the audit log keeps the values it replaced.
 */
export const admissibilityDecisions = pgTable("admissibility_decisions", {
  petitionId: uuid("petition_id")
    .primaryKey()
    .references(() => petitions.id, { onDelete: "cascade" }),
  admissible: boolean("admissible").notNull(),
  /** Date of the decision, YYYY-MM-DD. */
  decidedOn: date("decided_on", { mode: "string" }).notNull(),
  /** File reference (Aktenzeichen). */
  reference: text("reference").notNull(),
  note: text("note").notNull().default(""),
  recordedBy: uuid("recorded_by").references(() => staffMembers.id, { onDelete: "set null" }),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  /** How many times the decision was corrected after it was first recorded. */
  corrections: integer("corrections").notNull().default(0),
});
