import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditLog, petitions, staffInvitations, staffMembers } from "../db/schema";

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  petitionId: string | null;
  petitionTitle: string | null;
  details: Record<string, unknown>;
  /**
   * Name of the person the entry is about, when it names one: the staff member
   * in details.staffMemberId, or the invitee of details.invitationId.
   */
  subjectName: string | null;
};

/**
 * Read one page of the audit log, newest first, optionally only the entries
 * of one petition. Pages count from 1; hasNextPage says whether an older page exists.
 */
export async function readAuditLog(
  db: Db,
  options: { petitionId?: string | undefined; page: number },
): Promise<{ entries: AuditLogEntry[]; hasNextPage: boolean }> {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: staffMembers.displayName,
      action: auditLog.action,
      petitionId: auditLog.petitionId,
      petitionTitle: petitions.title,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(staffMembers, eq(staffMembers.id, auditLog.actorId))
    .leftJoin(petitions, eq(petitions.id, auditLog.petitionId))
    .where(options.petitionId === undefined ? undefined : eq(auditLog.petitionId, options.petitionId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((options.page - 1) * AUDIT_PAGE_SIZE);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);

  const names = await subjectNamesOf(db, page);
  const entries = page.map((row) => ({ ...row, subjectName: subjectNameOf(row.details, names) }));
  return { entries, hasNextPage: rows.length > AUDIT_PAGE_SIZE };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idIn(details: Record<string, unknown>, key: string): string | undefined {
  const value = details[key];
  return typeof value === "string" && UUID.test(value) ? value : undefined;
}

/** Look up, in two queries for the whole page, the names of the staff members and invitees that the entries name. */
async function subjectNamesOf(db: Db, rows: { details: Record<string, unknown> }[]): Promise<Map<string, string>> {
  const staffIds = [...new Set(rows.map((row) => idIn(row.details, "staffMemberId")).filter((id) => id !== undefined))];
  const invitationIds = [...new Set(rows.map((row) => idIn(row.details, "invitationId")).filter((id) => id !== undefined))];
  const [members, invitations] = await Promise.all([
    staffIds.length === 0
      ? []
      : db.select({ id: staffMembers.id, name: staffMembers.displayName }).from(staffMembers).where(inArray(staffMembers.id, staffIds)),
    invitationIds.length === 0
      ? []
      : db.select({ id: staffInvitations.id, name: staffInvitations.displayName }).from(staffInvitations).where(inArray(staffInvitations.id, invitationIds)),
  ]);
  return new Map([...members, ...invitations].map((row) => [row.id, row.name]));
}

function subjectNameOf(details: Record<string, unknown>, names: Map<string, string>): string | null {
  const id = idIn(details, "staffMemberId") ?? idIn(details, "invitationId");
  return id === undefined ? null : (names.get(id) ?? null);
}
