import { bigint, date, integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";

/** Final signature counts of an erased petition, by channel and then by status. */
export type FinalCounts = Record<string, Record<string, number>>;

/**
 * Record kept of a petition's signatures after its retention period ended:
 * the final counts and the signature log's length and head hash, which a
 * certified tally may name. The signatures, their evidence, the log entries
 * and the petition key are gone, and `deleted` counts the rows per table.
 */
export const petitionErasures = pgTable("petition_erasures", {
  petitionId: uuid("petition_id")
    .primaryKey()
    .references(() => petitions.id, { onDelete: "cascade" }),
  erasedAt: timestamp("erased_at", { withTimezone: true }).notNull(),
  /** First day of the retention period: the day of the admissibility decision, or the last day on which the petition could have been submitted. */
  retentionStartedOn: date("retention_started_on", { mode: "string" }).notNull(),
  retentionDays: integer("retention_days").notNull(),
  finalCounts: jsonb("final_counts").$type<FinalCounts>().notNull(),
  logLength: bigint("log_length", { mode: "number" }).notNull(),
  logHeadHash: bytea("log_head_hash").notNull(),
  /** Rows deleted per table. */
  deleted: jsonb("deleted").$type<Record<string, number>>().notNull(),
});
