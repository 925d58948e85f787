import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid, bigserial } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";

export const signatureChannel = pgEnum("signature_channel", ["wallet", "passkey", "paper"]);

/** proven: every rule was proven by the credential; provisional: the election office must confirm some. */
export const signatureStatus = pgEnum("signature_status", ["proven", "provisional"]);

/** Outcome of each eligibility check, kept for the election office's review. */
export type EligibilityChecks = {
  municipality: "proven" | "unproven";
  age: "proven" | "unproven";
  nationality: "proven" | "unproven";
  residence: "proven" | "unproven";
  /** Whether the identity key could be matched across channels (place of birth known as a locality). */
  identity: "proven" | "unproven";
};

/**
 * One row per counted signature. No names, addresses or birth dates: the
 * nullifier is all that ties a row to a person, and only for this petition.
 */
export const signatures = pgTable(
  "signatures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    nullifier: bytea("nullifier").notNull(),
    channel: signatureChannel("channel").notNull(),
    status: signatureStatus("status").notNull(),
    credentialType: text("credential_type"),
    issuer: text("issuer"),
    checks: jsonb("checks").$type<EligibilityChecks>().notNull(),
    /** SHA-256 of the receipt code shown to the resident once. */
    receiptHash: bytea("receipt_hash").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("signatures_petition_nullifier_key").on(table.petitionId, table.nullifier),
    unique("signatures_receipt_hash_key").on(table.receiptHash),
    index("signatures_petition_signed_at_idx").on(table.petitionId, table.signedAt),
  ],
);

/** Number of counter shards per petition, channel and status. */
export const COUNT_SHARDS = 16;

/**
 * Signature counts, spread over COUNT_SHARDS rows so concurrent signings
 * rarely update the same row, and read by summing a fixed number of rows
 * instead of counting the signatures.
 */
export const signatureCounts = pgTable(
  "signature_counts",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    channel: signatureChannel("channel").notNull(),
    status: signatureStatus("status").notNull(),
    shard: smallint("shard").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.petitionId, table.channel, table.status, table.shard] }),
    check("signature_counts_shard_range", sql`${table.shard} >= 0 and ${table.shard} < ${sql.raw(String(COUNT_SHARDS))}`),
  ],
);
