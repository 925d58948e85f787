import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { EligibilityFacts } from "../../activation/eligibility-facts";
import { bytea } from "./petitions";
import { staffMembers } from "./staff";

/** letter: from `npm run letters` and its upload file; in_person: printed at the citizens' office. */
export const activationCodeSource = pgEnum("activation_code_source", ["letter", "in_person"]);

/**
 * A one-time code that lets a resident bind a passkey to their eligibility.
 * The selector finds the row; the secret verifier is stored only hashed.
 * The row contains the resident key, the weak resident key and eligibility
 * facts, never a name or an address.
 */
export const activationCodes = pgTable(
  "activation_codes",
  {
    selector: text("selector").primaryKey(),
    /** SHA-256 of the verifier, base64url (hashActivationVerifier). */
    verifierHash: text("verifier_hash").notNull(),
    residentKey: bytea("resident_key").notNull(),
    /** HMAC of the server secret over the family name and birth date (weakResidentKey), or null for rows of upload files written without it. */
    weakResidentKey: bytea("weak_resident_key"),
    facts: jsonb("facts").$type<EligibilityFacts>().notNull(),
    source: activationCodeSource("source").notNull(),
    /** Last Europe/Berlin day on which the code is accepted. */
    expiresOn: date("expires_on", { mode: "string" }).notNull(),
    /** Wrong verifiers entered for this selector, for limiting guesses per code. */
    failedAttempts: integer("failed_attempts").notNull().default(0),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Staff member who uploaded or printed the code. */
    createdBy: uuid("created_by").references(() => staffMembers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("activation_codes_expires_on_idx").on(table.expiresOn),
    check("activation_codes_failed_attempts_not_negative", sql`${table.failedAttempts} >= 0`),
  ],
);

export type ActivationCode = typeof activationCodes.$inferSelect;
