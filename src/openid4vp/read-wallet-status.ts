import type { WalletOutcome, WalletTransaction } from "../db/schema";
import { findPetition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { tokenMatchesHash } from "./secret-token";
import { findWalletTransaction } from "./transaction-queries";
import type { WalletContext } from "./wallet-context";
import { type WalletSubject, walletTargetOf } from "./wallet-subject";

/**
 * Phase of a transaction. "returnViaWallet": a same-device wallet has
 * responded, and the outcome is shown only after the redirect with the
 * response code, so a page that an attacker relayed learns nothing from it.
 */
export type WalletPhase =
  | { phase: "waiting"; expiresAt: Date }
  | { phase: "expired" }
  | { phase: "processing" }
  | { phase: "returnViaWallet" }
  | { phase: "completed"; outcome: WalletOutcome };

export type WalletStatus = { subject: WalletSubject; status: WalletPhase };

export type ReadWalletStatusError = "TRANSACTION_NOT_FOUND" | "FOREIGN_BROWSER";

/** Read the status of a transaction for the browser that started it, proven by its cookie token. */
export async function readWalletStatus(
  ctx: WalletContext,
  input: { transactionId: string; browserToken: string | undefined },
): Promise<Result<WalletStatus, ReadWalletStatusError>> {
  const now = ctx.clock.now();
  const transaction = await findWalletTransaction(ctx.database, input.transactionId);
  if (transaction === undefined) return err("TRANSACTION_NOT_FOUND");
  if (!tokenMatchesHash(input.browserToken, transaction.browserBindingHash)) return err("FOREIGN_BROWSER");

  const target = walletTargetOf(transaction);
  if (target.purpose === "bind") return ok({ subject: target, status: phaseOf(transaction, now) });
  const petition = await findPetition(ctx.database, target.petitionId);
  if (petition === undefined) return err("TRANSACTION_NOT_FOUND");
  return ok({ subject: { ...target, petitionTitle: petition.title }, status: phaseOf(transaction, now) });
}

function phaseOf(transaction: WalletTransaction, now: Date): WalletPhase {
  if (transaction.status === "pending") {
    return transaction.expiresAt <= now ? { phase: "expired" } : { phase: "waiting", expiresAt: transaction.expiresAt };
  }
  if (transaction.status === "processing" || transaction.outcome === null) return { phase: "processing" };
  if (transaction.flow === "same_device" && transaction.responseCodeUsedAt === null) return { phase: "returnViaWallet" };
  return { phase: "completed", outcome: transaction.outcome };
}
