import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { bytea } from "./petitions";

/**
 * An open WebAuthn ceremony. The key is the SHA-256 of a random token kept
 * in a cookie of the browser that asked for the options, so only that
 * browser can complete the ceremony, and the row is deleted when it is used.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    browserTokenHash: bytea("browser_token_hash").primaryKey(),
    /** Which ceremony the challenge belongs to, such as "staff_registration" or "staff_authentication". */
    purpose: text("purpose").notNull(),
    /** The challenge sent to the browser, base64url. */
    challenge: text("challenge").notNull(),
    /** Ids the ceremony is bound to, such as the invitation or the staff member adding a passkey. */
    context: jsonb("context").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("webauthn_challenges_expires_idx").on(table.expiresAt)],
);
