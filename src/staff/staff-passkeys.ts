import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { staffPasskeys } from "../db/schema";
import type { VerifiedPasskey } from "../passkeys/verify-passkey-registration";

/** Longest name a passkey may have. */
export const MAX_PASSKEY_NAME_LENGTH = 60;

export type StaffPasskeyListItem = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** Store a verified passkey for a staff member and return its id. */
/** Check whether any staff member has registered this credential ID already. */
export async function isStaffCredentialRegistered(db: Db | Tx, credentialId: string): Promise<boolean> {
  const rows = await db.select({ id: staffPasskeys.id }).from(staffPasskeys).where(eq(staffPasskeys.credentialId, credentialId)).limit(1);
  return rows.length > 0;
}

export async function insertStaffPasskey(db: Db | Tx, staffMemberId: string, passkey: VerifiedPasskey, name: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(staffPasskeys)
    .values({
      staffMemberId,
      credentialId: passkey.credentialId,
      publicKey: passkey.publicKey,
      counter: passkey.counter,
      transports: passkey.transports,
      name,
      createdAt: now,
    })
    .returning({ id: staffPasskeys.id });
  if (row === undefined) throw new Error("insert into staff_passkeys returned no row");
  return row.id;
}

/** List a staff member's passkeys, oldest first. */
export async function listStaffPasskeys(db: Db | Tx, staffMemberId: string): Promise<StaffPasskeyListItem[]> {
  return db
    .select({ id: staffPasskeys.id, name: staffPasskeys.name, createdAt: staffPasskeys.createdAt, lastUsedAt: staffPasskeys.lastUsedAt })
    .from(staffPasskeys)
    .where(eq(staffPasskeys.staffMemberId, staffMemberId))
    .orderBy(asc(staffPasskeys.createdAt), asc(staffPasskeys.id));
}

/** Credential ids of a staff member, for excludeCredentials when adding another passkey. */
export async function credentialIdsOf(db: Db | Tx, staffMemberId: string): Promise<{ id: string; transports: string[] }[]> {
  const rows = await db
    .select({ id: staffPasskeys.credentialId, transports: staffPasskeys.transports })
    .from(staffPasskeys)
    .where(eq(staffPasskeys.staffMemberId, staffMemberId));
  return rows;
}

/** Normalise a passkey name the user typed: trimmed, inner whitespace collapsed, control characters removed. */
export function normalisePasskeyName(input: string | undefined): string {
  return (input ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").replace(/\s+/g, " ").trim();
}
