import type { Db, Tx } from "../db/client";
import { signatureLogEntries, signatureLogKind } from "../db/schema";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";

export type SignatureLogKind = (typeof signatureLogKind.enumValues)[number];

/** Kinds whose entry creates a signature row. An entry of any other kind changes or deletes an existing row. */
export const CREATING_LOG_KINDS: readonly SignatureLogKind[] = ["signed", "paper_entry"];

/**
 * One change to one signature row, as the log records it. `status` is the
 * row's status after the change, or null when the change deleted the row:
 * verifySignatureLog replays the entries and expects the signature table
 * to match.
 */
export type SignatureLogEntryInput = {
  petitionId: string;
  kind: SignatureLogKind;
  nullifier: Buffer;
  /** Channel of the signature row, also for a change made elsewhere (a withdrawal of a wallet signature is "wallet"). */
  channel: SignatureChannel;
  status: SignatureStatus | null;
  /** Coded reason of an invalidation or other decision, never free text about a person. */
  reason?: string | null;
  occurredAt: Date;
};

/**
 * Append unsealed entries to the signature log inside the caller's
 * transaction, so the log and the change commit together. It only inserts
 * new rows and touches no row that concurrent signings share. The sealer
 * chains the entries a moment later.
 */
export async function appendSignatureLogEntries(db: Db | Tx, entries: SignatureLogEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(signatureLogEntries).values(
    entries.map((entry) => ({
      petitionId: entry.petitionId,
      kind: entry.kind,
      nullifier: entry.nullifier,
      channel: entry.channel,
      status: entry.status,
      reason: entry.reason ?? null,
      occurredAt: entry.occurredAt,
    })),
  );
}

export type LogAppendCte = {
  /** Name of the WITH query to create. */
  name: string;
  /**
   * WITH query or table expression with the columns petition_id, nullifier,
   * channel and status of each changed signature row (status null for a
   * deleted row), usually the RETURNING rows of the change itself.
   */
  source: string;
  kind: SignatureLogKind;
  /** SQL expression of the time of the change, such as "$9::timestamptz". */
  occurredAt: string;
  /** SQL expression of the reason code, or null when omitted. */
  reason?: string;
};

/**
 * SQL of a data-modifying WITH query that appends one unsealed log entry per
 * row of `source`, for a change made by a single statement: the entry then
 * costs no extra round trip and commits with the change. Example, after a
 * `deleted` query that returns the withdrawn rows:
 *
 *   signatureLogAppendSql({ name: "logged", source: "deleted", kind: "withdrawn", occurredAt: "$2::timestamptz" })
 *
 * with `deleted` returning `petition_id, nullifier, channel, null::signature_status as status`.
 */
export function signatureLogAppendSql(cte: LogAppendCte): string {
  if (!(signatureLogKind.enumValues as readonly string[]).includes(cte.kind)) throw new Error(`unknown signature log kind ${cte.kind}`);
  return `
${cte.name} as (
  insert into signature_log_entries (petition_id, kind, nullifier, channel, status, reason, occurred_at)
  select petition_id, '${cte.kind}'::signature_log_kind, nullifier, channel, status, ${cte.reason ?? "null::text"}, ${cte.occurredAt} from ${cte.source}
)`;
}
