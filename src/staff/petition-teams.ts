import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { petitionTeamMembers } from "../db/schema";

/** Put a staff member on a petition's team; adding someone who is already on it changes nothing. */
export async function addTeamMember(db: Db | Tx, petitionId: string, staffMemberId: string): Promise<void> {
  await db.insert(petitionTeamMembers).values({ petitionId, staffMemberId }).onConflictDoNothing();
}

export async function isTeamMember(db: Db | Tx, petitionId: string, staffMemberId: string): Promise<boolean> {
  const rows = await db
    .select({ petitionId: petitionTeamMembers.petitionId })
    .from(petitionTeamMembers)
    .where(and(eq(petitionTeamMembers.petitionId, petitionId), eq(petitionTeamMembers.staffMemberId, staffMemberId)))
    .limit(1);
  return rows.length > 0;
}

/** List the petitions whose team a staff member is on. */
export async function teamPetitionIdsOf(db: Db | Tx, staffMemberId: string): Promise<string[]> {
  const rows = await db
    .select({ petitionId: petitionTeamMembers.petitionId })
    .from(petitionTeamMembers)
    .where(eq(petitionTeamMembers.staffMemberId, staffMemberId));
  return rows.map((row) => row.petitionId);
}
