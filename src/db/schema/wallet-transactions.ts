import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JWK } from "jose";
import type { WithdrawalResult } from "../../signing/withdraw-signature";
import { bytea, petitions } from "./petitions";

/**
 * pending: waiting for the wallet; processing: a response was claimed and is
 * being verified; completed: the outcome is recorded.
 */
export const walletTransactionStatus = pgEnum("wallet_transaction_status", ["pending", "processing", "completed"]);

/**
 * same_device: the wallet was opened from a link on the same device, and it
 * sends the browser back with a response code. cross_device: the wallet
 * scanned the QR code, and the page that shows the code polls for the outcome.
 */
export const walletFlow = pgEnum("wallet_flow", ["same_device", "cross_device"]);

/**
 * sign: a signature for one petition. bind: proof of eligibility that lets
 * the resident register a passkey, for no petition. withdraw: proof of
 * identity that withdraws the resident's signature of one petition.
 */
export const walletTransactionPurpose = pgEnum("wallet_transaction_purpose", ["sign", "bind", "withdraw"]);
export type WalletTransactionPurpose = (typeof walletTransactionPurpose.enumValues)[number];

/**
 * Outcome a completed transaction shows the resident. Reason and error codes
 * come from closed unions in the code that records them, and no personal
 * data is stored.
 *
 * The receipt code stays here in plain text until purgeWalletTransactions
 * deletes the row, an hour after the transaction expired.
 */
export type WalletOutcome =
  | {
      kind: "signed";
      receiptCode: string;
      provisional: boolean;
      /** Names of the eligibility checks left to the election office; absent in outcomes recorded before it existed. */
      unproven?: string[];
      /** Set when only paper signatures count for the petition, so the online signature shows support only. */
      supportOnly?: boolean;
    }
  /**
   * The person signed before; invalidReason is the office's reason when it
   * declared that signature invalid, and onPaper is set when the office
   * entered it from a paper list.
   */
  | { kind: "already_signed"; invalidReason?: string; onPaper?: boolean }
  /** Binding only: the resident's eligibility is proven and a wallet activation waits for their passkey. */
  | { kind: "bound" }
  /** Withdrawal only: whether the signature was withdrawn, or why not; invalidReason is the office's reason for a declared_invalid result. */
  | { kind: "withdrawal"; result: WithdrawalResult; invalidReason?: string }
  | { kind: "rejected"; reason: string }
  | { kind: "wallet_error"; error: string };

/**
 * One OpenID4VP presentation request, from the button press to the outcome.
 * The ephemeral decryption key is cleared once a response is claimed.
 */
export const walletTransactions = pgTable(
  "wallet_transactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: walletTransactionPurpose("purpose").notNull(),
    /** The petition to sign or to withdraw from, null exactly when the purpose is bind. */
    petitionId: uuid("petition_id").references(() => petitions.id, { onDelete: "cascade" }),
    nonce: text("nonce").notNull().unique(),
    state: text("state").notNull(),
    /** SHA-256 of the cookie token that binds the transaction to the browser that started it. */
    browserBindingHash: bytea("browser_binding_hash").notNull(),
    /** Private ECDH-ES P-256 key for direct_post.jwt, cleared once a response is claimed. */
    responseKey: jsonb("response_key").$type<JWK>(),
    /** DCQL query of the request object, fixed when the transaction starts. */
    dcqlQuery: jsonb("dcql_query").$type<Record<string, unknown>>().notNull(),
    /** Name the wallet shows for us, naming the petition or the passkey setup. */
    clientName: text("client_name").notNull(),
    status: walletTransactionStatus("status").notNull().default("pending"),
    /** Flow whose response_uri received the response; unknown until then. */
    flow: walletFlow("flow"),
    outcome: jsonb("outcome").$type<WalletOutcome>(),
    /** SHA-256 of the one-time response code given to the same-device wallet's redirect. */
    responseCodeHash: bytea("response_code_hash"),
    /** When the browser redeemed the response code; later uses get 410. */
    responseCodeUsedAt: timestamp("response_code_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [
    index("wallet_transactions_expires_at_idx").on(table.expiresAt),
    check("wallet_transactions_petition_matches_purpose", sql`(${table.purpose} <> 'bind') = (${table.petitionId} is not null)`),
  ],
);

export type WalletTransaction = typeof walletTransactions.$inferSelect;
