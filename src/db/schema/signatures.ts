import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid, bigserial } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";
import { staffMembers } from "./staff";

export const signatureChannel = pgEnum("signature_channel", ["wallet", "passkey", "paper"]);

/**
 * proven: every rule was proven by the credential; provisional: the election
 * office must confirm some; confirmed: the election office found the person
 * eligible in the population register (every valid paper line, and
 * provisional signatures after review); invalid: the election office found
 * the signature invalid, for the reason in signatures.reason.
 */
export const signatureStatus = pgEnum("signature_status", ["proven", "provisional", "confirmed", "invalid"]);

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
    /** SHA-256 of the receipt code shown to the resident once; null for paper lines, which get no receipt. */
    receiptHash: bytea("receipt_hash"),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Invalidity reason code (see INVALID_REASONS), set exactly when the status is invalid. */
    reason: text("reason"),
    /** Sheet and line of a paper signature as the election office entered it; null for online signatures. */
    sheet: integer("sheet"),
    line: integer("line"),
    /**
     * Weak identity key (family name and birth date only, see weakIdentityKey):
     * equal values on two signatures mark a possible duplicate for the
     * election office. Null for incomplete paper lines and passkey signatures.
     */
    weakIdentityKey: bytea("weak_identity_key"),
  },
  (table) => [
    unique("signatures_petition_nullifier_key").on(table.petitionId, table.nullifier),
    unique("signatures_receipt_hash_key").on(table.receiptHash),
    unique("signatures_petition_sheet_line_key").on(table.petitionId, table.sheet, table.line),
    index("signatures_petition_signed_at_idx").on(table.petitionId, table.signedAt),
    index("signatures_petition_status_idx").on(table.petitionId, table.status),
    index("signatures_petition_weak_identity_key_idx").on(table.petitionId, table.weakIdentityKey),
    check("signatures_reason_when_invalid", sql`(${table.status} = 'invalid') = (${table.reason} is not null)`),
    check("signatures_sheet_with_line", sql`(${table.sheet} is null) = (${table.line} is null)`),
  ],
);

/**
 * Paper lines whose person had signed already, on any channel, when the
 * election office entered them. They add no signature. Each row keeps the
 * line's own check result and its person's nullifier, which is the
 * nullifier of the signature it repeats. When the office deletes or
 * corrects that signature and the person has no other, the earliest of the
 * person's duplicate lines takes its place (see promoteDuplicateLine).
 */
export const paperDuplicateLines = pgTable(
  "paper_duplicate_lines",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    sheet: integer("sheet").notNull(),
    line: integer("line").notNull(),
    /** Channel of the signature the person had already given. */
    existingChannel: signatureChannel("existing_channel").notNull(),
    /** Nullifier of the line's person for this petition, equal to that of the signature the line repeats. */
    nullifier: bytea("nullifier").notNull(),
    /** The office's check result for this line, which it gets if it ever counts: confirmed or invalid. */
    status: signatureStatus("status").notNull(),
    /** Invalidity reason code, set exactly when the status is invalid. */
    reason: text("reason"),
    /** Weak identity key of the line, as on signatures; null for an incomplete line. */
    weakIdentityKey: bytea("weak_identity_key"),
    /** Date written on the line, if any; it dates the signature should the line count. */
    signedOn: date("signed_on", { mode: "string" }),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    unique("paper_duplicate_lines_petition_sheet_line_key").on(table.petitionId, table.sheet, table.line),
    index("paper_duplicate_lines_petition_nullifier_idx").on(table.petitionId, table.nullifier),
    check("paper_duplicate_lines_reason_when_invalid", sql`(${table.status} = 'invalid') = (${table.reason} is not null)`),
  ],
);

/**
 * Sheet lines whose signature, or duplicate line, the person withdrew. A
 * withdrawn sheet line is not entered again: a new signature of the person
 * goes on a new line. No nullifier is kept, so the row cannot be linked to a person.
 */
export const paperWithdrawnLines = pgTable(
  "paper_withdrawn_lines",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    sheet: integer("sheet").notNull(),
    line: integer("line").notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.petitionId, table.sheet, table.line] })],
);

/**
 * Two signatures with the same weak identity key that the election office
 * found to be different people, so they are no longer a possible duplicate.
 * The lower signature id comes first. Withdrawing or erasing either
 * signature deletes the row.
 */
export const distinctPersonPairs = pgTable(
  "distinct_person_pairs",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    firstSignatureId: bigint("first_signature_id", { mode: "number" })
      .notNull()
      .references(() => signatures.id, { onDelete: "cascade" }),
    secondSignatureId: bigint("second_signature_id", { mode: "number" })
      .notNull()
      .references(() => signatures.id, { onDelete: "cascade" }),
    decidedBy: uuid("decided_by").references(() => staffMembers.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.firstSignatureId, table.secondSignatureId] }),
    index("distinct_person_pairs_petition_idx").on(table.petitionId),
    index("distinct_person_pairs_second_idx").on(table.secondSignatureId),
    check("distinct_person_pairs_order", sql`${table.firstSignatureId} < ${table.secondSignatureId}`),
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

/**
 * Receipt hashes of online signatures that gave way to the same person's
 * paper line where only paper counts. The row outlives the removed
 * signature, so the receipt check can say the paper signature replaced it.
 * The nullifier lets that check see whether the paper line still exists,
 * and like every nullifier it goes when the petition is erased.
 */
export const supersededReceipts = pgTable(
  "superseded_receipts",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    /** SHA-256 of the removed signature's receipt code, as in signatures.receipt_hash. */
    receiptHash: bytea("receipt_hash").notNull(),
    /** Nullifier of the person whose paper line replaced the online signature, as in signatures.nullifier. */
    nullifier: bytea("nullifier").notNull(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.petitionId, table.receiptHash] })],
);
