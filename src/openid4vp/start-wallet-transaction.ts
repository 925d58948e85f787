import { requestedClaimPaths } from "../credentials/credential-types";
import { walletTransactions } from "../db/schema";
import type { Messages } from "../i18n/messages";
import { isCollecting } from "../petitions/collection-period";
import { findPetition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { claimNeedsOf } from "./claim-needs";
import { buildDcqlQuery } from "./dcql-query";
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
  const browserToken = newSecretToken();
  const expiresAt = new Date(now.getTime() + ctx.config.verifier.transactionTtlSeconds * 1000);

  const [row] = await ctx.database.db
    .insert(walletTransactions)
    .values({
      petitionId: petition.id,
      nonce: newSecretToken(),
      state: newSecretToken(),
      browserBindingHash: hashToken(browserToken),
      responseKey: await generateResponseKey(),
      dcqlQuery,
      clientName: input.t.wallet.request.clientName(petition.title),
      createdAt: now,
      expiresAt,
    })
    .returning({ id: walletTransactions.id });

  ctx.log.info({ event: "wallet.transaction_started", transactionId: row!.id, petitionId: petition.id }, "wallet transaction started");
  return ok({ transactionId: row!.id, browserToken, expiresAt });
}
