import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditLog, petitions, staffMembers } from "../db/schema";

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
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasNextPage: rows.length > AUDIT_PAGE_SIZE };
}
