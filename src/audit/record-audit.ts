import type { Db, Tx } from "../db/client";
import { auditLog } from "../db/schema";
import type { AuditAction } from "./audit-actions";

export type AuditEntryInput = {
  /** Staff member who acted; null for the command line and scheduled jobs. */
  actorId: string | null;
  action: AuditAction;
  petitionId?: string | null;
  /** Ids and codes that explain the action. Never a resident's personal data, never a secret or token. */
  details?: Record<string, unknown>;
  /** When the action happened, from the injected clock; the database's now() when absent. */
  at?: Date;
};

/**
 * Append one entry to the audit log. Call it with the transaction that makes
 * the change, so the entry and the change are committed together or not at all.
 */
export async function recordAudit(db: Db | Tx, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values({
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    petitionId: entry.petitionId ?? null,
    details: entry.details ?? {},
  });
}
