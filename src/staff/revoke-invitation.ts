import { and, eq, gt, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { staffInvitations } from "../db/schema";
import { err, ok, type Result } from "../result";
import type { StaffRole } from "./signed-in-staff";

export type RevokeInvitationError = "INVITATION_NOT_FOUND" | "INVITATION_NOT_OPEN";

/**
 * Withdraw an open invitation, by an administrator, with an audit entry in
 * the same transaction. Its link then gets the "not valid" page. An
 * invitation that was used, has expired or was withdrawn already is not open.
 */
export async function revokeInvitation(
  database: Database,
  input: { adminId: string; invitationId: string; now: Date },
): Promise<Result<{ displayName: string; role: StaffRole }, RevokeInvitationError>> {
  return database.db.transaction(async (tx) => {
    // The conditions in the update make the check and the change one step, so a registration racing with it either
    // claims the invitation first or finds it withdrawn.
    const [revoked] = await tx
      .update(staffInvitations)
      .set({ revokedAt: input.now, revokedBy: input.adminId })
      .where(
        and(
          eq(staffInvitations.id, input.invitationId),
          isNull(staffInvitations.usedAt),
          isNull(staffInvitations.revokedAt),
          gt(staffInvitations.expiresAt, input.now),
        ),
      )
      .returning({ displayName: staffInvitations.displayName, role: staffInvitations.role, petitionId: staffInvitations.petitionId });
    if (revoked === undefined) {
      const exists = await tx.select({ id: staffInvitations.id }).from(staffInvitations).where(eq(staffInvitations.id, input.invitationId));
      return err(exists.length === 0 ? "INVITATION_NOT_FOUND" : "INVITATION_NOT_OPEN");
    }

    await recordAudit(tx, {
      actorId: input.adminId,
      action: "staff.invitation_revoked",
      petitionId: revoked.petitionId,
      details: { invitationId: input.invitationId, role: revoked.role },
      at: input.now,
    });
    return ok({ displayName: revoked.displayName, role: revoked.role });
  });
}
