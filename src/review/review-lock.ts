import type { AuditAction } from "../audit/audit-actions";
import type { SqlRows } from "../db/client";
import type { Petition } from "../petitions/queries";
import { isOpenForReview } from "./review-window";

export type ReviewLockError = "PETITION_NOT_FOUND" | "NOT_OPEN_FOR_REVIEW";

/**
 * Lock the petition row for the rest of the caller's transaction and check
 * that the office may review it. FOR NO KEY UPDATE serialises review
 * transactions of one petition with a status change and with online
 * signings and withdrawals, which take a SHARE lock on the row.
 */
export async function lockPetitionForReview(rows: SqlRows, petitionId: string): Promise<{ ok: true } | { ok: false; error: ReviewLockError }> {
  return checkStatus(await rows<{ status: Petition["status"] }>("select status from petitions where id = $1::uuid for no key update", [petitionId]));
}

/** Check as lockPetitionForReview does, without a lock, for a caller that must know before it starts the transaction. */
export async function checkPetitionForReview(rows: SqlRows, petitionId: string): Promise<{ ok: true } | { ok: false; error: ReviewLockError }> {
  return checkStatus(await rows<{ status: Petition["status"] }>("select status from petitions where id = $1::uuid", [petitionId]));
}

function checkStatus([petition]: { status: Petition["status"] }[]): { ok: true } | { ok: false; error: ReviewLockError } {
  if (petition === undefined) return { ok: false, error: "PETITION_NOT_FOUND" };
  if (!isOpenForReview(petition.status)) return { ok: false, error: "NOT_OPEN_FOR_REVIEW" };
  return { ok: true };
}

/**
 * Append an audit entry inside a raw SQL transaction, as recordAudit does
 * inside a drizzle one. `details` contains counts and codes, never data about a
 * resident.
 */
export async function recordReviewAudit(
  rows: SqlRows,
  entry: { staffId: string; action: AuditAction; petitionId: string; at: Date; details: Record<string, unknown> },
): Promise<void> {
  await rows("insert into audit_log (at, actor_id, action, petition_id, details) values ($1::timestamptz, $2::uuid, $3, $4::uuid, $5::jsonb)", [
    entry.at.toISOString(),
    entry.staffId,
    entry.action,
    entry.petitionId,
    JSON.stringify(entry.details),
  ]);
}
