import { date, integer, pgTable, primaryKey, smallint, uuid } from "drizzle-orm/pg-core";
import { petitions } from "./petitions";
import { signatureChannel, signatureStatus } from "./signatures";

/**
 * Signatures per Berlin calendar day, for the organisers' dashboard. The
 * signing statement increments the row of the same shard it increments in
 * signature_counts, so this table adds no lock contention of its own. A
 * dashboard reads at most days × channels × statuses × shards rows instead
 * of counting signatures.
 */
export const signatureDailyCounts = pgTable(
  "signature_daily_counts",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    /** Calendar day in Europe/Berlin on which the signatures were recorded. */
    day: date("day", { mode: "string" }).notNull(),
    channel: signatureChannel("channel").notNull(),
    status: signatureStatus("status").notNull(),
    shard: smallint("shard").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.petitionId, table.day, table.channel, table.status, table.shard] })],
);
