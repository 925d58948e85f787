import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JWK } from "jose";
import { bytea, petitions } from "./petitions";

export const walletTransactionStatus = pgEnum("wallet_transaction_status", ["pending", "processing", "completed"]);

/**
 * Outcome a completed transaction shows the resident: signed, already signed,
 * or a rejection reason code.
 */
export type WalletOutcome =
  | { kind: "signed"; receiptCode: string; provisional: boolean }
  | { kind: "already_signed" }
  | { kind: "rejected"; reason: string };

/**
 * One OpenID4VP presentation request, from the button press to the outcome.
 * The ephemeral decryption key is cleared once the response is processed.
 */
export const walletTransactions = pgTable(
  "wallet_transactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    nonce: text("nonce").notNull().unique(),
    state: text("state").notNull(),
    /** SHA-256 of the cookie token that binds the transaction to the browser that started it. */
    browserBindingHash: bytea("browser_binding_hash").notNull(),
    /** Private ECDH-ES P-256 key for direct_post.jwt, cleared once the response is processed. */
    responseKey: jsonb("response_key").$type<JWK>(),
    status: walletTransactionStatus("status").notNull().default("pending"),
    outcome: jsonb("outcome").$type<WalletOutcome>(),
    /** SHA-256 of the one-time response code given to the same-device wallet's redirect. */
    responseCodeHash: bytea("response_code_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [index("wallet_transactions_expires_at_idx").on(table.expiresAt)],
);
