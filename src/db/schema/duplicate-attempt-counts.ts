import { date, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { petitions } from "./petitions";
import { signatureChannel } from "./signatures";

/**
 * Online signings refused because the person had signed already, per Berlin
 * calendar day and channel of the attempt. An aggregate only: no nullifier
 * and no time finer than the day, so it links to no person. It has one row
 * per day and channel without shards, on the estimate that repeats are far
 * fewer than signings; many repeats at once would wait on that row.
 */
export const duplicateAttemptCounts = pgTable(
  "duplicate_attempt_counts",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    channel: signatureChannel("channel").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.petitionId, table.day, table.channel] })],
);
