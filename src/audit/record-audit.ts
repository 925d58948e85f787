import type { Db, SqlRows, Tx } from "../db/client";
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

/**
 * Append one entry to the audit log from a raw-SQL transaction
 * (Database.transaction), for verbs that lock and write with plain SQL.
 */
export async function recordAuditWithRows(rows: SqlRows, entry: AuditEntryInput): Promise<void> {
  await rows("insert into audit_log (at, actor_id, action, petition_id, details) values (coalesce($1::timestamptz, now()), $2::uuid, $3, $4::uuid, $5::jsonb)", [
    entry.at?.toISOString() ?? null,
    entry.actorId,
    entry.action,
    entry.petitionId ?? null,
    JSON.stringify(entry.details ?? {}),
  ]);
}
