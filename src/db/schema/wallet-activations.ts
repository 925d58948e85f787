import { jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import type { EligibilityFacts } from "../../activation/eligibility-facts";
import { bytea } from "./petitions";
import { walletTransactions } from "./wallet-transactions";

/**
 * Proof from a verified binding presentation, waiting for the resident to
 * register a passkey or sign in with one. It contains the resident key, the
 * weak resident key and the same eligibility facts as an uploaded letter row,
 * never a name, an address or a birth date. Redeeming deletes the row, so it works once, and
 * deleting its wallet transaction deletes it too.
 */
export const walletActivations = pgTable("wallet_activations", {
  transactionId: uuid("transaction_id")
    .primaryKey()
    .references(() => walletTransactions.id, { onDelete: "cascade" }),
  residentKey: bytea("resident_key").notNull(),
  /** HMAC of the server secret over the family name and birth date (weakResidentKey). */
  weakResidentKey: bytea("weak_resident_key").notNull(),
  facts: jsonb("facts").$type<EligibilityFacts>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export type WalletActivation = typeof walletActivations.$inferSelect;
