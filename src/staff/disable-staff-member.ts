import { and, asc, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { staffMembers } from "../db/schema";
import { err, ok, type Result } from "../result";
import { deleteSessionsOf } from "./staff-sessions";

export type DisableStaffError = "NOT_FOUND" | "ALREADY_DISABLED" | "OWN_ACCOUNT" | "LAST_ADMIN";

/**
 * Disable a staff member's account: they can no longer sign in, and their
 * sessions end at once. The member stays in the database, so the audit log
 * keeps its actor. Administrators cannot disable themselves, and the last
 * active administrator stays, so someone can always manage staff.
 */
export async function disableStaffMember(
  database: Database,
  input: { adminId: string; staffMemberId: string; now: Date },
): Promise<Result<{ role: string }, DisableStaffError>> {
  if (input.adminId === input.staffMemberId) return err("OWN_ACCOUNT");
  return database.db.transaction(async (tx) => {
    const [found] = await tx.select({ role: staffMembers.role }).from(staffMembers).where(eq(staffMembers.id, input.staffMemberId));
    if (found === undefined) return err("NOT_FOUND");
    if (found.role === "admin") {
      // Every active admin row is locked in one order, so two admins disabling each other take turns without a
      // deadlock. The second then reads the first's change and finds its target the last active admin.
      const admins = await tx
        .select({ id: staffMembers.id })
        .from(staffMembers)
        .where(and(eq(staffMembers.role, "admin"), isNull(staffMembers.disabledAt)))
        .orderBy(asc(staffMembers.id))
        .for("update");
      if (!admins.some((admin) => admin.id === input.staffMemberId)) return err("ALREADY_DISABLED");
      if (admins.length === 1) return err("LAST_ADMIN");
    } else {
      const [member] = await tx
        .select({ disabledAt: staffMembers.disabledAt })
        .from(staffMembers)
        .where(eq(staffMembers.id, input.staffMemberId))
        .for("update");
      if (member?.disabledAt !== null) return err("ALREADY_DISABLED");
    }
    const member = { id: input.staffMemberId, role: found.role };

    await tx.update(staffMembers).set({ disabledAt: input.now }).where(eq(staffMembers.id, member.id));
    await deleteSessionsOf(tx, member.id);
    await recordAudit(tx, { actorId: input.adminId, action: "staff.disabled", details: { staffMemberId: member.id, role: member.role }, at: input.now });
    return ok({ role: member.role });
  });
}
