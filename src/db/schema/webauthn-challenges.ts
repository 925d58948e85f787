import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { bytea } from "./petitions";

/**
 * An open WebAuthn ceremony, one row per challenge. The browser that requested
 * the options keeps a random token in a cookie, and the row stores its
 * SHA-256, so only that browser can complete the ceremony. One browser may
 * run several ceremonies at once, as in two tabs, because the response names
 * its challenge. A row is deleted when it is used, when the same browser has
 * too many open ones, and some time after it expires.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    /** Insertion order, so the oldest ceremonies of a browser can be found even within one clock tick. */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** The challenge sent to the browser, base64url; the response's client data names it. */
    challenge: text("challenge").notNull().unique(),
    browserTokenHash: bytea("browser_token_hash").notNull(),
    /** Which ceremony the challenge belongs to, such as "staff_registration" or "staff_authentication". */
    purpose: text("purpose").notNull(),
    /** Ids the ceremony is bound to, such as the invitation or the staff member adding a passkey. */
    context: jsonb("context").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("webauthn_challenges_expires_idx").on(table.expiresAt),
    index("webauthn_challenges_browser_idx").on(table.browserTokenHash, table.id),
  ],
);
