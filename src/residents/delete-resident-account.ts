import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { residentAccounts } from "../db/schema";

/**
 * Erase a resident account: the row with the resident key and the facts,
 * and through ON DELETE CASCADE its passkeys and sessions. Signatures are
 * not touched; they hold only nullifiers and stay counted. Returns whether
 * an account was deleted.
 */
export async function deleteResidentAccount(database: Database, accountId: string): Promise<boolean> {
  const deleted = await database.db.delete(residentAccounts).where(eq(residentAccounts.id, accountId)).returning({ id: residentAccounts.id });
  return deleted.length > 0;
}
