import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { petitions, petitionTeamMembers, staffMembers } from "../db/schema";
import { err, ok, type Result } from "../result";

export type TeamChangeError = "MEMBER_NOT_FOUND" | "NOT_AN_ORGANISER" | "MEMBER_DISABLED" | "PETITION_NOT_FOUND" | "NOT_ON_TEAM";

type TeamChange = { adminId: string; staffMemberId: string; petitionId: string; now: Date };

/**
 * Put an active organiser on a petition's team, by an administrator, with an
 * audit entry in the same transaction. Adding someone who is on the team
 * already succeeds and writes nothing.
 */
export async function assignToTeam(database: Database, change: TeamChange): Promise<Result<{ added: boolean }, TeamChangeError>> {
  return database.db.transaction(async (tx) => {
    const [member] = await tx.select().from(staffMembers).where(eq(staffMembers.id, change.staffMemberId));
    if (member === undefined) return err("MEMBER_NOT_FOUND");
    if (member.role !== "organiser") return err("NOT_AN_ORGANISER");
    if (member.disabledAt !== null) return err("MEMBER_DISABLED");
    const [petition] = await tx.select({ id: petitions.id }).from(petitions).where(eq(petitions.id, change.petitionId));
    if (petition === undefined) return err("PETITION_NOT_FOUND");

    const inserted = await tx
      .insert(petitionTeamMembers)
      .values({ petitionId: change.petitionId, staffMemberId: change.staffMemberId })
      .onConflictDoNothing()
      .returning({ petitionId: petitionTeamMembers.petitionId });
    if (inserted.length === 0) return ok({ added: false });
    await recordAudit(tx, {
      actorId: change.adminId,
      action: "petition.team_member_added",
      petitionId: change.petitionId,
      details: { staffMemberId: change.staffMemberId },
      at: change.now,
    });
    return ok({ added: true });
  });
}

/**
 * Take a staff member off a petition's team, by an administrator, with an
 * audit entry in the same transaction. When nothing is removed, the error
 * names what is missing: the staff member, the petition or the membership.
 */
export async function removeFromTeam(database: Database, change: TeamChange): Promise<Result<null, TeamChangeError>> {
  return database.db.transaction(async (tx) => {
    const removed = await tx
      .delete(petitionTeamMembers)
      .where(and(eq(petitionTeamMembers.petitionId, change.petitionId), eq(petitionTeamMembers.staffMemberId, change.staffMemberId)))
      .returning({ petitionId: petitionTeamMembers.petitionId });
    if (removed.length === 0) {
      const [member] = await tx.select({ id: staffMembers.id }).from(staffMembers).where(eq(staffMembers.id, change.staffMemberId));
      if (member === undefined) return err("MEMBER_NOT_FOUND");
      const [petition] = await tx.select({ id: petitions.id }).from(petitions).where(eq(petitions.id, change.petitionId));
      return err(petition === undefined ? "PETITION_NOT_FOUND" : "NOT_ON_TEAM");
    }
    await recordAudit(tx, {
      actorId: change.adminId,
      action: "petition.team_member_removed",
      petitionId: change.petitionId,
      details: { staffMemberId: change.staffMemberId },
      at: change.now,
    });
    return ok(null);
  });
}

/** List every team membership with the petition's title, for the administrators' staff list. */
export async function listTeamMemberships(database: Database): Promise<{ staffMemberId: string; petitionId: string; title: string }[]> {
  return database.db
    .select({ staffMemberId: petitionTeamMembers.staffMemberId, petitionId: petitions.id, title: petitions.title })
    .from(petitionTeamMembers)
    .innerJoin(petitions, eq(petitions.id, petitionTeamMembers.petitionId))
    .orderBy(petitions.title);
}
