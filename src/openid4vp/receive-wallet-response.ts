import { and, eq } from "drizzle-orm";
import type { JWK } from "jose";
import type { Database } from "../db/client";
import { type WalletOutcome, type WalletTransaction, walletTransactions } from "../db/schema";
import type { Petition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { signPetition } from "../signing/sign-petition";
import { readResponseParameters, type ResponseParameterError } from "./read-response-parameters";
import { inProcessResponseChecks, type ResponseChecks } from "./response-checks";
import { hashToken, newSecretToken, secretsEqual } from "./secret-token";
import { selectPresentation } from "./select-presentation";
import { findWalletTransaction, findWalletTransactionWithPetition } from "./transaction-queries";
import type { WalletContext } from "./wallet-context";
import { walletErrorCode, type WalletRejectionReason } from "./wallet-rejection";
import { outcomeUri, type WalletFlowName } from "./wallet-urls";

export type ReceiveWalletResponseError =
  | "TRANSACTION_NOT_FOUND"
  | "TRANSACTION_EXPIRED"
  | "TRANSACTION_COMPLETED"
  | "STATE_MISMATCH"
  | ResponseParameterError;

export type ReceivedWalletResponse = {
  outcome: WalletOutcome;
  /** Same-device flow only: where the wallet sends the browser, with a one-time response code. */
  redirectUri: string | undefined;
};

/**
 * Process the authorization response a wallet posted to a transaction's
 * response URI, once. The response is decrypted and its state checked
 * before the transaction is claimed, so garbage posted by a third party
 * cannot use up someone else's transaction. The claim is one conditional
 * UPDATE, so of two concurrent responses only one goes on to verification.
 * The presentation is verified in memory, the petition signed, and only the
 * outcome is stored. A recorded signature and the outcome signed are written
 * by one statement, so the hot path takes three round trips.
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

  const checks = responseChecksOf(ctx);
  const parameters = await readResponseParameters(
    ctx.config.verifier.responseMode,
    input.form,
    transaction.responseKey as JWK | null,
    checks.decryptResponse,
  );
  if (!parameters.ok) return parameters;
  const { state } = parameters.value;
  if (typeof state !== "string" || !secretsEqual(state, transaction.state)) return err("STATE_MISMATCH");

  if (!(await claimTransaction(ctx.database, transaction.id, input.flow, now))) {
    const current = await findWalletTransaction(ctx.database, transaction.id);
    return err(current?.status === "pending" ? "TRANSACTION_EXPIRED" : "TRANSACTION_COMPLETED");
  }

  const responseCode = input.flow === "same-device" ? newSecretToken() : undefined;
  const completion = { id: transaction.id, responseCodeHash: responseCode === undefined ? null : hashToken(responseCode) };
  let decided: DecidedOutcome;
  try {
    decided = await decideOutcome(ctx, checks, { transaction, petition, parameters: parameters.value, completion }, now);
  } catch (error) {
    await completeTransaction(ctx.database, transaction.id, { kind: "rejected", reason: "PROCESSING_FAILED" }, null, now);
    throw error;
  }

  const { outcome } = decided;
  if (!decided.completed) await completeTransaction(ctx.database, transaction.id, outcome, completion.responseCodeHash, now);
  ctx.log.info(
    { event: "wallet.transaction_completed", transactionId: transaction.id, flow: input.flow, outcome: outcome.kind },
    "wallet transaction completed",
  );
  return ok({
    outcome,
    redirectUri: responseCode === undefined ? undefined : outcomeUri(ctx.config.publicUrl, transaction.id, responseCode),
  });
}

/** Pick the worker threads when the server started them, else the same checks in process. */
function responseChecksOf(ctx: WalletContext): ResponseChecks {
  return ctx.responseChecks ?? inProcessResponseChecks({ trustList: ctx.trustList, fetchStatusList: ctx.fetchStatusList });
}

/** Outcome of a claimed transaction, and whether signPetition already stored it on the transaction. */
type DecidedOutcome = { outcome: WalletOutcome; completed: boolean };

type ClaimedResponse = {
  transaction: WalletTransaction;
  petition: Petition;
  parameters: Record<string, unknown>;
  completion: { id: string; responseCodeHash: Buffer | null };
};

async function decideOutcome(
  ctx: WalletContext,
  checks: ResponseChecks,
  claimed: ClaimedResponse,
  now: Date,
): Promise<DecidedOutcome> {
  const { transaction, petition, parameters } = claimed;
  const log = ctx.log.child({ transactionId: transaction.id, petitionId: transaction.petitionId });
  const reject = (reason: WalletRejectionReason): DecidedOutcome => {
    log.warn({ event: "credential.rejected", reason }, "presentation rejected");
    return { outcome: { kind: "rejected", reason }, completed: false };
  };

  if (typeof parameters.error === "string") {
    const error = walletErrorCode(parameters.error);
    log.info({ event: "wallet.error_response", error }, "wallet sent an error instead of a presentation");
    return { outcome: { kind: "wallet_error", error }, completed: false };
  }

  const selected = selectPresentation(parameters.vp_token, transaction.dcqlQuery);
  if (!selected.ok) return reject(selected.error);

  const verified = await checks.verifyIdentity(selected.value.presentation, {
    nonce: transaction.nonce,
    audience: ctx.verifierIdentity.clientId,
    acceptedCredentialTypes: selected.value.credentialQuery.meta.vct_values,
    now,
  });
  if (!verified.ok) return reject(verified.error);

  const signed = await signPetition(
    { database: ctx.database, serverSecret: ctx.serverSecret, clock: ctx.clock, log },
    {
      petition,
      identity: verified.value.identity,
      channel: "wallet",
      credentialType: verified.value.vct,
      issuer: verified.value.issuer,
      completeWalletTransaction: claimed.completion,
    },
  );
  if (signed.ok) {
    const outcome: WalletOutcome = {
      kind: "signed",
      receiptCode: signed.value.receiptCode,
      provisional: signed.value.status === "provisional",
      unproven: signed.value.unproven,
    };
    return { outcome, completed: true };
  }
  if (signed.error === "ALREADY_SIGNED") return { outcome: { kind: "already_signed" }, completed: false };
  return { outcome: { kind: "rejected", reason: signed.error }, completed: false };
}

/**
 * Move a pending, unexpired transaction to processing and drop its
 * decryption key; false when another response won. Raw SQL because this runs
 * on every response and drizzle's query building costs more than the query.
 */
const CLAIM_TRANSACTION = `
update wallet_transactions
set status = 'processing', flow = $2::wallet_flow, response_key = null
where id = $1::uuid and status = 'pending' and expires_at > $3::timestamptz
returning id`;

async function claimTransaction(database: Database, id: string, flow: WalletFlowName, now: Date): Promise<boolean> {
  const storedFlow = flow === "same-device" ? "same_device" : "cross_device";
  const claimed = await database.rows(CLAIM_TRANSACTION, [id, storedFlow, now.toISOString()]);
  return claimed.length === 1;
}

async function completeTransaction(
  database: Database,
  id: string,
  outcome: WalletOutcome,
  responseCodeHash: Buffer | null,
  now: Date,
): Promise<void> {
  await database.db
    .update(walletTransactions)
    .set({ status: "completed", outcome, responseCodeHash, completedAt: now })
    .where(and(eq(walletTransactions.id, id), eq(walletTransactions.status, "processing")));
}
