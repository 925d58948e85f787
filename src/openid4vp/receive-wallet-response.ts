import type { WalletOutcome } from "../db/schema";
import type { Petition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { prepareSignature } from "../signing/sign-petition";
import { bindVerifiedIdentity } from "./bind-verified-identity";
import type { VerifiedIdentity, WalletResponseCheckError } from "./check-wallet-response";
import { completeWithoutSignature, recordWalletSignature, type WalletCompletion } from "./complete-wallet-transaction";
import { inProcessResponseChecks, type ResponseChecks } from "./response-checks";
import { hashToken, newSecretToken } from "./secret-token";
import { findWalletTransaction, findWalletTransactionWithPetition } from "./transaction-queries";
import type { WalletContext } from "./wallet-context";
import type { WalletRejectionReason } from "./wallet-rejection";
import { withdrawWithVerifiedIdentity } from "./withdraw-verified-identity";
import { outcomeUri, type WalletFlowName } from "./wallet-urls";

export type ReceiveWalletResponseError = "TRANSACTION_NOT_FOUND" | "TRANSACTION_EXPIRED" | "TRANSACTION_COMPLETED" | WalletResponseCheckError;

export type ReceivedWalletResponse = {
  outcome: WalletOutcome;
  /** Same-device flow only: where the wallet sends the browser, with a one-time response code. */
  redirectUri: string | undefined;
};

/**
 * Process the authorization response a wallet posted to a transaction's
 * response URI, once. Decryption, the state check and verification run
 * before anything is written (checkWalletResponse, on a worker thread when
 * the server started them), so garbage posted by a third party cannot use up
 * someone else's transaction. Then one statement claims the pending
 * transaction and stores the outcome: with a verified, eligible resident it
 * also inserts and counts the signature, a bind transaction stores the
 * wallet activation instead (bindVerifiedIdentity), and a withdraw
 * transaction deletes the signature (withdrawWithVerifiedIdentity). Of two responses racing for one
 * transaction, both may be verified, but only the first is recorded. The hot
 * path takes two round trips to the database.
 *
 * NOTE: HAIP 1.0 §5.1 wants a same-device presentation rejected when the
 * redirect does not come back to the browser that started it. We sign here
 * already, because holding the identity until the redirect would mean
 * storing personal data. The outcome and receipt are shown only to that
 * browser with the response code.
 */
export async function receiveWalletResponse(
  ctx: WalletContext,
  input: { transactionId: string; flow: WalletFlowName; form: Record<string, string> },
): Promise<Result<ReceivedWalletResponse, ReceiveWalletResponseError>> {
  const now = ctx.clock.now();
  const found = await findWalletTransactionWithPetition(ctx.database, input.transactionId);
  if (found === undefined) return err("TRANSACTION_NOT_FOUND");
  const { transaction, petition } = found;
  if (transaction.status !== "pending") return err("TRANSACTION_COMPLETED");
  if (transaction.expiresAt <= now) return err("TRANSACTION_EXPIRED");

  const responseCode = input.flow === "same-device" ? newSecretToken() : undefined;
  const completion: WalletCompletion = {
    id: transaction.id,
    flow: input.flow,
    responseCodeHash: responseCode === undefined ? null : hashToken(responseCode),
    now,
  };
  const log = ctx.log.child({ transactionId: transaction.id, purpose: transaction.purpose, petitionId: transaction.petitionId ?? undefined });

  let outcome: WalletOutcome | undefined;
  try {
    const checked = await responseChecksOf(ctx).checkResponse({
      responseMode: ctx.config.verifier.responseMode,
      form: input.form,
      responseKey: transaction.responseKey,
      state: transaction.state,
      dcqlQuery: transaction.dcqlQuery,
      nonce: transaction.nonce,
      audience: ctx.verifierIdentity.clientId,
      now,
    });
    if (!checked.ok) return checked;

    const response = checked.value;
    if (response.kind === "verified") {
      if (transaction.purpose === "bind") outcome = await bindVerifiedIdentity(ctx, log, response.verified, completion);
      else if (transaction.purpose === "withdraw") {
        outcome = await withdrawWithVerifiedIdentity(ctx, log, petitionOf(petition, transaction.id), response.verified, completion);
      } else outcome = await signWithVerifiedIdentity(ctx, log, petitionOf(petition, transaction.id), response.verified, completion);
    } else {
      if (response.kind === "wallet_error") {
        log.info({ event: "wallet.error_response", error: response.error }, "wallet sent an error instead of a presentation");
      } else {
        log.warn({ event: "credential.rejected", reason: response.reason }, "presentation rejected");
      }
      const stored: WalletOutcome = response.kind === "wallet_error" ? response : { kind: "rejected", reason: response.reason };
      outcome = (await completeWithoutSignature(ctx.database, completion, stored)) ? stored : undefined;
    }
  } catch (error) {
    // Nothing was signed, bound or withdrawn: what records any of these also completes the transaction, so it failed as a whole.
    await completeWithoutSignature(ctx.database, completion, { kind: "rejected", reason: "PROCESSING_FAILED" }).catch(() => false);
    throw error;
  }

  if (outcome === undefined) {
    const current = await findWalletTransaction(ctx.database, transaction.id);
    return err(current?.status === "pending" ? "TRANSACTION_EXPIRED" : "TRANSACTION_COMPLETED");
  }
  log.info({ event: "wallet.transaction_completed", flow: input.flow, outcome: outcome.kind }, "wallet transaction completed");
  return ok({
    outcome,
    redirectUri: responseCode === undefined ? undefined : outcomeUri(ctx.config.publicUrl, transaction.id, responseCode),
  });
}

/** Take the petition of a sign or withdraw transaction, which the table's check constraint requires to exist. */
function petitionOf(petition: Petition | null, transactionId: string): Petition {
  if (petition === null) throw new Error(`transaction ${transactionId} has no petition`);
  return petition;
}

/** Pick the worker threads when the server started them, else the same checks in process. */
function responseChecksOf(ctx: WalletContext): ResponseChecks {
  return ctx.responseChecks ?? inProcessResponseChecks({ trustList: ctx.trustList, fetchStatusList: ctx.fetchStatusList });
}

/**
 * Check eligibility, derive the nullifier and record the signature together
 * with the transaction's outcome. Returns the stored outcome, or undefined
 * when the transaction could no longer be claimed.
 */
async function signWithVerifiedIdentity(
  ctx: WalletContext,
  log: WalletContext["log"],
  petition: Petition,
  verified: VerifiedIdentity,
  completion: WalletCompletion,
): Promise<WalletOutcome | undefined> {
  const prepared = await prepareSignature(
    { database: ctx.database, serverSecret: ctx.serverSecret, officeEvidenceKey: ctx.officeEvidenceKey, clock: ctx.clock, log },
    { petition, identity: verified.identity, channel: "wallet", credentialType: verified.vct, issuer: verified.issuer },
  );
  if (!prepared.ok) {
    const reason: WalletRejectionReason = prepared.error;
    log.info({ event: "signature.rejected", reason }, "signature rejected before recording");
    const outcome: WalletOutcome = { kind: "rejected", reason };
    return (await completeWithoutSignature(ctx.database, completion, outcome)) ? outcome : undefined;
  }

  const recorded = await recordWalletSignature(ctx.database, prepared.value, completion);
  if (recorded?.kind === "signed") {
    log.info({ event: "signature.recorded", channel: "wallet", status: prepared.value.outcome.status }, "signature recorded");
  } else if (recorded?.kind === "already_signed") {
    log.info({ event: "signature.duplicate", channel: "wallet", earlierInvalid: recorded.invalidReason !== undefined }, "resident has signed already");
  } else if (recorded !== undefined) {
    log.info({ event: "signature.rejected", reason: "NOT_COLLECTING" }, "petition stopped collecting while signing");
  }
  return recorded;
}
