import { and, asc, count, eq } from "drizzle-orm";
import type { Database, Db, Tx } from "../db/client";
import { residentAccounts, residentPasskeys } from "../db/schema";
import type { VerifiedPasskey } from "../passkeys/verify-passkey-registration";
import { err, ok, type Result } from "../result";

export type ResidentPasskeyListItem = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** Store a verified passkey for a resident account and return its id. */
export async function insertResidentPasskey(db: Db | Tx, accountId: string, passkey: VerifiedPasskey, name: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(residentPasskeys)
    .values({
      residentAccountId: accountId,
      credentialId: passkey.credentialId,
      publicKey: passkey.publicKey,
      counter: passkey.counter,
      transports: passkey.transports,
      name,
      createdAt: now,
    })
    .returning({ id: residentPasskeys.id });
  if (row === undefined) throw new Error("insert into resident_passkeys returned no row");
  return row.id;
}

/** Whether any resident already registered this credential id. */
export async function isResidentCredentialRegistered(db: Db | Tx, credentialId: string): Promise<boolean> {
  const rows = await db.select({ id: residentPasskeys.id }).from(residentPasskeys).where(eq(residentPasskeys.credentialId, credentialId)).limit(1);
  return rows.length > 0;
}

/** List an account's passkeys, oldest first. */
export async function listResidentPasskeys(db: Db | Tx, accountId: string): Promise<ResidentPasskeyListItem[]> {
  return db
    .select({ id: residentPasskeys.id, name: residentPasskeys.name, createdAt: residentPasskeys.createdAt, lastUsedAt: residentPasskeys.lastUsedAt })
    .from(residentPasskeys)
    .where(eq(residentPasskeys.residentAccountId, accountId))
    .orderBy(asc(residentPasskeys.createdAt), asc(residentPasskeys.id));
}

/** Credential ids of an account, for excludeCredentials when registering another passkey. */
export async function residentCredentialIdsOf(db: Db | Tx, accountId: string): Promise<{ id: string; transports: string[] }[]> {
  return db
    .select({ id: residentPasskeys.credentialId, transports: residentPasskeys.transports })
    .from(residentPasskeys)
    .where(eq(residentPasskeys.residentAccountId, accountId));
}

/**
 * Remove one of an account's passkeys, unless it is the last: an account
 * without a passkey could not be reached again (deleting the account is the
 * way out). The account row is locked first, so two removals at once cannot
 * both see a second passkey.
 */
export async function removeResidentPasskey(
  database: Database,
  accountId: string,
  passkeyId: string,
): Promise<Result<null, "PASSKEY_NOT_FOUND" | "LAST_PASSKEY">> {
  return database.db.transaction(async (tx) => {
    await tx.select({ id: residentAccounts.id }).from(residentAccounts).where(eq(residentAccounts.id, accountId)).for("update");
    const owned = await tx
      .select({ id: residentPasskeys.id })
      .from(residentPasskeys)
      .where(and(eq(residentPasskeys.id, passkeyId), eq(residentPasskeys.residentAccountId, accountId)));
    if (owned.length === 0) return err("PASSKEY_NOT_FOUND");
    const [counted] = await tx.select({ total: count() }).from(residentPasskeys).where(eq(residentPasskeys.residentAccountId, accountId));
    if ((counted?.total ?? 0) <= 1) return err("LAST_PASSKEY");
    await tx.delete(residentPasskeys).where(eq(residentPasskeys.id, passkeyId));
    return ok(null);
  });
}
