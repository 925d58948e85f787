import { requestedClaimPaths } from "../credentials/credential-types";
import { type WalletTransactionPurpose, walletTransactions } from "../db/schema";
import type { Messages } from "../i18n/messages";
import { isCollecting } from "../petitions/collection-period";
import { findPetition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { claimNeedsOf } from "./claim-needs";
import { buildDcqlQuery, type DcqlQuery } from "./dcql-query";
import { generateResponseKey } from "./response-encryption";
import { hashToken, newSecretToken } from "./secret-token";
import type { WalletContext } from "./wallet-context";

export type StartWalletTransactionError = "PETITION_NOT_FOUND" | "NOT_COLLECTING";

export type StartedWalletTransaction = {
  transactionId: string;
  /** Secret for the browser-binding cookie; only its SHA-256 is stored. */
  browserToken: string;
  expiresAt: Date;
};

/**
 * Start an OpenID4VP transaction for signing a petition: a fresh nonce,
 * state, browser token and ECDH-ES response key, and the DCQL query for the
 * claims the petition's rules need. The wallet texts are in the locale of
 * the browser that pressed the button.
 */
export async function startWalletTransaction(
  ctx: WalletContext,
  input: { petitionId: string; t: Messages },
): Promise<Result<StartedWalletTransaction, StartWalletTransactionError>> {
  const now = ctx.clock.now();
  const petition = await findPetition(ctx.database, input.petitionId);
  if (petition === undefined) return err("PETITION_NOT_FOUND");
  if (!isCollecting(petition, now)) return err("NOT_COLLECTING");

  const needs = claimNeedsOf(petition.rules);
  const accepted = petition.rules.credentialTypes.map((vct) => ({
    vct,
    claimPaths: requestedClaimPaths(vct, needs),
  }));
  const dcqlQuery = buildDcqlQuery(accepted, input.t.wallet.request.purpose(petition.title));
  const started = await insertWalletTransaction(ctx, {
    purpose: "sign",
    petitionId: petition.id,
    dcqlQuery,
    clientName: input.t.wallet.request.clientName(petition.title),
    now,
  });
  ctx.log.info({ event: "wallet.transaction_started", transactionId: started.transactionId, purpose: "sign", petitionId: petition.id }, "wallet transaction started");
  return ok(started);
}

/** Store a new pending transaction with fresh secrets and the TTL from the config. */
export async function insertWalletTransaction(
  ctx: WalletContext,
  input: { purpose: WalletTransactionPurpose; petitionId: string | null; dcqlQuery: DcqlQuery; clientName: string; now: Date },
): Promise<StartedWalletTransaction> {
  const browserToken = newSecretToken();
  const expiresAt = new Date(input.now.getTime() + ctx.config.verifier.transactionTtlSeconds * 1000);
  const [row] = await ctx.database.db
    .insert(walletTransactions)
    .values({
      purpose: input.purpose,
      petitionId: input.petitionId,
      nonce: newSecretToken(),
      state: newSecretToken(),
      browserBindingHash: hashToken(browserToken),
      responseKey: await generateResponseKey(),
      dcqlQuery: input.dcqlQuery,
      clientName: input.clientName,
      createdAt: input.now,
      expiresAt,
    })
    .returning({ id: walletTransactions.id });
  if (row === undefined) throw new Error("insert into wallet_transactions returned no row");
  return { transactionId: row.id, browserToken, expiresAt };
}
