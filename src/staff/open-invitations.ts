import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { petitions, staffInvitations, staffMembers } from "../db/schema";
import type { StaffRole } from "./signed-in-staff";

export type OpenInvitationListItem = {
  id: string;
  displayName: string;
  role: StaffRole;
  petitionTitle: string | null;
  /** Administrator who created the invitation; null when it came from the command line. */
  createdByName: string | null;
  createdAt: Date;
  expiresAt: Date;
};

const creator = alias(staffMembers, "creator");

/** List the invitations whose links still work (not used, withdrawn or expired), those expiring first at the top. */
export async function listOpenInvitations(db: Db, now: Date): Promise<OpenInvitationListItem[]> {
  return db
    .select({
      id: staffInvitations.id,
      displayName: staffInvitations.displayName,
      role: staffInvitations.role,
      petitionTitle: petitions.title,
      createdByName: creator.displayName,
      createdAt: staffInvitations.createdAt,
      expiresAt: staffInvitations.expiresAt,
    })
    .from(staffInvitations)
    .leftJoin(petitions, eq(petitions.id, staffInvitations.petitionId))
    .leftJoin(creator, eq(creator.id, staffInvitations.createdBy))
    .where(and(isNull(staffInvitations.usedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now)))
    .orderBy(asc(staffInvitations.expiresAt), asc(staffInvitations.id));
}
