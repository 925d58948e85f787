import { sql } from "drizzle-orm";
import { bigint, bigserial, check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";
import { signatureChannel, signatureStatus } from "./signatures";

/**
 * Kind of change to a signature. signed and paper_entry create a signature
 * row, and every other kind changes or deletes an existing one. removed is
 * the election office taking a row out that is not a withdrawal: a paper line
 * corrected or deleted, or an online signature that gives way to the paper
 * line of the same person where only paper counts. Its reason code names the case.
 */
export const signatureLogKind = pgEnum("signature_log_kind", ["signed", "paper_entry", "confirmed", "invalidated", "withdrawn", "erased", "removed"]);

/**
 * Per-petition log of every change to the set of signatures, appended in the
 * same statement or transaction as the change. An entry stays unsealed (seq
 * and entry_hash null) until the sealer gives it the next sequence number of
 * its petition and chains it by hash. Appending therefore touches no row that
 * concurrent signings share.
 */
export const signatureLogEntries = pgTable(
  "signature_log_entries",
  {
    /** Append order; the sealer numbers unsealed entries in this order. */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    /** Position in the petition's chain counted from 1, or null until sealed. */
    seq: bigint("seq", { mode: "number" }),
    kind: signatureLogKind("kind").notNull(),
    nullifier: bytea("nullifier").notNull(),
    /** Channel of the signature the entry is about, not of the request that changed it. */
    channel: signatureChannel("channel").notNull(),
    /** Status of the signature row after the change, or null when the change deleted the row. */
    status: signatureStatus("status"),
    /** Reason code of an invalidation or other decision, such as "under_age". */
    reason: text("reason"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    /** SHA-256 over the entry and the previous entry's hash, set by the sealer. */
    entryHash: bytea("entry_hash"),
  },
  (table) => [
    // Partial, so appending an unsealed entry adds nothing to it; only the sealer's update does.
    uniqueIndex("signature_log_entries_petition_seq_key").on(table.petitionId, table.seq).where(sql`${table.seq} is not null`),
    index("signature_log_entries_unsealed_idx").on(table.petitionId, table.id).where(sql`${table.seq} is null`),
    check("signature_log_entries_sealed_together", sql`(${table.seq} is null) = (${table.entryHash} is null)`),
  ],
);

/**
 * Summary of a petition's sealed log: its length and the hash of entry
 * number `length` (32 zero bytes while the log is empty). Only the sealer
 * updates it, under a row lock, so the chain cannot fork.
 */
export const signatureLogHeads = pgTable("signature_log_heads", {
  petitionId: uuid("petition_id")
    .primaryKey()
    .references(() => petitions.id, { onDelete: "cascade" }),
  length: bigint("length", { mode: "number" }).notNull().default(0),
  headHash: bytea("head_hash").notNull(),
  sealedAt: timestamp("sealed_at", { withTimezone: true }),
});
