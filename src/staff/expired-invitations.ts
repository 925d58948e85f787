import { and, isNull, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { staffInvitations } from "../db/schema";

/**
 * Delete the invitations that expired unused, withdrawn or not, and return
 * how many. Each row contains the invitee's name and role, which serve
 * nothing once the link cannot be used. Used invitations stay because they
 * record who created which staff member. Audit entries about a deleted
 * invitation then show no invitee name, and its link gets the message for
 * an unknown invitation instead of the one for an expired invitation.
 */
export async function deleteExpiredInvitations(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(staffInvitations)
    .where(and(isNull(staffInvitations.usedAt), lte(staffInvitations.expiresAt, now)))
    .returning({ id: staffInvitations.id });
  return deleted.length;
}
