import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { EligibilityFacts } from "../../activation/eligibility-facts";
import { bytea } from "./petitions";

/** How a resident last proved their eligibility facts. */
export const residentProof = pgEnum("resident_proof", ["letter", "in_person", "wallet"]);
export type ResidentProof = (typeof residentProof.enumValues)[number];

/**
 * A resident who bound passkeys to their eligibility. The row contains the
 * resident key, the weak resident key and the facts the petitions' rules ask
 * about, never a name, an address or a birth date. Deleting the row erases all of it; signatures
 * keep only their nullifiers and stay counted.
 */
export const residentAccounts = pgTable("resident_accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** HMAC of the server secret over the identity key: the same person has the same key on every channel. */
  residentKey: bytea("resident_key").notNull().unique(),
  /**
   * HMAC of the server secret over the family name and birth date (weakResidentKey), for the
   * weak identity key of passkey signatures. Null for an account activated before it was
   * stored, or only with codes from upload files that lack it.
   */
  weakResidentKey: bytea("weak_resident_key"),
  facts: jsonb("facts").$type<EligibilityFacts>().notNull(),
  /** When the facts were last proven; they must be proven again after RESIDENT_FACTS_VALID_DAYS. */
  factsProvenAt: timestamp("facts_proven_at", { withTimezone: true }).notNull(),
  provenBy: residentProof("proven_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A WebAuthn credential of a resident; an account has one or more. */
export const residentPasskeys = pgTable(
  "resident_passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    residentAccountId: uuid("resident_account_id")
      .notNull()
      .references(() => residentAccounts.id, { onDelete: "cascade" }),
    /** Credential ID in base64url, as the authenticator returned it. */
    credentialId: text("credential_id").notNull().unique(),
    /** COSE-encoded public key. */
    publicKey: bytea("public_key").notNull(),
    /** Signature counter (unsigned 32 bits) from the last accepted assertion; 0 for authenticators that keep none. */
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    /** Transports the browser reported, passed back as hints. */
    transports: jsonb("transports").$type<string[]>().notNull().default([]),
    /** Name the resident gave the passkey, such as "Smartphone". */
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (table) => [
    index("resident_passkeys_account_idx").on(table.residentAccountId),
    check("resident_passkeys_counter_not_negative", sql`${table.counter} >= 0`),
  ],
);

/**
 * A browser signed in to a resident's area. Kept apart from staff sessions,
 * so a resident session can never carry a staff role. Only the SHA-256 of the
 * cookie token is stored.
 */
export const residentSessions = pgTable(
  "resident_sessions",
  {
    tokenHash: bytea("token_hash").primaryKey(),
    residentAccountId: uuid("resident_account_id")
      .notNull()
      .references(() => residentAccounts.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    /** Absolute end of the session; the idle timeout may end it earlier. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("resident_sessions_account_idx").on(table.residentAccountId), index("resident_sessions_expires_idx").on(table.expiresAt)],
);
