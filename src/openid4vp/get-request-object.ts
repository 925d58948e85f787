import type { JWK } from "jose";
import { err, ok, type Result } from "../result";
import { requestObjectClaims, signRequestObject } from "./request-object";
import { publicResponseKey } from "./response-encryption";
import { findWalletTransaction } from "./transaction-queries";
import type { WalletContext } from "./wallet-context";
import { responseUri, type WalletFlowName } from "./wallet-urls";

export type GetRequestObjectError = "TRANSACTION_NOT_FOUND" | "TRANSACTION_EXPIRED" | "TRANSACTION_COMPLETED";

/**
 * Sign the request object of a pending transaction for one flow. A wallet
 * may fetch it more than once (a retry, or a second device), so each call
 * signs it anew with the same nonce, state and response key.
 */
export async function getRequestObject(
  ctx: WalletContext,
  input: { transactionId: string; flow: WalletFlowName; walletNonce: string | undefined },
): Promise<Result<string, GetRequestObjectError>> {
  const now = ctx.clock.now();
  const transaction = await findWalletTransaction(ctx.database, input.transactionId);
  if (transaction === undefined) return err("TRANSACTION_NOT_FOUND");
  if (transaction.status !== "pending" || transaction.responseKey === null) return err("TRANSACTION_COMPLETED");
  if (transaction.expiresAt <= now) return err("TRANSACTION_EXPIRED");

  const claims = requestObjectClaims({
    clientId: ctx.verifierIdentity.clientId,
    responseUri: responseUri(ctx.config.publicUrl, transaction.id, input.flow),
    responseMode: ctx.config.verifier.responseMode,
    nonce: transaction.nonce,
    state: transaction.state,
    dcqlQuery: transaction.dcqlQuery,
    clientName: transaction.clientName,
    responseKey: publicResponseKey(transaction.responseKey as JWK),
    walletNonce: input.walletNonce,
    issuedAt: now,
    expiresAt: transaction.expiresAt,
  });
  return ok(await signRequestObject(ctx.verifierIdentity, claims));
}
