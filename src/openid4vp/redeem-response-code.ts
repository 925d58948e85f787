import { and, eq, isNull } from "drizzle-orm";
import { type WalletOutcome, walletTransactions } from "../db/schema";
import { err, ok, type Result } from "../result";
import { hashToken, tokenMatchesHash } from "./secret-token";
import { findWalletTransaction } from "./transaction-queries";
import type { WalletContext } from "./wallet-context";
import { type WalletTarget, walletTargetOf } from "./wallet-subject";

export type RedeemResponseCodeError =
  | "TRANSACTION_NOT_FOUND"
  | "FOREIGN_BROWSER"
  | "RESPONSE_CODE_INVALID"
  | "RESPONSE_CODE_USED";

/**
 * Show the outcome to the browser the same-device wallet sent back
 * (OpenID4VP 1.0 §13.3): both the browser's own cookie token and the
 * one-time response code from the redirect must match. The code is used up
 * in the same UPDATE that checks it, so it works once.
 */
export async function redeemResponseCode(
  ctx: WalletContext,
  input: { transactionId: string; browserToken: string | undefined; responseCode: string | undefined },
): Promise<Result<{ outcome: WalletOutcome; target: WalletTarget }, RedeemResponseCodeError>> {
  const now = ctx.clock.now();
  const transaction = await findWalletTransaction(ctx.database, input.transactionId);
  if (transaction === undefined) return err("TRANSACTION_NOT_FOUND");
  if (!tokenMatchesHash(input.browserToken, transaction.browserBindingHash)) return err("FOREIGN_BROWSER");
  if (!tokenMatchesHash(input.responseCode, transaction.responseCodeHash)) return err("RESPONSE_CODE_INVALID");

  const [redeemed] = await ctx.database.db
    .update(walletTransactions)
    .set({ responseCodeUsedAt: now })
    .where(
      and(
        eq(walletTransactions.id, transaction.id),
        eq(walletTransactions.responseCodeHash, hashToken(input.responseCode!)),
        isNull(walletTransactions.responseCodeUsedAt),
      ),
    )
    .returning({ outcome: walletTransactions.outcome });
  if (redeemed === undefined || redeemed.outcome === null) return err("RESPONSE_CODE_USED");
  return ok({ outcome: redeemed.outcome, target: walletTargetOf(transaction) });
}
