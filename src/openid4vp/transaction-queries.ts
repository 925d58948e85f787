import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { type WalletTransaction, walletTransactions } from "../db/schema";
import { isUuid } from "../petitions/queries";

/** Find the wallet transaction with this id; undefined for an unknown or malformed id. */
export async function findWalletTransaction(database: Database, id: string): Promise<WalletTransaction | undefined> {
  if (!isUuid(id)) return undefined;
  const [transaction] = await database.db.select().from(walletTransactions).where(eq(walletTransactions.id, id));
  return transaction;
}
