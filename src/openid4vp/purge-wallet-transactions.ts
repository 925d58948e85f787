import { loggableError } from "../http/loggable-error";
import { and, isNotNull, lte } from "drizzle-orm";
import type { Clock } from "../clock";
import type { Database } from "../db/client";
import { walletTransactions } from "../db/schema";
import type { Logger } from "../log";
import { deleteExpiredWalletActivations } from "../residents/wallet-activations";
import { GRACE_SECONDS } from "./browser-binding-cookie";

/** How often the server purges wallet transactions. */
export const PURGE_INTERVAL_MS = 5 * 60 * 1000;

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

/** Run purgeWalletTransactions every PURGE_INTERVAL_MS until the returned function is called. */
export function schedulePurgeOfWalletTransactions(database: Database, clock: Clock, log: Logger): () => void {
  const run = async () => {
    try {
      const result = await purgeWalletTransactions(database, clock.now());
      if (result.keysCleared > 0 || result.deleted > 0 || result.activationsDeleted > 0) {
        log.info({ event: "wallet.transactions_purged", ...result }, "expired wallet transactions purged");
      }
    } catch (error) {
      log.error({ event: "wallet.purge_failed", error: loggableError(error) }, "purging wallet transactions failed");
    }
  };
  void run();
  const timer = setInterval(run, PURGE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
