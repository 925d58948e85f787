import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database, Db, Tx } from "../db/client";
import { staffInvitations } from "../db/schema";
import { hashToken, newSecretToken } from "../openid4vp/secret-token";
import { err, ok, type Result } from "../result";
import type { StaffRole } from "./signed-in-staff";

/** How long a registration link works. */
export const INVITATION_TTL_MS = 24 * 60 * 60_000;
/** Longest display name a staff member may have. */
export const MAX_DISPLAY_NAME_LENGTH = 100;

/** Path of the registration page; the token goes in the query, which the request log leaves out. */
export const INVITATION_PATH = "/einladung";

export type NewInvitation = {
  role: StaffRole;
  displayName: string;
  /** Petition whose team an invited organiser joins. */
  petitionId?: string | undefined;
  /** Administrator who invites; null for the command line. */
  createdBy: string | null;
};

export type CreatedInvitation = { invitationId: string; token: string; expiresAt: Date };

export type InvitationError = "INVITATION_NOT_FOUND" | "INVITATION_USED" | "INVITATION_REVOKED" | "INVITATION_EXPIRED";

export type OpenInvitation = {
  id: string;
  role: StaffRole;
  displayName: string;
  petitionId: string | null;
  expiresAt: Date;
};

/** Build the registration link for an invitation token. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}${INVITATION_PATH}?code=${token}`;
}

/**
 * Create a one-time registration link valid for 24 hours and record who
 * created it. Only the token's hash is stored: the caller shows the token once.
 */
export async function inviteStaffMember(database: Database, invitation: NewInvitation, now: Date): Promise<CreatedInvitation> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitationId = await database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffInvitations)
      .values({
        tokenHash: hashToken(token),
        role: invitation.role,
        displayName: invitation.displayName,
        petitionId: invitation.petitionId ?? null,
        createdBy: invitation.createdBy,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: staffInvitations.id });
    if (row === undefined) throw new Error("insert into staff_invitations returned no row");
    await recordAudit(tx, {
      actorId: invitation.createdBy,
      action: "staff.invited",
      petitionId: invitation.petitionId ?? null,
      details: { invitationId: row.id, role: invitation.role },
      at: now,
    });
    return row.id;
  });
  return { invitationId, token, expiresAt };
}

/** Find the invitation behind a link's token, telling unknown, used, withdrawn and expired links apart. */
export async function findOpenInvitation(db: Db | Tx, token: string | undefined, now: Date): Promise<Result<OpenInvitation, InvitationError>> {
  if (token === undefined || token.length === 0 || token.length > 100) return err("INVITATION_NOT_FOUND");
  const [row] = await db.select().from(staffInvitations).where(eq(staffInvitations.tokenHash, hashToken(token))).limit(1);
  if (row === undefined) return err("INVITATION_NOT_FOUND");
  if (row.usedAt !== null) return err("INVITATION_USED");
  if (row.revokedAt !== null) return err("INVITATION_REVOKED");
  if (row.expiresAt.getTime() <= now.getTime()) return err("INVITATION_EXPIRED");
  return ok({ id: row.id, role: row.role, displayName: row.displayName, petitionId: row.petitionId, expiresAt: row.expiresAt });
}
