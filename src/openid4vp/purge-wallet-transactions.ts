import { and, isNotNull, lte } from "drizzle-orm";
import type { Database } from "../db/client";
import { walletTransactions } from "../db/schema";
import { deleteExpiredWalletActivations } from "../residents/wallet-activations";
import { GRACE_SECONDS } from "./browser-binding-cookie";

export type PurgeResult = { keysCleared: number; deleted: number; activationsDeleted: number };

/**
 * Clear the decryption key of every expired transaction, delete the wallet
 * activations that expired unused, and delete transactions once the browser
 * cookie that shows their outcome has expired too, receipt codes included.
 * Every statement is idempotent, so instances sharing one database may run
 * them at the same time.
 */
export async function purgeWalletTransactions(database: Database, now: Date): Promise<PurgeResult> {
  const cleared = await database.db
    .update(walletTransactions)
    .set({ responseKey: null })
    .where(and(isNotNull(walletTransactions.responseKey), lte(walletTransactions.expiresAt, now)))
    .returning({ id: walletTransactions.id });

  const activationsDeleted = await deleteExpiredWalletActivations(database.db, now);

  const deleteBefore = new Date(now.getTime() - GRACE_SECONDS * 1000);
  const deleted = await database.db
    .delete(walletTransactions)
    .where(lte(walletTransactions.expiresAt, deleteBefore))
    .returning({ id: walletTransactions.id });

  return { keysCleared: cleared.length, deleted: deleted.length, activationsDeleted };
}
