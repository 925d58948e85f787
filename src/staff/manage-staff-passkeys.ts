import { and, count, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { staffMembers, staffPasskeys } from "../db/schema";
import { err, ok, type Result } from "../result";
import { MAX_PASSKEY_NAME_LENGTH, normalisePasskeyName } from "./staff-passkeys";
import { deleteSessionsOfPasskey } from "./staff-sessions";

export type RenameError = "PASSKEY_NOT_FOUND" | "NAME_MISSING" | "NAME_TOO_LONG";
export type RemoveError = "PASSKEY_NOT_FOUND" | "LAST_PASSKEY";

/** Give one of a staff member's passkeys a new name. */
export async function renameStaffPasskey(
  database: Database,
  staffMemberId: string,
  passkeyId: string,
  input: string | undefined,
  now: Date,
): Promise<Result<{ name: string }, RenameError>> {
  const name = normalisePasskeyName(input);
  if (name.length === 0) return err("NAME_MISSING");
  if (Array.from(name).length > MAX_PASSKEY_NAME_LENGTH) return err("NAME_TOO_LONG");

  return database.db.transaction(async (tx) => {
    const updated = await tx
      .update(staffPasskeys)
      .set({ name })
      .where(and(eq(staffPasskeys.id, passkeyId), eq(staffPasskeys.staffMemberId, staffMemberId)))
      .returning({ id: staffPasskeys.id });
    if (updated.length === 0) return err("PASSKEY_NOT_FOUND");
    await recordAudit(tx, { actorId: staffMemberId, action: "staff.passkey_renamed", details: { passkeyId, passkeyName: name }, at: now });
    return ok({ name });
  });
}

/**
 * Remove one of a staff member's passkeys, unless it is their last: without
 * a passkey nobody could sign in to that account again. Every session signed
 * in with the passkey ends with it, because a lost or stolen device is the
 * usual reason to remove one. The member's row is locked first, so two
 * removals at once cannot both see a second passkey.
 */
export async function removeStaffPasskey(
  database: Database,
  staffMemberId: string,
  passkeyId: string,
  now: Date,
): Promise<Result<{ endedSessions: number }, RemoveError>> {
  return database.db.transaction(async (tx) => {
    await tx.select({ id: staffMembers.id }).from(staffMembers).where(eq(staffMembers.id, staffMemberId)).for("update");
    const [counted] = await tx.select({ total: count() }).from(staffPasskeys).where(eq(staffPasskeys.staffMemberId, staffMemberId));
    const [owned] = await tx
      .select({ name: staffPasskeys.name })
      .from(staffPasskeys)
      .where(and(eq(staffPasskeys.id, passkeyId), eq(staffPasskeys.staffMemberId, staffMemberId)));
    if (owned === undefined) return err("PASSKEY_NOT_FOUND");
    if ((counted?.total ?? 0) <= 1) return err("LAST_PASSKEY");

    const endedSessions = await deleteSessionsOfPasskey(tx, passkeyId);
    await tx.delete(staffPasskeys).where(eq(staffPasskeys.id, passkeyId));
    await recordAudit(tx, {
      actorId: staffMemberId,
      action: "staff.passkey_removed",
      details: { passkeyId, passkeyName: owned.name, endedSessions },
      at: now,
    });
    return ok({ endedSessions });
  });
}
